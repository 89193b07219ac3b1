-- A person's erasure deletes the 360 nominations about them or asking them that nobody decided yet (they will never
-- be); decided ones stay as the cycle's record. See io.kadens.reviews.ReviewsPersonalData.
GRANT DELETE ON review_nomination TO ${app_role};
