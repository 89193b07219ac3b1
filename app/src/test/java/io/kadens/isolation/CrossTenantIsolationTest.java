package io.kadens.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.learning.LearningTestData;
import io.kadens.apitokens.ApiTokens;
import io.kadens.apitokens.TokenExpiry;
import io.kadens.organisation.Organisations;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cross-tenant isolation suite for the REST API: signed in as tenant A, every endpoint called
 * with tenant B's ids answers 403 or 404, or answers 200 with none of B's data in it.
 * Every feature adds its endpoints to {@link #endpoints()}; each is also tried with personal access
 * tokens of A's people, and with such a token whose tenant part names B.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantIsolationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    LearningTestData learningData;

    /** Tenant B's training item and company content document (their titles contain B's slug). */
    static LearningTestData.Seeded bLearning;
    /** Tenant B's goal cycle, goal, key result and milestone (named after B's slug). */
    static io.kadens.goals.GoalsTestData.Seeded bGoals;
    @Autowired
    io.kadens.goals.GoalsTestData goalsData;
    /** A notification delivery of tenant B (to B's employee). */
    static java.util.UUID bDelivery;
    @Autowired
    io.kadens.notifications.NotificationTestData notificationData;
    @Autowired
    io.kadens.oneonones.OneOnOneTestData oneOnOneData;
    /** Tenant B's 1:1 series, meeting, talking point, action item and check-in (texts contain B's slug). */
    static io.kadens.oneonones.OneOnOneTestData.Seeded bOneOnOne;
    @Autowired
    io.kadens.feedback.FeedbackTestData feedbackData;
    @Autowired
    io.kadens.feedback.FeedbackTexts feedbackTexts;
    /** Tenant B's feedback, anonymous group, request and praise (their texts contain B's slug). */
    static io.kadens.feedback.FeedbackTestData.Seeded bFeedback;
    @Autowired
    io.kadens.rollout.RolloutTestData rolloutData;
    /** Tenant B's running pilot: its group and milestone (named after B's slug). */
    static io.kadens.rollout.RolloutTestData.Seeded bRollout;
    @Autowired
    io.kadens.reviews.ReviewsTestData reviewsData;
    /** Tenant B's review template (named after B's slug). */
    static io.kadens.reviews.ReviewsTestData.Seeded bReviews;
    @Autowired
    io.kadens.competencies.CompetencyTestData competencyData;
    /** Tenant B's job family, levels, competencies and assessment (names contain B's slug). */
    static io.kadens.competencies.CompetencyTestData.Seeded bCompetencies;
    @Autowired
    io.kadens.surveys.SurveysTestData surveysData;
    /** Tenant B's open survey for everyone, answered by B's employee (title and comment name B's slug). */
    static io.kadens.surveys.SurveysTestData.Seeded bSurveys;
    @Autowired
    io.kadens.development.DevelopmentTestData developmentData;
    /** Tenant B's approved development plan of B's employee (texts name B's slug). */
    static io.kadens.development.DevelopmentTestData.Seeded bDevelopment;
    @Autowired
    io.kadens.announcements.AnnouncementsTestData announcementsData;
    static io.kadens.announcements.AnnouncementsTestData.Seeded bAnnouncements;
    @Autowired
    io.kadens.calibration.CalibrationTestData calibrationData;
    /** Tenant B's calibration session over its own Sales cycle (named after B's slug). */
    static io.kadens.calibration.CalibrationTestData.Seeded bCalibration;
    @Autowired
    io.kadens.compensation.CompensationTestData compensationData;
    /** Tenant B's pay data, compensation cycle (named after B's slug) and the manager's proposal for B's employee. */
    static io.kadens.compensation.CompensationTestData.SeededCycle bCompensation;
    @Autowired
    io.kadens.reviews.ReviewWritingTestData reviewWritingData;
    /** Tenant B's drafted self and manager reviews in B's review cycle (issue 15, part 4). */
    static io.kadens.reviews.ReviewWritingTestData.Seeded bReviewWriting;
    @Autowired
    Organisations organisations;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    org.jooq.DSLContext db;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    Company a;
    Company b;
    /** Personal access tokens of A's employee, manager and HR admin: every endpoint is tried with them too. */
    List<String> tokensOfA;

    /** An endpoint as a URL built from the other tenant's ids; POST endpoints also get a JSON body built so. */
    record Endpoint(String name, Function<Company, String> url, Function<Company, String> body) {

        Endpoint(String name, Function<Company, String> url) {
            this(name, url, null);
        }

        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request(Company other) {
            if (body == null) {
                return get(url.apply(other)).with(csrf());
            }
            return post(url.apply(other)).with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(body.apply(other));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("profile of B's employee", other -> "/api/v1/people/" + other.employee().id()),
                new Endpoint("profile of B's HR admin", other -> "/api/v1/people/" + other.hrAdmin().id()),
                new Endpoint("directory search for B's name", other -> "/api/v1/people?q=" + other.employee().familyName()),
                new Endpoint("directory search for B's email", other -> "/api/v1/people?q=" + other.employee().email()),
                new Endpoint("full directory", other -> "/api/v1/people"),
                new Endpoint("directory of B's department", other -> "/api/v1/people?department=" + other.salesId()),
                new Endpoint("departments", other -> "/api/v1/departments"),
                new Endpoint("me", other -> "/api/v1/me"),
                new Endpoint("my access tokens", other -> "/api/v1/api-tokens"),
                new Endpoint("access token policy", other -> "/api/v1/api-tokens/policy"),
                new Endpoint("photo of B's employee", other -> "/api/v1/people/" + other.employee().id() + "/photo"),
                new Endpoint("org chart", other -> "/api/v1/org-chart"),
                new Endpoint("org chart under B's CEO", other -> "/api/v1/org-chart/" + other.ceo().id()),
                new Endpoint("org chart under B's manager", other -> "/api/v1/org-chart/" + other.manager().id()),
                new Endpoint("teams", other -> "/api/v1/teams"),
                new Endpoint("job families", other -> "/api/v1/job-families"),
                new Endpoint("admin people list", other -> "/api/v1/admin/people"),
                new Endpoint("admin people search for B's name", other -> "/api/v1/admin/people?q=" + other.employee().familyName()),
                new Endpoint("admin person of B", other -> "/api/v1/admin/people/" + other.employee().id()),
                new Endpoint("operator tenant list", other -> "/api/v1/operator/tenants"),
                new Endpoint("training catalogue", other -> "/api/v1/learning/items"),
                new Endpoint("training search for B's course", other -> "/api/v1/learning/items?q=" + other.slug()),
                new Endpoint("B's training item", other -> "/api/v1/learning/items/" + bLearning.trainingItem()),
                new Endpoint("B's training item file", other -> "/api/v1/learning/items/" + bLearning.trainingItem() + "/file"),
                new Endpoint("my learning", other -> "/api/v1/learning/mine"),
                new Endpoint("my team's learning", other -> "/api/v1/learning/team"),
                new Endpoint("company content documents", other -> "/api/v1/content/documents"),
                new Endpoint("B's content document", other -> "/api/v1/content/documents/" + bLearning.contentDocument()),
                new Endpoint("B's content document file", other -> "/api/v1/content/documents/" + bLearning.contentDocument() + "/file"),
                new Endpoint("knowledge search for B's identical chunk", other -> "/api/v1/knowledge/search",
                        other -> "{\"query\": \"" + KNOWLEDGE_TEXT + "\", \"k\": 50}"),
                new Endpoint("assigning B's training item to B's employee", other -> "/api/v1/learning/assignments",
                        other -> "{\"itemId\": \"" + bLearning.trainingItem() + "\", \"employeeId\": \""
                                + other.employee().id() + "\"}"),
                new Endpoint("knowledge search for B's policy and course", other -> "/api/v1/knowledge/search",
                        other -> "{\"query\": \"Policy and course of " + other.slug() + "\", \"k\": 50}"),
                new Endpoint("notification outbox", other -> "/api/v1/notifications/deliveries"),
                new Endpoint("B's notification delivery", other -> "/api/v1/notifications/deliveries/" + bDelivery),
                new Endpoint("retrying B's notification delivery",
                        other -> "/api/v1/notifications/deliveries/" + bDelivery + "/retry", other -> "{}"),
                new Endpoint("knowledge search for B's people", other -> "/api/v1/knowledge/search",
                        other -> "{\"query\": \"" + other.employee().familyName() + " " + other.employee().email()
                                + "\", \"k\": 50}"),
                new Endpoint("feedback received", other -> "/api/v1/feedback/received"),
                new Endpoint("feedback given", other -> "/api/v1/feedback/given"),
                new Endpoint("feedback about B's employee", other -> "/api/v1/feedback/people/" + other.employee().id()),
                new Endpoint("feedback about B's manager", other -> "/api/v1/feedback/people/" + other.manager().id()),
                new Endpoint("B's feedback item", other -> "/api/v1/feedback/" + bFeedback.feedbackItem()),
                new Endpoint("B's anonymous feedback item", other -> "/api/v1/feedback/" + bFeedback.anonymousItem()),
                new Endpoint("replies of B's feedback", other -> "/api/v1/feedback/" + bFeedback.feedbackItem() + "/replies"),
                new Endpoint("replying on B's feedback", other -> "/api/v1/feedback/" + bFeedback.feedbackItem() + "/replies",
                        other -> "{\"text\": \"Hello\"}"),
                new Endpoint("reporting B's anonymous feedback",
                        other -> "/api/v1/feedback/" + bFeedback.anonymousItem() + "/reports",
                        other -> "{\"reason\": \"Checking isolation of reports\"}"),
                new Endpoint("reported feedback", other -> "/api/v1/feedback/reports"),
                new Endpoint("asking to unmask the author of B's anonymous feedback",
                        other -> "/api/v1/feedback/" + bFeedback.anonymousItem() + "/unmask-requests",
                        other -> "{\"reason\": \"Checking isolation of unmasking\"}"),
                new Endpoint("approving B's unmask request",
                        other -> "/api/v1/feedback/unmask-requests/" + bFeedback.unmaskRequest() + "/approve",
                        other -> "{}"),
                new Endpoint("declining B's unmask request",
                        other -> "/api/v1/feedback/unmask-requests/" + bFeedback.unmaskRequest() + "/decline",
                        other -> "{}"),
                new Endpoint("reading the author of B's unmask request",
                        other -> "/api/v1/feedback/unmask-requests/" + bFeedback.unmaskRequest() + "/author",
                        other -> "{}"),
                new Endpoint("feedback competencies", other -> "/api/v1/feedback/competencies"),
                new Endpoint("feedback settings", other -> "/api/v1/feedback/settings"),
                new Endpoint("feedback requests to answer", other -> "/api/v1/feedback/requests/to-answer"),
                new Endpoint("feedback requests I made", other -> "/api/v1/feedback/requests/mine"),
                new Endpoint("B's feedback request", other -> "/api/v1/feedback/requests/" + bFeedback.request()),
                new Endpoint("answering B's feedback request", other -> "/api/v1/feedback/requests/" + bFeedback.request()
                        + "/answer", other -> "{\"text\": \"An answer\"}"),
                new Endpoint("declining B's feedback request", other -> "/api/v1/feedback/requests/" + bFeedback.request()
                        + "/decline", other -> "{}"),
                new Endpoint("praise feed", other -> "/api/v1/praise"),
                new Endpoint("B's praise", other -> "/api/v1/praise/" + bFeedback.praise()),
                new Endpoint("SMART check of a text B indexed too", other -> "/api/v1/ai/smart-check",
                        other -> "{\"text\": \"" + KNOWLEDGE_TEXT + "\"}"),
                new Endpoint("SMART suggestions from a text B indexed too", other -> "/api/v1/ai/smart-suggestions",
                        other -> "{\"text\": \"" + KNOWLEDGE_TEXT + "\", \"periodEnd\": \"2027-06-30\"}"),
                new Endpoint("SMART check with B's person id as the parent goal", other -> "/api/v1/ai/smart-check",
                        other -> "{\"text\": \"Grow sales\", \"parentGoalId\": \"" + other.employee().id() + "\"}"),
                new Endpoint("SMART suggestions with B's person id as the parent goal",
                        other -> "/api/v1/ai/smart-suggestions",
                        other -> "{\"text\": \"Grow sales\", \"parentGoalId\": \"" + other.employee().id() + "\"}"),
                new Endpoint("SMART check with B's goal as the parent goal", other -> "/api/v1/ai/smart-check",
                        other -> "{\"text\": \"Grow sales\", \"parentGoalId\": \"" + bGoals.goal() + "\"}"),
                new Endpoint("SMART suggestions with B's goal as the parent goal",
                        other -> "/api/v1/ai/smart-suggestions",
                        other -> "{\"text\": \"Grow sales\", \"parentGoalId\": \"" + bGoals.goal() + "\"}"),
                // 1:1s and check-ins (PUT and DELETE endpoints: OneOnOneApiTest)
                new Endpoint("my 1:1s", other -> "/api/v1/one-on-ones"),
                new Endpoint("B's 1:1 series", other -> "/api/v1/one-on-ones/series/" + bOneOnOne.pair()),
                new Endpoint("B's 1:1 meetings", other -> "/api/v1/one-on-ones/series/" + bOneOnOne.pair() + "/meetings"),
                new Endpoint("B's 1:1 action items", other -> "/api/v1/one-on-ones/series/" + bOneOnOne.pair() + "/action-items"),
                new Endpoint("B's 1:1 meeting", other -> "/api/v1/one-on-ones/meetings/" + bOneOnOne.meeting()),
                new Endpoint("B's private note", other -> "/api/v1/one-on-ones/meetings/" + bOneOnOne.meeting() + "/private-note"),
                new Endpoint("talking point on B's meeting", other -> "/api/v1/one-on-ones/meetings/" + bOneOnOne.meeting() + "/agenda",
                        other -> "{\"text\": \"from A\"}"),
                new Endpoint("action item on B's meeting", other -> "/api/v1/one-on-ones/meetings/" + bOneOnOne.meeting() + "/action-items",
                        other -> "{\"text\": \"from A\", \"ownerId\": \"" + other.employee().id() + "\"}"),
                new Endpoint("completing B's meeting", other -> "/api/v1/one-on-ones/meetings/" + bOneOnOne.meeting() + "/complete",
                        other -> "{}"),
                new Endpoint("cancelling B's meeting", other -> "/api/v1/one-on-ones/meetings/" + bOneOnOne.meeting() + "/cancel",
                        other -> "{}"),
                new Endpoint("rescheduling B's meeting", other -> "/api/v1/one-on-ones/meetings/" + bOneOnOne.meeting() + "/reschedule",
                        other -> "{\"scheduledAt\": \"2099-01-01T10:00:00Z\", \"version\": 0}"),
                new Endpoint("mentor pair of B's people", other -> "/api/v1/one-on-ones/series",
                        other -> "{\"mentorId\": \"" + other.manager().id() + "\", \"menteeId\": \"" + other.employee().id() + "\"}"),
                new Endpoint("synchronising 1:1 series", other -> "/api/v1/one-on-ones/series/synchronise", other -> "{}"),
                new Endpoint("check-in questionnaire", other -> "/api/v1/check-ins/questionnaire"),
                new Endpoint("my current check-in", other -> "/api/v1/check-ins/current"),
                new Endpoint("my check-ins", other -> "/api/v1/check-ins/mine"),
                new Endpoint("my reports' check-ins", other -> "/api/v1/check-ins/reports"),
                new Endpoint("B's check-in", other -> "/api/v1/check-ins/" + bOneOnOne.checkIn()),
                new Endpoint("check-in adherence", other -> "/api/v1/check-ins/adherence?from=2020-01-01&to=2099-12-31"),
                new Endpoint("check-in for B's meeting", other -> "/api/v1/check-ins",
                        other -> "{\"meetingId\": \"" + bOneOnOne.meeting() + "\", \"answers\": []}"),
                new Endpoint("reply to B's check-in", other -> "/api/v1/check-ins/" + bOneOnOne.checkIn() + "/reply",
                        other -> "{\"reply\": \"from A\", \"version\": 0}"),
                new Endpoint("my goals", other -> "/api/v1/goals/mine"),
                new Endpoint("my goals in B's cycle", other -> "/api/v1/goals/mine?cycleId=" + bGoals.cycle()),
                new Endpoint("my team's goals", other -> "/api/v1/goals/team"),
                new Endpoint("goal tree", other -> "/api/v1/goals/tree"),
                new Endpoint("goal tree searched for B's goal", other -> "/api/v1/goals/tree?q=" + other.slug()),
                new Endpoint("goal tree in B's cycle and department", other -> "/api/v1/goals/tree?cycleId="
                        + bGoals.cycle() + "&departmentId=" + other.salesId()),
                new Endpoint("goal tree roots", other -> "/api/v1/goals/tree/level"),
                new Endpoint("goal tree under B's goal", other -> "/api/v1/goals/tree/level?parentId=" + bGoals.goal()),
                new Endpoint("goals pending approval", other -> "/api/v1/goals/pending-approvals"),
                new Endpoint("creatable goal levels", other -> "/api/v1/goals/creatable-levels"),
                new Endpoint("stale goals of B's employee", other -> "/api/v1/goals/stale?personId=" + other.employee().id()),
                new Endpoint("B's goal", other -> "/api/v1/goals/" + bGoals.goal()),
                new Endpoint("B's goal check-ins", other -> "/api/v1/goals/" + bGoals.goal() + "/check-ins"),
                new Endpoint("B's goal comments", other -> "/api/v1/goals/" + bGoals.goal() + "/comments"),
                new Endpoint("goal cycles", other -> "/api/v1/goals/cycles"),
                new Endpoint("goal settings", other -> "/api/v1/goals/settings"),
                new Endpoint("checking in on B's goal", other -> "/api/v1/goals/" + bGoals.goal() + "/check-ins",
                        other -> "{\"keyResultId\": \"" + bGoals.keyResult() + "\", \"confidence\": 5}"),
                new Endpoint("commenting on B's goal", other -> "/api/v1/goals/" + bGoals.goal() + "/comments",
                        other -> "{\"body\": \"hello\"}"),
                new Endpoint("adding a key result to B's goal", other -> "/api/v1/goals/" + bGoals.goal() + "/key-results",
                        other -> "{\"title\": \"x\", \"type\": \"BOOLEAN\"}"),
                new Endpoint("adding a milestone to B's key result",
                        other -> "/api/v1/goals/key-results/" + bGoals.keyResult() + "/milestones",
                        other -> "{\"title\": \"x\"}"),
                new Endpoint("submitting B's goal for approval",
                        other -> "/api/v1/goals/" + bGoals.goal() + "/approval/submit", other -> "{\"version\": 1}"),
                new Endpoint("approving B's goal", other -> "/api/v1/goals/" + bGoals.goal() + "/approval/approve",
                        other -> "{\"version\": 1}"),
                new Endpoint("returning B's goal", other -> "/api/v1/goals/" + bGoals.goal() + "/approval/return",
                        other -> "{\"version\": 1, \"comment\": \"no\"}"),
                new Endpoint("copying B's goal", other -> "/api/v1/goals/copy",
                        other -> "{\"goalIds\": [\"" + bGoals.goal() + "\"], \"cycleId\": \"" + bGoals.cycle() + "\"}"),
                new Endpoint("feedback summary of B's employee", other -> "/api/v1/ai/feedback-summary",
                        other -> "{\"employeeId\": \"" + other.employee().id() + "\"}"),
                new Endpoint("feedback summary of B's manager", other -> "/api/v1/ai/feedback-summary",
                        other -> "{\"employeeId\": \"" + other.manager().id() + "\"}"),
                // rollout and pilot groups (PUT and DELETE with B's ids: RolloutApiTest)
                new Endpoint("rollout plan", other -> "/api/v1/rollout"),
                new Endpoint("my rollout contacts", other -> "/api/v1/rollout/contacts"),
                new Endpoint("my features during the pilot", other -> "/api/v1/rollout/features/mine"),
                new Endpoint("pilot group of B's department", other -> "/api/v1/rollout/groups",
                        other -> "{\"name\": \"Iso\", \"departmentKind\": \"OTHER\", \"departmentIds\": [\""
                                + other.salesId() + "\"]}"),
                new Endpoint("pilot group of B's people and champions", other -> "/api/v1/rollout/groups",
                        other -> "{\"name\": \"Iso\", \"departmentKind\": \"OTHER\", \"personIds\": [\""
                                + other.employee().id() + "\"], \"championIds\": [\"" + other.manager().id() + "\"]}"),
                // review cycles: templates (PUT endpoints: ReviewTemplateApiTest)
                new Endpoint("review templates", other -> "/api/v1/review-templates"),
                new Endpoint("B's review template", other -> "/api/v1/review-templates/" + bReviews.template()),
                new Endpoint("versions of B's review template",
                        other -> "/api/v1/review-templates/" + bReviews.template() + "/versions"),
                new Endpoint("first version of B's review template",
                        other -> "/api/v1/review-templates/" + bReviews.template() + "/versions/1"),
                new Endpoint("archiving B's review template",
                        other -> "/api/v1/review-templates/" + bReviews.template() + "/archive", other -> "{\"version\": 0}"),
                new Endpoint("restoring B's review template",
                        other -> "/api/v1/review-templates/" + bReviews.template() + "/restore", other -> "{\"version\": 0}"),
                // review cycles (PUT and DELETE endpoints: ReviewCycleApiTest)
                new Endpoint("review cycles", other -> "/api/v1/review-cycles"),
                new Endpoint("B's review cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle()),
                new Endpoint("participants of B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/participants"),
                new Endpoint("unfinished reviews of B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/unfinished"),
                new Endpoint("a cycle on B's template and department", other -> "/api/v1/review-cycles",
                        other -> "{\"name\": \"x\", \"kind\": \"QUARTERLY\", \"templateId\": \"" + bReviews.template()
                                + "\", \"selection\": {\"departmentIds\": [\"" + other.salesId() + "\"]}}"),
                new Endpoint("launching B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/launch",
                        other -> "{\"version\": 1}"),
                new Endpoint("pausing B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/pause",
                        other -> "{\"version\": 1}"),
                new Endpoint("resuming B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/resume",
                        other -> "{\"version\": 1}"),
                new Endpoint("extending B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/extend",
                        other -> "{\"phase\": \"SHARING\", \"deadline\": \"2099-01-01\", \"version\": 1}"),
                new Endpoint("closing B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/close",
                        other -> "{\"version\": 1, \"confirmUnfinished\": true}"),
                new Endpoint("adding B's employee to B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle()
                        + "/participants", other -> "{\"personId\": \"" + other.employee().id() + "\"}"),
                new Endpoint("removing leavers of B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle()
                        + "/remove-leavers", other -> "{}"),
                // ---- competencies (issue 13): framework, expectations
                new Endpoint("B's competency", other -> "/api/v1/competencies/" + bCompetencies.coreCompetency()),
                new Endpoint("competencies with archived ones", other -> "/api/v1/competencies?includeArchived=true"),
                new Endpoint("competency scale", other -> "/api/v1/competencies/scale"),
                new Endpoint("expectations of B's job family",
                        other -> "/api/v1/competencies/expectations?jobFamilyId=" + bCompetencies.jobFamily()),
                new Endpoint("archiving B's competency",
                        other -> "/api/v1/competencies/" + bCompetencies.coreCompetency() + "/archive",
                        other -> "{\"version\": 0}"),
                new Endpoint("restoring B's competency",
                        other -> "/api/v1/competencies/" + bCompetencies.functionalCompetency() + "/restore",
                        other -> "{\"version\": 0}"),
                // ---- assessments (issue 13)
                new Endpoint("B's assessment", other -> "/api/v1/assessments/" + bCompetencies.assessment()),
                new Endpoint("assessments of B's employee", other -> "/api/v1/assessments?personId=" + other.employee().id()),
                new Endpoint("my assessments", other -> "/api/v1/assessments"),
                new Endpoint("skill profile of B's employee",
                        other -> "/api/v1/assessments/profile?personId=" + other.employee().id()),
                new Endpoint("my skill profile", other -> "/api/v1/assessments/profile"),
                new Endpoint("team matrix of B's manager", other -> "/api/v1/assessments/team-matrix?managerId="
                        + other.manager().id()),
                new Endpoint("my team matrix", other -> "/api/v1/assessments/team-matrix"),
                new Endpoint("rating B's employee", other -> "/api/v1/assessments",
                        other -> "{\"personId\": \"" + other.employee().id() + "\", \"kind\": \"MANAGER\", "
                                + "\"ratings\": [{\"competencyId\": \"" + bCompetencies.coreCompetency()
                                + "\", \"level\": 2}]}"),
                // ---- career paths (issue 13)
                new Endpoint("my career steps", other -> "/api/v1/career-paths"),
                new Endpoint("career steps from B's level",
                        other -> "/api/v1/career-paths?fromLevelId=" + bCompetencies.juniorLevel()),
                new Endpoint("deltas to B's level", other -> "/api/v1/career-paths/deltas?toLevelId="
                        + bCompetencies.seniorLevel() + "&fromLevelId=" + bCompetencies.juniorLevel()),
                new Endpoint("lateral moves", other -> "/api/v1/career-paths/moves"),
                new Endpoint("adding a move between B's levels", other -> "/api/v1/career-paths/moves",
                        other -> "{\"fromLevelId\": \"" + bCompetencies.juniorLevel() + "\", \"toLevelId\": \""
                                + bCompetencies.seniorLevel() + "\"}"),
                new Endpoint("target role of B's employee",
                        other -> "/api/v1/career-paths/target?personId=" + other.employee().id()),
                new Endpoint("my target role", other -> "/api/v1/career-paths/target"),
                // surveys (answering B's survey with PUT: SurveysApiTest)
                new Endpoint("surveys", other -> "/api/v1/surveys"),
                new Endpoint("my surveys", other -> "/api/v1/surveys/mine"),
                new Endpoint("B's survey", other -> "/api/v1/surveys/" + bSurveys.survey()),
                new Endpoint("results of B's survey", other -> "/api/v1/surveys/" + bSurveys.survey() + "/results"),
                new Endpoint("results of B's survey in B's department",
                        other -> "/api/v1/surveys/" + bSurveys.survey() + "/results?departmentId=" + other.salesId()),
                new Endpoint("closing B's survey", other -> "/api/v1/surveys/" + bSurveys.survey() + "/close",
                        other -> "{\"version\": 1}"),
                new Endpoint("survey for B's department", other -> "/api/v1/surveys",
                        other -> "{\"title\": \"Iso\", \"template\": \"PROCESS\", \"audience\": \"DEPARTMENT\", "
                                + "\"audienceId\": \"" + other.salesId() + "\"}"),
                // analytics (issue 16): B's feedback, goals, 1:1s, competencies, pilot and survey are seeded above
                new Endpoint("analytics pages", other -> "/api/v1/analytics"),
                new Endpoint("analytics pilot vs rest", other -> "/api/v1/analytics/pilot"),
                new Endpoint("analytics feedback of B's department",
                        other -> "/api/v1/analytics/feedback?departmentId=" + other.salesId()),
                new Endpoint("analytics goals of B's pilot department",
                        other -> "/api/v1/analytics/goals?pilot=true&departmentId=" + other.salesId()),
                new Endpoint("analytics 1:1s", other -> "/api/v1/analytics/one-on-ones?from=2025-01&to=2026-12"),
                new Endpoint("analytics competency heatmap", other -> "/api/v1/analytics/competencies"),
                new Endpoint("analytics reviews", other -> "/api/v1/analytics/reviews"),
                new Endpoint("analytics training", other -> "/api/v1/analytics/training"),
                new Endpoint("analytics competency heatmap as CSV",
                        other -> "/api/v1/analytics/competencies/heatmap.csv"),
                new Endpoint("analytics pilot process metrics of B's department as CSV",
                        other -> "/api/v1/analytics/pilot/process.csv?departmentId=" + other.salesId()),
                // ---- development plans (issue 13 part 4)
                new Endpoint("B's development plan", other -> "/api/v1/development-plans/" + bDevelopment.plan()),
                new Endpoint("development plan of B's employee",
                        other -> "/api/v1/development-plans?personId=" + other.employee().id()),
                new Endpoint("plan history of B's employee",
                        other -> "/api/v1/development-plans/history?personId=" + other.employee().id()),
                new Endpoint("my development plan", other -> "/api/v1/development-plans"),
                new Endpoint("development per department", other -> "/api/v1/development-plans/departments"),
                new Endpoint("mentors", other -> "/api/v1/development-plans/mentors"),
                new Endpoint("mentors for B's competency",
                        other -> "/api/v1/development-plans/mentors?competencyId=" + bDevelopment.coreCompetency()),
                new Endpoint("my mentoring offer", other -> "/api/v1/development-plans/mentoring"),
                new Endpoint("starting a plan for B's employee", other -> "/api/v1/development-plans",
                        other -> "{\"personId\": \"" + other.employee().id() + "\", \"periodStart\": \"2027-01-01\", "
                                + "\"periodEnd\": \"2027-06-30\"}"),
                new Endpoint("submitting B's plan", other -> "/api/v1/development-plans/" + bDevelopment.plan() + "/submit",
                        other -> "{\"version\": 0}"),
                new Endpoint("approving B's plan", other -> "/api/v1/development-plans/" + bDevelopment.plan() + "/approve",
                        other -> "{\"version\": 0}"),
                new Endpoint("commenting on B's plan",
                        other -> "/api/v1/development-plans/" + bDevelopment.plan() + "/comments",
                        other -> "{\"body\": \"Hello\"}"),
                new Endpoint("progress on B's plan", other -> "/api/v1/development-plans/" + bDevelopment.plan() + "/progress",
                        other -> "{\"version\": 0, \"actionId\": \"" + bDevelopment.stretchAction()
                                + "\", \"actionStatus\": \"DONE\"}"),
                // ---- AI-drafted learning content (issue 13, part 6): B's competency is not found for A's HR admin
                new Endpoint("learning path draft for B's competency", other -> "/api/v1/ai/learning-paths/draft",
                        other -> "{\"competencyId\": \"" + bCompetencies.coreCompetency() + "\", \"level\": 2}"),
                new Endpoint("publishing a draft on B's competency", other -> "/api/v1/ai/learning-paths/publish",
                        other -> "{\"competencyId\": \"" + bCompetencies.coreCompetency()
                                + "\", \"title\": \"Iso draft\", \"description\": \"x\", \"level\": \"BEGINNER\"}"),
                // ---- goal check-in across several key results (issue 18, part 4)
                new Endpoint("checking in on all of B's goal's key results",
                        other -> "/api/v1/goals/" + bGoals.goal() + "/check-ins/all",
                        other -> "{\"values\": [{\"keyResultId\": \"" + bGoals.keyResult()
                                + "\", \"expectedVersion\": 0, \"value\": 1}], \"confidence\": 5}"),
                // ---- announcements (issue 16, part 4)
                new Endpoint("announcements", other -> "/api/v1/announcements"),
                new Endpoint("my announcements", other -> "/api/v1/announcements/mine"),
                new Endpoint("withdrawing B's announcement",
                        other -> "/api/v1/announcements/" + bAnnouncements.announcement() + "/withdraw",
                        other -> "{\"version\": 0}"),
                new Endpoint("dismissing B's announcement",
                        other -> "/api/v1/announcements/" + bAnnouncements.announcement() + "/dismiss", other -> "{}"),
                new Endpoint("announcement to B's department", other -> "/api/v1/announcements",
                        other -> "{\"titleEn\": \"Iso\", \"bodyEn\": \"Iso\", \"alsoNotify\": false, \"audience\": \"DEPARTMENT\", "
                                + "\"audienceId\": \"" + other.salesId() + "\"}"),
                // ---- "Draft my plan" (issue 13, part 5): B's employee is not found, A's own draft holds no B data
                new Endpoint("drafting a plan for B's employee", other -> "/api/v1/ai/development-plans/draft",
                        other -> "{\"employeeId\": \"" + other.employee().id() + "\"}"),
                new Endpoint("drafting my plan towards B's job level", other -> "/api/v1/ai/development-plans/draft",
                        other -> "{\"targetRoleId\": \"" + bCompetencies.seniorLevel() + "\"}"),
                new Endpoint("redrafting B's employee's objective", other -> "/api/v1/ai/development-plans/draft/objective",
                        other -> "{\"employeeId\": \"" + other.employee().id() + "\", \"competencyId\": \""
                                + bCompetencies.coreCompetency() + "\"}"),
                // survey versions and schedules (issue 16; editing B's questions with PUT: SurveysApiTest)
                new Endpoint("earlier version of B's survey results",
                        other -> "/api/v1/surveys/" + bSurveys.survey() + "/results?revision=1"),
                new Endpoint("survey schedules", other -> "/api/v1/survey-schedules"),
                new Endpoint("stopping B's survey schedule",
                        other -> "/api/v1/survey-schedules/" + bSurveys.schedule() + "/active",
                        other -> "{\"version\": 0, \"active\": false}"),
                new Endpoint("survey schedule for B's department", other -> "/api/v1/survey-schedules",
                        other -> "{\"title\": \"Iso\", \"template\": \"PULSE\", \"audience\": \"DEPARTMENT\", "
                                + "\"audienceId\": \"" + other.salesId() + "\", \"everyMonths\": 1, "
                                + "\"firstRunOn\": \"2099-01-01\", \"remindAfterDays\": 3}"),
                // ---- calibration (issue 15, part 5): B's session over B's cycle, named after B's slug
                new Endpoint("calibration guideline", other -> "/api/v1/calibration/guideline"),
                new Endpoint("calibration sessions", other -> "/api/v1/calibration/sessions"),
                new Endpoint("B's calibration session", other -> "/api/v1/calibration/sessions/" + bCalibration.session()),
                new Endpoint("people of B's calibration session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/people"),
                new Endpoint("evidence for B's employee in B's session", other -> "/api/v1/calibration/sessions/"
                        + bCalibration.session() + "/people/" + other.employee().id() + "/evidence"),
                new Endpoint("previews of B's session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/previews"),
                new Endpoint("moves of B's session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/moves"),
                new Endpoint("distribution of B's session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/distribution"),
                new Endpoint("groups of B's session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/groups?dimension=LEVEL"),
                new Endpoint("a calibration session over B's cycle", other -> "/api/v1/calibration/sessions",
                        other -> "{\"cycleId\": \"" + bCalibration.cycle() + "\", \"name\": \"Iso\", \"scopeKind\": "
                                + "\"DEPARTMENTS\", \"scopeIds\": [\"" + other.salesId() + "\"], \"facilitatorId\": \""
                                + other.manager().id() + "\", \"calibratorIds\": [\"" + other.manager().id() + "\"]}"),
                new Endpoint("opening B's session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/open", other -> "{\"version\": 0}"),
                new Endpoint("finishing B's session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/finish", other -> "{\"version\": 0}"),
                new Endpoint("a preview in B's session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/previews",
                        other -> "{\"employeeId\": \"" + other.employee().id() + "\", \"rating\": 3}"),
                new Endpoint("moving B's employee in B's session",
                        other -> "/api/v1/calibration/sessions/" + bCalibration.session() + "/moves",
                        other -> "{\"employeeId\": \"" + other.employee().id() + "\", \"rating\": 3, \"potential\": 2, "
                                + "\"reason\": \"Iso\", \"version\": 0}"),
                // ---- pay and promotion (issue 15, part 7): B's salaries, cycle, proposals and export
                new Endpoint("B's employee's salary", other -> "/api/v1/pay/salaries/" + other.employee().id()),
                new Endpoint("salaries", other -> "/api/v1/pay/salaries"),
                new Endpoint("pay ranges", other -> "/api/v1/pay/ranges"),
                new Endpoint("pay settings", other -> "/api/v1/pay/settings"),
                new Endpoint("compensation cycles", other -> "/api/v1/compensation-cycles"),
                new Endpoint("B's compensation cycle", other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId()),
                new Endpoint("B's merit matrix",
                        other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId() + "/merit-matrix"),
                new Endpoint("B's budgets", other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId() + "/budgets"),
                new Endpoint("B's worksheet", other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId() + "/worksheet"),
                new Endpoint("B's proposals", other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId() + "/proposals"),
                new Endpoint("B's employee's proposal", other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId()
                        + "/proposals/" + other.employee().id()),
                new Endpoint("the steps of B's proposal", other -> "/api/v1/compensation-cycles/"
                        + bCompensation.cycleId() + "/proposals/" + other.employee().id() + "/decisions"),
                new Endpoint("a promotion check of B's employee", other -> "/api/v1/compensation-cycles/"
                        + bCompensation.cycleId() + "/proposals/" + other.employee().id()
                        + "/promotion-check?targetLevelId=" + bCompensation.pay().upperLevelId()),
                new Endpoint("promotion targets of B's employee",
                        other -> "/api/v1/compensation-cycles/promotion-targets/" + other.employee().id()),
                new Endpoint("proposals awaiting me", other -> "/api/v1/compensation-cycles/awaiting-me"),
                new Endpoint("B's payroll export",
                        other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId() + "/payroll-export"),
                new Endpoint("closing B's compensation cycle",
                        other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId() + "/close",
                        other -> "{\"version\": 1}"),
                new Endpoint("submitting B's proposal", other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId()
                        + "/proposals/" + other.employee().id() + "/submit", other -> "{\"version\": 1}"),
                new Endpoint("approving B's proposal", other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId()
                        + "/proposals/" + other.employee().id() + "/approve", other -> "{\"version\": 1}"),
                new Endpoint("returning B's proposal", other -> "/api/v1/compensation-cycles/" + bCompensation.cycleId()
                        + "/proposals/" + other.employee().id() + "/return",
                        other -> "{\"comment\": \"Iso\", \"version\": 1}"),
                // ---- writing reviews (issue 15, part 4; PUT /draft: ReviewWritingApiTest)
                new Endpoint("my review tasks", other -> "/api/v1/reviews"),
                new Endpoint("B's self review", other -> "/api/v1/reviews/" + bReviewWriting.selfReview()),
                new Endpoint("B's manager review", other -> "/api/v1/reviews/" + bReviewWriting.managerReview()),
                new Endpoint("evidence of B's manager review",
                        other -> "/api/v1/reviews/" + bReviewWriting.managerReview() + "/evidence"),
                new Endpoint("checks of B's manager review",
                        other -> "/api/v1/reviews/" + bReviewWriting.managerReview() + "/checks", other -> "{\"answers\": []}"),
                new Endpoint("submitting B's self review",
                        other -> "/api/v1/reviews/" + bReviewWriting.selfReview() + "/submit",
                        other -> "{\"answers\": [], \"version\": 1}"),
                new Endpoint("summary insights of B's manager review",
                        other -> "/api/v1/reviews/" + bReviewWriting.managerReview() + "/summary/insights"),
                new Endpoint("a summary draft of B's manager review",
                        other -> "/api/v1/reviews/" + bReviewWriting.managerReview() + "/summary/draft",
                        other -> "{\"insights\": [\"praise\"]}"),
                // ---- 360 nominations, pooled results, sharing and the packet (issue 15, parts 3 and 6); the person in the
                // path is no one's (a 404 echoes its path, so B's real id there would read as a leak); the cycle is B's
                new Endpoint("nominations of B's employee",
                        other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/people/" + java.util.UUID.nameUUIDFromBytes("nobody".getBytes()) + "/nominations"),
                new Endpoint("nominations for approval in B's cycle",
                        other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/nominations/for-approval"),
                new Endpoint("nominating in B's cycle", other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/nominations",
                        other -> "{\"nomineeId\": \"" + other.member().id() + "\"}"),
                new Endpoint("adding a peer to B's employee",
                        other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/people/" + java.util.UUID.nameUUIDFromBytes("nobody".getBytes()) + "/nominations",
                        other -> "{\"nomineeId\": \"" + other.member().id() + "\"}"),
                new Endpoint("peer reviews asked of me", other -> "/api/v1/review-nominations/asked-of-me"),
                new Endpoint("my reviews", other -> "/api/v1/reviews/mine"),
                new Endpoint("outcome of B's employee",
                        other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/people/" + java.util.UUID.nameUUIDFromBytes("nobody".getBytes()) + "/outcome"),
                new Endpoint("360 results of B's employee",
                        other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/people/" + java.util.UUID.nameUUIDFromBytes("nobody".getBytes()) + "/results-360"),
                new Endpoint("sharing B's employee's review",
                        other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/people/" + java.util.UUID.nameUUIDFromBytes("nobody".getBytes()) + "/share",
                        other -> "{\"version\": 0}"),
                new Endpoint("acknowledging in B's cycle",
                        other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/acknowledgement",
                        other -> "{\"version\": 0, \"comment\": \"x\"}"),
                new Endpoint("review packet of B's employee",
                        other -> "/api/v1/review-cycles/" + bReviews.cycle() + "/people/" + java.util.UUID.nameUUIDFromBytes("nobody".getBytes()) + "/packet.pdf"),
                // ---- competency references, framework document import, development analytics (issue 13, dev13):
                // B's training item names "Secrecy <B's slug>", a leftover of B; B's company content has a document
                new Endpoint("competency leftovers", other -> "/api/v1/competencies/migration-leftovers"),
                new Endpoint("mapping B's leftover to B's competency",
                        other -> "/api/v1/competencies/migration-leftovers/map",
                        other -> "{\"value\": \"Secrecy " + other.slug() + "\", \"competencyId\": \""
                                + bCompetencies.coreCompetency() + "\"}"),
                new Endpoint("framework proposal from B's document",
                        other -> "/api/v1/competencies/import/from-document/" + bLearning.contentDocument(), other -> "{}"),
                new Endpoint("confirming a proposal of B's document",
                        other -> "/api/v1/competencies/import/from-document/" + bLearning.contentDocument() + "/confirm",
                        other -> "{\"competencies\": [{\"name\": \"Taken from " + other.slug()
                                + "\", \"group\": \"CORE\", \"indicators\": []}]}"),
                new Endpoint("analytics development plans", other -> "/api/v1/analytics/development"));
    }

    /** Both tenants index this very text; B's copy also names B's people. */
    static final String KNOWLEDGE_TEXT = "Our onboarding guide explains check-ins and goals";

    @Autowired
    io.kadens.ai.KnowledgeIndex knowledge;

    /** Operator actions over REST: a tenant's people get 403, nobody signed in gets 401, nothing changes. */
    static Stream<Endpoint> operatorActions() {
        return Stream.of(
                new Endpoint("provision a tenant", other -> "/api/v1/operator/tenants"),
                new Endpoint("suspend B", other -> "/api/v1/operator/tenants/" + other.id() + "/suspend"),
                new Endpoint("resume B", other -> "/api/v1/operator/tenants/" + other.id() + "/resume"),
                new Endpoint("resend B's admin invitation",
                        other -> "/api/v1/operator/tenants/" + other.id() + "/resend-admin-invitation"));
    }

    private static final String PROVISIONING = """
            {"slug":"iso-provisioned","name":"Iso","locale":"en","timeZone":"UTC",
             "adminGivenName":"Iso","adminFamilyName":"Admin","adminEmail":"iso.admin@iso.test"}""";

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorActions")
    void operatorActionsAreRefusedToTenantPeopleAndToAnonymousCallers(Endpoint endpoint) throws Exception {
        for (Authentication caller : List.of(TestTenants.as(a, a.employee()), TestTenants.as(a, a.manager()),
                TestTenants.as(a, a.hrAdmin()))) {
            MockHttpServletResponse response = mvc.perform(post(endpoint.url().apply(b)).with(authentication(caller))
                    .with(csrf()).contentType("application/json").content(PROVISIONING)).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " as " + caller.getName()).isEqualTo(403);
            assertThat(fingerprints(b)).noneMatch(response.getContentAsString()::contains);
        }
        MockHttpServletResponse anonymous = mvc.perform(post(endpoint.url().apply(b)).with(csrf())
                .contentType("application/json").content(PROVISIONING)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(organisations.byId(b.id()).orElseThrow().isActive()).isTrue();
        assertThat(organisations.bySlug("iso-provisioned")).isEmpty();
    }

    @BeforeAll
    void companies() {
        a = tenants.create("isoa");
        b = tenants.create("isob");
        bLearning = learningData.seed(b);
        bFeedback = feedbackData.seed(b);
        bOneOnOne = oneOnOneData.seed(b);
        bGoals = goalsData.seed(b);
        bDelivery = notificationData.seedDelivery(b);
        bRollout = rolloutData.seed(b);
        bReviews = reviewsData.seed(b);
        bCompetencies = competencyData.seed(b);
        bSurveys = surveysData.seed(b);
        bDevelopment = developmentData.seed(b, bCompetencies.coreCompetency(), bLearning.trainingItem());
        bAnnouncements = announcementsData.seed(b);
        bCalibration = calibrationData.seed(b);
        bCompensation = compensationData.seedCycle(b);
        bReviewWriting = reviewWritingData.seed(b, bReviews.cycle());
        io.kadens.tenants.TenantScope.run(a.id(), () -> knowledge.replaceSource("content", "guide",
                List.of(new io.kadens.ai.ChunkDraft(KNOWLEDGE_TEXT, "en")), null));
        io.kadens.tenants.TenantScope.run(b.id(), () -> knowledge.replaceSource("content", "guide",
                List.of(new io.kadens.ai.ChunkDraft(KNOWLEDGE_TEXT, "en"), new io.kadens.ai.ChunkDraft(
                        KNOWLEDGE_TEXT + ": ask " + b.employee().familyName() + " (" + b.employee().email() + ", "
                                + b.employee().phone() + ") or " + b.manager().familyName(), "en")), null));
        tokensOfA = Stream.of(a.employee(), a.manager(), a.hrAdmin())
                .map(person -> TestTenants.signedIn(TestTenants.as(a, person),
                        () -> apiTokens.create("isolation", TokenExpiry.NEVER).token()))
                .toList();
    }

    private List<String> fingerprints(Company company) {
        return Stream.of(company.ceo(), company.hrAdmin(), company.manager(), company.employee(), company.teamLead(),
                        company.member(), company.outsider())
                .flatMap((Person p) -> Stream.of(p.id().toString(), p.email(), p.familyName(), p.phone()))
                .toList();
    }

    /**
     * The body without the path A asked for: a problem's {@code instance} names the requested path, and a path made of
     * B's ids (which A sent) tells A nothing new. Everything else in the body must still name nothing of B.
     */
    private String withoutRequestedPath(Endpoint endpoint, String body) {
        String path = endpoint.url().apply(b).split("\\?", 2)[0];
        return body.replace(path, "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void tenantAsPeopleNeverSeeTenantBsData(Endpoint endpoint) throws Exception {
        for (Authentication caller : List.of(TestTenants.as(a, a.employee()), TestTenants.as(a, a.manager()),
                TestTenants.as(a, a.hrAdmin()))) {
            MockHttpServletResponse response = mvc.perform(endpoint.request(b).with(authentication(caller))).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " as " + caller.getName()).isIn(200, 403, 404);
            String body = withoutRequestedPath(endpoint, response.getContentAsString());
            assertThat(fingerprints(b)).as(endpoint + " leaks tenant B data").noneMatch(body::contains);
            assertThat(body).doesNotContain(b.slug());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void tenantAsTokensNeverSeeTenantBsData(Endpoint endpoint) throws Exception {
        for (String token : tokensOfA) {
            MockHttpServletResponse response = mvc.perform(endpoint.request(b)
                    .header("Authorization", "Bearer " + token)).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " with a token of A").isIn(200, 403, 404);
            String body = withoutRequestedPath(endpoint, response.getContentAsString());
            assertThat(fingerprints(b)).as(endpoint + " leaks tenant B data to a token").noneMatch(body::contains);
            assertThat(body).doesNotContain(b.slug());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenOfAWithBsTenantIdForgedInItGets401(Endpoint endpoint) throws Exception {
        for (String token : tokensOfA) {
            byte[] bytes = Base64.getUrlDecoder().decode(token.substring("kdn_".length()));
            ByteBuffer.wrap(bytes).putLong(b.id().value().getMostSignificantBits())
                    .putLong(b.id().value().getLeastSignificantBits());
            String forged = "kdn_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            MockHttpServletResponse response = mvc.perform(endpoint.request(b)
                    .header("Authorization", "Bearer " + forged)).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " with a forged token").isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
            assertThat(fingerprints(b)).noneMatch(response.getContentAsString()::contains);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theOperatorSeesNoTenantsPeople(Endpoint endpoint) throws Exception {
        MockHttpServletResponse response = mvc.perform(endpoint.request(b)
                .with(authentication(TestTenants.operator()))).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(fingerprints(b)).noneMatch(body::contains);
        assertThat(fingerprints(a)).noneMatch(body::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutSignInEveryEndpointAnswers401(Endpoint endpoint) throws Exception {
        assertThat(mvc.perform(endpoint.request(b)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anotherTenantsIdAnswersExactlyLikeAnIdThatNeverExisted() throws Exception {
        var caller = authentication(TestTenants.as(a, a.hrAdmin()));
        int foreign = mvc.perform(get("/api/v1/people/" + b.employee().id()).with(caller)).andReturn().getResponse().getStatus();
        int missing = mvc.perform(get("/api/v1/people/" + java.util.UUID.randomUUID()).with(caller)).andReturn().getResponse().getStatus();
        int own = mvc.perform(get("/api/v1/people/" + a.employee().id()).with(caller)).andReturn().getResponse().getStatus();
        assertThat(foreign).isEqualTo(404).isEqualTo(missing);
        assertThat(own).isEqualTo(200);
    }

    @Test
    void anHrAdminCannotEditAnotherTenantsPerson() throws Exception {
        String body = """
                {"givenName":"Hijacked","familyName":"Person","email":"hijacked@isoa.test"}""";
        int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/admin/people/" + b.employee().id()).param("version", "0")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body)
                        .with(authentication(TestTenants.as(a, a.hrAdmin())))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
        String bsView = mvc.perform(get("/api/v1/people/" + b.employee().id())
                        .with(authentication(TestTenants.as(b, b.hrAdmin()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(bsView).contains(b.employee().familyName()).doesNotContain("Hijacked");
    }

    @Test
    void nobodyRecordsProgressOnAnotherTenantsTrainingItem() throws Exception {
        for (Authentication caller : List.of(TestTenants.as(a, a.employee()), TestTenants.as(a, a.hrAdmin()))) {
            var missingId = java.util.UUID.randomUUID();
            var foreign = recordProgress(bLearning.trainingItem(), caller);
            var missing = recordProgress(missingId, caller);
            // B's item answers exactly like an item that never existed, and names nothing of B.
            assertThat(foreign.getStatus()).as("progress on B's item as " + caller.getName())
                    .isEqualTo(missing.getStatus()).isEqualTo(404);
            // The problem detail names the requested path; apart from the id it is the same answer.
            assertThat(foreign.getContentAsString().replace(bLearning.trainingItem().toString(), missingId.toString()))
                    .isEqualTo(missing.getContentAsString()).doesNotContain(b.slug());
        }
        long progressRows = io.kadens.tenants.TenantScope.call(b.id(), () -> new org.springframework.transaction.support
                .TransactionTemplate(transactionManager).execute(tx -> (long) db.fetchCount(
                        io.kadens.db.Tables.TRAINING_PROGRESS,
                        io.kadens.db.Tables.TRAINING_PROGRESS.ITEM_ID.eq(bLearning.trainingItem()))));
        assertThat(progressRows).as("B's item has no progress from A").isZero();
    }

    private MockHttpServletResponse recordProgress(java.util.UUID itemId, Authentication caller) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/learning/items/" + itemId + "/progress")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"IN_PROGRESS\",\"percent\":10,\"version\":-1}")
                        .with(authentication(caller))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
    }

    @Test
    void theOperatorTenantListShowsCountsButNoPeople() throws Exception {
        String body = mvc.perform(get("/api/v1/operator/tenants").with(authentication(TestTenants.operator())))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(a.slug(), b.slug());
        assertThat(fingerprints(a)).noneMatch(body::contains);
    }

    // ------------------------------------------------------------------ SCIM (bearer tokens, not sessions)

    @Autowired
    io.kadens.scim.ScimTokens scimTokens;

    static Stream<Endpoint> scimEndpoints() {
        return Stream.of(
                new Endpoint("SCIM user of B by id", other -> "/scim/v2/Users/" + other.employee().id()),
                new Endpoint("SCIM users filtered by B's userName",
                        other -> "/scim/v2/Users?filter=userName%20eq%20%22" + other.employee().email() + "%22"),
                new Endpoint("SCIM users by B's id as filter", other -> "/scim/v2/Users?filter=id%20eq%20%22"
                        + other.hrAdmin().id() + "%22"),
                new Endpoint("SCIM all users", other -> "/scim/v2/Users?count=200"),
                new Endpoint("SCIM group of B by id", other -> "/scim/v2/Groups/" + other.salesId()),
                new Endpoint("SCIM all groups", other -> "/scim/v2/Groups"),
                new Endpoint("SCIM service provider config", other -> "/scim/v2/ServiceProviderConfig"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scimEndpoints")
    void tenantAsScimTokenNeverSeesTenantBsData(Endpoint endpoint) throws Exception {
        String token = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()), () -> scimTokens.create("isolation")).secret();
        MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(endpoint.url().apply(b)))
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(response.getStatus()).as(endpoint.name()).isIn(200, 404);
        String body = response.getContentAsString();
        assertThat(fingerprints(b)).as(endpoint + " leaks tenant B data").noneMatch(body::contains);
        assertThat(body).doesNotContain(b.salesId().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scimEndpoints")
    void aSignedInSessionDoesNotOpenScim(Endpoint endpoint) throws Exception {
        for (Authentication caller : List.of(TestTenants.as(a, a.hrAdmin()), TestTenants.operator())) {
            assertThat(mvc.perform(get(endpoint.url().apply(b)).with(authentication(caller))).andReturn().getResponse()
                    .getStatus()).as(endpoint.name()).isEqualTo(401);
        }
        assertThat(mvc.perform(get(endpoint.url().apply(b))).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aSlashCommandForOneOrganisationWithAnotherWorkspacesTeamIsRefused() throws Exception {
        var slackOfA = notificationData.connectSlack(a);
        var slackOfB = notificationData.connectSlack(b);
        String fromB = io.kadens.notifications.NotificationTestData.commandBody(slackOfB.teamId(),
                slackOfB.users().get(b.employee().email()), "A point about " + b.slug());
        long now = notificationData.now();
        // B's genuine request sent to A's address: A's secret does not verify it.
        MockHttpServletResponse toA = mvc.perform(post("/slack/commands/" + a.slug())
                .contentType("application/x-www-form-urlencoded").content(fromB)
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", io.kadens.notifications.NotificationTestData.sign(
                        slackOfB.signingSecret(), now, fromB))).andReturn().getResponse();
        assertThat(toA.getStatus()).isEqualTo(401);
        // Signed with A's own secret but naming B's team: refused as well.
        MockHttpServletResponse forged = mvc.perform(post("/slack/commands/" + a.slug())
                .contentType("application/x-www-form-urlencoded").content(fromB)
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", io.kadens.notifications.NotificationTestData.sign(
                        slackOfA.signingSecret(), now, fromB))).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(401);
        assertThat(fingerprints(b)).noneMatch(toA.getContentAsString()::contains);
        assertThat(fingerprints(b)).noneMatch(forged.getContentAsString()::contains);
    }

    /**
     * Goal writes naming B's goal, key result, milestone or cycle (PUT and DELETE, and creating a goal aligned
     * to B's goal): the same answer as for ids that never existed, and B's goal stays as it was.
     */
    @Test
    void goalWritesOnBsIdsAnswerLikeMissingIdsAndChangeNothing() throws Exception {
        String goalBody = "{\"version\": 1, \"goal\": {\"title\": \"x\", \"level\": \"INDIVIDUAL\", "
                + "\"visibility\": \"TENANT\", \"kind\": \"BUSINESS\", \"startsOn\": \"2026-01-01\", "
                + "\"endsOn\": \"2026-03-31\"}}";
        record Write(String method, String template, String body) {
        }
        List<Write> writes = List.of(
                new Write("PUT", "/api/v1/goals/%s", goalBody),
                new Write("PUT", "/api/v1/goals/%s/status", "{\"version\": 1, \"status\": \"CANCELLED\"}"),
                new Write("PUT", "/api/v1/goals/%s/health", "{\"version\": 1, \"health\": \"AT_RISK\", \"reason\": \"x\"}"),
                new Write("DELETE", "/api/v1/goals/%s?version=1", null),
                new Write("PUT", "/api/v1/goals/key-results/%s", "{\"version\": 0, \"keyResult\": {\"title\": \"x\", "
                        + "\"type\": \"MILESTONES\"}}"),
                new Write("DELETE", "/api/v1/goals/key-results/%s?version=0", null),
                new Write("PUT", "/api/v1/goals/milestones/%s", "{\"version\": 0, \"done\": true}"),
                new Write("DELETE", "/api/v1/goals/milestones/%s?version=0", null),
                new Write("PUT", "/api/v1/goals/cycles/%s", "{\"version\": 0, \"cycle\": {\"name\": \"x\", "
                        + "\"kind\": \"QUARTER\", \"startsOn\": \"2026-01-01\", \"endsOn\": \"2026-03-31\", \"closed\": false}}"),
                new Write("DELETE", "/api/v1/goals/cycles/%s?version=0", null));
        for (Authentication caller : List.of(TestTenants.as(a, a.employee()), TestTenants.as(a, a.hrAdmin()))) {
            for (Write write : writes) {
                java.util.UUID foreignId = write.template().contains("key-results") ? bGoals.keyResult()
                        : write.template().contains("milestones") ? bGoals.milestone()
                        : write.template().contains("cycles") ? bGoals.cycle() : bGoals.goal();
                MockHttpServletResponse foreign = goalWrite(write.method(), write.template().formatted(foreignId),
                        write.body(), caller);
                MockHttpServletResponse missing = goalWrite(write.method(),
                        write.template().formatted(java.util.UUID.randomUUID()), write.body(), caller);
                assertThat(foreign.getStatus()).as(write.method() + " " + write.template() + " as " + caller.getName())
                        .isIn(403, 404).isEqualTo(missing.getStatus());
                assertThat(fingerprints(b)).noneMatch(foreign.getContentAsString()::contains);
                assertThat(foreign.getContentAsString()).doesNotContain(b.slug());
            }
            MockHttpServletResponse aligned = goalWrite("POST", "/api/v1/goals", "{\"title\": \"x\", "
                    + "\"level\": \"INDIVIDUAL\", \"visibility\": \"TENANT\", \"kind\": \"BUSINESS\", "
                    + "\"parentId\": \"" + bGoals.goal() + "\", \"cycleId\": \"" + bGoals.cycle() + "\"}", caller);
            assertThat(aligned.getStatus()).isEqualTo(400);
            assertThat(aligned.getContentAsString()).contains("goals.parent.not-found", "goals.cycle.not-found")
                    .doesNotContain(b.slug());
        }
        String bsGoal = mvc.perform(get("/api/v1/goals/" + bGoals.goal())
                .with(authentication(TestTenants.as(b, b.employee())))).andReturn().getResponse().getContentAsString();
        assertThat(bsGoal).contains("Goal of " + b.slug(), "\"status\":\"ACTIVE\"", "\"version\":1")
                .doesNotContain("AT_RISK\",\"reason");
    }

    private MockHttpServletResponse goalWrite(String method, String url, String body, Authentication caller)
            throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .request(org.springframework.http.HttpMethod.valueOf(method), url)
                .with(authentication(caller)).with(csrf());
        if (body != null) {
            request = request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    // ------------------------------------------------------------------ no redirects from /api and /scim

    private String noRedirectsScimToken;

    static Stream<Endpoint> apiAndScimEndpoints() {
        return Stream.concat(endpoints(), scimEndpoints());
    }

    /**
     * No /api or /scim answer is ever a redirect (to the sign-in page or anywhere): every endpoint, with every
     * method, for every kind of caller: nobody, a forged token, a SCIM token, A's employee by token and by session
     * without a CSRF token, the operator. (Through the real servlet container,
     * whose error dispatch MockMvc leaves out: {@code io.kadens.browser.RestNeverRedirectsIT}.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("apiAndScimEndpoints")
    void noApiOrScimAnswerIsARedirect(Endpoint endpoint) throws Exception {
        if (noRedirectsScimToken == null) {
            noRedirectsScimToken = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()),
                    () -> scimTokens.create("no redirects")).secret();
        }
        String scimToken = noRedirectsScimToken;
        List<java.util.function.UnaryOperator<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>>
                callers = List.of(request -> request,
                request -> request.header("Authorization", "Bearer kdn_forged"),
                request -> request.header("Authorization", "Bearer " + scimToken),
                request -> request.header("Authorization", "Bearer " + tokensOfA.getFirst()),
                request -> request.with(authentication(TestTenants.as(a, a.employee()))),
                request -> request.with(authentication(TestTenants.operator())).with(csrf()));
        for (org.springframework.http.HttpMethod method : List.of(org.springframework.http.HttpMethod.GET,
                org.springframework.http.HttpMethod.POST, org.springframework.http.HttpMethod.PUT,
                org.springframework.http.HttpMethod.PATCH, org.springframework.http.HttpMethod.DELETE)) {
            for (var caller : callers) {
                var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .request(method, java.net.URI.create(endpoint.url().apply(b)))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(endpoint.body() == null ? "{}" : endpoint.body().apply(b));
                MockHttpServletResponse response;
                try {
                    response = mvc.perform(caller.apply(request)).andReturn().getResponse();
                } catch (jakarta.servlet.ServletException failed) {
                    // MockMvc passes a controller's unhandled exception on; the container answers it with a 500
                    // (never a redirect: RestNeverRedirectsIT). Bodies that fail so are the fuzz test's subject.
                    continue;
                }
                assertThat(response.getStatus() / 100).as(method + " " + endpoint + " answered " + response.getStatus()).isNotEqualTo(3);
                assertThat(response.getRedirectedUrl()).as(method + " " + endpoint).isNull();
            }
        }
    }

    // ---- integration uploads (privacy branch, issue 13 part 7): multipart, so not in endpoints()
    @Test
    void integrationUploadsOfTenantANeverReachTenantB() throws Exception {
        String hrToken = tokensOfA.get(2);
        // A's import creates A's item only; B's catalogue stays as it was (a title naming B would itself be
        // tenant B's data in A, which the other cases of this suite would then find)
        String bTitle = "Isolation import course";
        String csv = String.join(",", java.util.List.of("title", "description", "provider", "provider_name", "url",
                "format", "duration_minutes", "level", "competencies", "language", "tags")) + "\n"
                + bTitle + ",Overwritten by A.,internal,A,,course,30,beginner,,en,\n";
        MockHttpServletResponse imported = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/learning/items/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "c.csv", "text/csv",
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + hrToken))
                .andReturn().getResponse();
        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
        assertThat(imported.getContentAsString()).contains("\"created\":1");
        // replacing B's document from A is refused and leaves it alone
        MockHttpServletResponse replaced = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/content/documents")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "p.md", "text/markdown",
                                "# Replaced by A\n\nText.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("kind", "policy").param("replaces", bLearning.contentDocument().toString())
                        .header("Authorization", "Bearer " + hrToken))
                .andReturn().getResponse();
        assertThat(replaced.getStatus()).as(replaced.getContentAsString()).isIn(400, 404);
        try (java.sql.Connection owner = io.kadens.tenants.testing.TestDatabase.get().openAsOwner();
             java.sql.Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', '" + b.id().value() + "', false)");
            try (java.sql.ResultSet rows = statement.executeQuery("select (select description from training_item where id = '"
                    + bLearning.trainingItem() + "'), (select count(*) from content_document where id = '"
                    + bLearning.contentDocument() + "' and title not like '%Replaced by A%'),"
                    + " (select count(*) from training_item where title = '" + bTitle + "')")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("Only for " + b.slug());
                assertThat(rows.getInt(2)).isEqualTo(1);
                assertThat(rows.getInt(3)).as("nothing imported into B").isZero();
            }
        }
    }

    // ---------------------------------------------------------------- goal roll-up cache (issue 17)

    /**
     * Goal lists come from a per-tenant cache (GoalRollUpCache): B's goals, cached by B's own reads, are never what
     * A's goal lists answer, in either order of reading; and A reads no roll-up version row of B.
     */
    @Test
    void goalsCachedForBAreNeverServedToA() throws Exception {
        for (int round = 0; round < 2; round++) {
            // B's employee: B pilots goals with its sales department (RolloutTestData), the employee's own.
            String bTree = mvc.perform(get("/api/v1/goals/tree").with(authentication(TestTenants.as(b, b.employee()))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(bTree).as("B's own tree, now cached").contains("Goal of " + b.slug());
            for (String list : List.of("/api/v1/goals/tree", "/api/v1/goals/mine", "/api/v1/goals/team",
                    "/api/v1/goals/tree/level")) {
                for (Person person : List.of(a.hrAdmin(), a.employee(), a.manager())) {
                    MockHttpServletResponse response = mvc.perform(get(list)
                            .with(authentication(TestTenants.as(a, person)))).andReturn().getResponse();
                    assertThat(response.getStatus()).isEqualTo(200);
                    assertThat(response.getContentAsString()).as(list).doesNotContain(b.slug())
                            .doesNotContain(bGoals.goal().toString());
                }
            }
        }
        try (java.sql.Connection owner = io.kadens.tenants.testing.TestDatabase.get().openAsOwner();
             java.sql.Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', '" + a.id().value() + "', false)");
            try (java.sql.ResultSet rows = statement.executeQuery("select count(*) filter (where tenant_id = '"
                    + b.id().value() + "'), count(*) from goal_roll_up_version")) {
                rows.next();
                assertThat(rows.getInt(1)).as("B's version row, read as A").isZero();
                assertThat(rows.getInt(2)).as("rows A reads").isLessThanOrEqualTo(1);
            }
        }
    }

    // ---------------------------------------------------------------- per-tenant export and import (tenantarchive)

    /**
     * Exporting B and importing an archive are for the operator alone: A's people and A's tokens get 403 and
     * nothing of B, nobody signed in gets 401 (never a redirect), and an archive sent by A's HR admin writes nothing.
     */
    @Test
    void tenantExportAndImportAreTheOperatorsAlone() throws Exception {
        byte[] archive = mvc.perform(get("/api/v1/operator/tenants/" + b.id() + "/export")
                .with(authentication(TestTenants.operator()))).andReturn().getResponse().getContentAsByteArray();
        assertThat(archive).as("the operator's export of B").isNotEmpty();
        for (Authentication caller : List.of(TestTenants.as(a, a.employee()), TestTenants.as(a, a.manager()),
                TestTenants.as(a, a.hrAdmin()))) {
            MockHttpServletResponse exported = mvc.perform(get("/api/v1/operator/tenants/" + b.id() + "/export")
                    .with(authentication(caller))).andReturn().getResponse();
            assertThat(exported.getStatus()).as("export of B as " + caller.getName()).isEqualTo(403);
            assertThat(fingerprints(b)).noneMatch(exported.getContentAsString()::contains);
            MockHttpServletResponse imported = mvc.perform(post("/api/v1/operator/tenant-imports")
                    .with(authentication(caller)).with(csrf()).contentType("application/zip").content(archive))
                    .andReturn().getResponse();
            assertThat(imported.getStatus()).as("import as " + caller.getName()).isEqualTo(403);
        }
        for (String token : tokensOfA) {
            assertThat(mvc.perform(get("/api/v1/operator/tenants/" + b.id() + "/export")
                    .header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        MockHttpServletResponse anonymous = mvc.perform(get("/api/v1/operator/tenants/" + b.id() + "/export"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("Location")).isNull();
        assertThat(mvc.perform(post("/api/v1/operator/tenant-imports").with(csrf()).contentType("application/zip")
                .content(archive)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(organisations.byId(b.id()).orElseThrow().isActive()).isTrue();
    }

    // ---------------------------------------------------------------- kept goal figures for analytics (issue 16)

    @Autowired
    io.kadens.goals.GoalAnalytics goalAnalytics;

    /**
     * What a restarted server prepares for the feedback summary ({@code FeedbackTexts.recent}, read per tenant in the
     * background) is the bound tenant's own feedback: read as A it holds none of B's texts, read as B it holds B's.
     */
    @Test
    void feedbackPreparedAfterAStartIsTheBoundTenantsOwn() {
        java.time.LocalDate aYearAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusYears(1);
        List<io.kadens.feedback.FeedbackTexts.Text> asA = io.kadens.tenants.TenantScope.call(a.id(),
                () -> feedbackTexts.recent(aYearAgo, 10_000));
        List<io.kadens.feedback.FeedbackTexts.Text> asB = io.kadens.tenants.TenantScope.call(b.id(),
                () -> feedbackTexts.recent(aYearAgo, 10_000));
        assertThat(asB).extracting(io.kadens.feedback.FeedbackTexts.Text::id).contains(bFeedback.feedbackItem());
        assertThat(asA).extracting(io.kadens.feedback.FeedbackTexts.Text::id).doesNotContain(bFeedback.feedbackItem());
        assertThat(asA).extracting(io.kadens.feedback.FeedbackTexts.Text::body)
                .noneMatch(body -> body.contains(b.slug()));
    }

    /**
     * Goal figures kept per person (goal_analytics_figure, V202) are B's own rows: a refresh for B writes B's rows
     * only, A reads none of them, and A's HR admin's goals analytics page is unchanged by them.
     */
    @Test
    void keptGoalFiguresOfBAreNeverReadAsA() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String before = mvc.perform(get("/api/v1/analytics/goals").with(authentication(TestTenants.as(a, a.hrAdmin()))))
                .andReturn().getResponse().getContentAsString();
        io.kadens.tenants.TenantScope.call(b.id(), () -> goalAnalytics.refreshKeptFigures(today));
        try (java.sql.Connection owner = io.kadens.tenants.testing.TestDatabase.get().openAsOwner();
             java.sql.Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', '" + b.id().value() + "', false)");
            try (java.sql.ResultSet rows = statement.executeQuery("select count(*) from goal_analytics_figure")) {
                rows.next();
                assertThat(rows.getInt(1)).as("B's kept rows, read as B").isPositive();
            }
            statement.execute("select set_config('app.tenant_id', '" + a.id().value() + "', false)");
            try (java.sql.ResultSet rows = statement.executeQuery("select count(*) filter (where tenant_id = '"
                    + b.id().value() + "') from goal_analytics_figure")) {
                rows.next();
                assertThat(rows.getInt(1)).as("B's kept rows, read as A").isZero();
            }
        }
        String after = mvc.perform(get("/api/v1/analytics/goals").with(authentication(TestTenants.as(a, a.hrAdmin()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).isEqualTo(before).doesNotContain(b.slug());
    }

    /**
     * 1:1 adherence figures kept per series (one_on_one_adherence_figure, V203) are B's own rows: B's held meetings
     * write B's rows only (through the triggers, whoever is bound), A reads none of them and cannot write any, and
     * A's HR admin's one-on-ones analytics page is unchanged by them.
     */
    @Test
    void keptAdherenceFiguresOfBAreNeverReadAsA() throws Exception {
        String before = mvc.perform(get("/api/v1/analytics/one-on-ones").with(authentication(TestTenants.as(a, a.hrAdmin()))))
                .andReturn().getResponse().getContentAsString();
        try (java.sql.Connection owner = io.kadens.tenants.testing.TestDatabase.get().openAsOwner();
             java.sql.Statement statement = owner.createStatement()) {
            statement.execute("select set_config('app.tenant_id', '" + b.id().value() + "', false)");
            String held;
            try (java.sql.ResultSet rows = statement.executeQuery("with held as (update one_on_one_meeting"
                    + " set status = 'COMPLETED', completed_at = scheduled_at where status = 'SCHEDULED' returning id)"
                    + " select array_agg(id)::text from held")) {
                rows.next();
                held = rows.getString(1);
            }
            try {
                try (java.sql.ResultSet rows = statement.executeQuery("select count(*) from one_on_one_adherence_figure")) {
                    rows.next();
                    assertThat(rows.getInt(1)).as("B's kept rows, read as B").isPositive();
                }
                statement.execute("select set_config('app.tenant_id', '" + a.id().value() + "', false)");
                try (java.sql.ResultSet rows = statement.executeQuery("select count(*) filter (where tenant_id = '"
                        + b.id().value() + "') from one_on_one_adherence_figure")) {
                    rows.next();
                    assertThat(rows.getInt(1)).as("B's kept rows, read as A").isZero();
                }
            } finally {
                // B's meetings as the other cases expect them.
                statement.execute("select set_config('app.tenant_id', '" + b.id().value() + "', false)");
                statement.execute("update one_on_one_meeting set status = 'SCHEDULED', completed_at = null"
                        + " where id = any('" + held + "'::uuid[])");
            }
        }
        try (java.sql.Connection app = io.kadens.tenants.testing.TestDatabase.get().openAsApp();
             java.sql.Statement statement = app.createStatement()) {
            statement.execute("select set_config('app.tenant_id', '" + a.id().value() + "', false)");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate(
                    "update one_on_one_adherence_figure set held = '{}' where tenant_id = '" + b.id().value() + "'"))
                    .as("the application role only reads kept figures").isInstanceOf(java.sql.SQLException.class);
        }
        String after = mvc.perform(get("/api/v1/analytics/one-on-ones").with(authentication(TestTenants.as(a, a.hrAdmin()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).isEqualTo(before).doesNotContain(b.slug());
    }
}
