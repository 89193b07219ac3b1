package io.kadens.announcements;

/** Who an announcement is for: everyone, or the active people of one department, team or pilot group (with the units below). */
public enum AnnouncementAudience {
    EVERYONE, DEPARTMENT, TEAM, PILOT_GROUP
}
