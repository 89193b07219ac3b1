package io.kadens.calibration;

import java.util.List;
import java.util.UUID;

/**
 * One person of a session as the meeting shows them: previews, the manager's rating and the final rating side by
 * side, and the 9-box cell.
 *
 * @param previews       the calibrators' proposals the viewer may see: only their own before the meeting opens
 * @param performance    the 9-box performance band of the final rating (1 low, 2 middle, 3 high), null unrated
 * @param outcomeVersion the review outcome's version the viewer saw; a move sends it back
 */
public record CalibrationPerson(UUID personId, String name, UUID managerId, String managerName, UUID departmentId,
                                String departmentName, String level, Integer managerRating, Integer calibratedRating,
                                Integer finalRating, Integer potential, Integer performance, List<Preview> previews,
                                long outcomeVersion) {
}
