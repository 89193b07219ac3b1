package io.kadens.ai.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.testing.SharedEmbeddings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The in-process model's correctness check: sentence pairs graded by hand for similarity (0 =
 * unrelated .. 5 = same meaning), in English, in Swedish and across the two. Spearman's rank
 * correlation between the grades and the model's cosine similarities is printed and must stay above
 * a floor set from the first honest run, so a broken tokeniser, pooling or normalisation shows up.
 */
class EmbeddingCorrelationTest {

    /** First honest run: 0.740 on these 34 pairs; the floor leaves room for harmless numeric drift only. */
    static final double FLOOR = 0.70;

    record Pair(String a, String b, double grade) {
    }

    static final List<Pair> PAIRS = List.of(
            // English paraphrases
            new Pair("Managers should give feedback regularly.", "Managers ought to provide feedback often.", 5),
            new Pair("The employee finished the training course.", "The staff member completed the training.", 5),
            new Pair("We hold one-to-one meetings every other week.", "Our 1:1s take place biweekly.", 4.5),
            new Pair("Set goals that are specific and measurable.", "Goals should be concrete and possible to measure.", 4.5),
            new Pair("She was promoted to senior engineer.", "She got a promotion to a senior engineering role.", 5),
            new Pair("The review cycle starts in April.", "Performance reviews begin in April.", 4),
            // English, related but different
            new Pair("Give feedback early and often.", "Ask your colleagues for feedback on your work.", 3),
            new Pair("Our salary bands are reviewed every year.", "Promotions are decided twice a year.", 2),
            new Pair("The team missed its quarterly sales target.", "Sales grew faster than expected this quarter.", 2.5),
            new Pair("Learn to run effective meetings.", "A course about presentation skills.", 2),
            new Pair("Managers coach their reports.", "Employees write a self-evaluation before the review.", 1.5),
            // English, unrelated
            new Pair("The cat sleeps on the sofa.", "Quarterly goals are set by the leadership team.", 0),
            new Pair("It is raining in Stockholm today.", "Complete the compliance training by Friday.", 0),
            new Pair("Bake the bread for forty minutes.", "Feedback should describe behaviour, not personality.", 0),
            new Pair("The football match ended in a draw.", "Our values are courage, care and curiosity.", 0),
            // Swedish paraphrases
            new Pair("Chefen ger återkoppling varje vecka.", "Chefen ger feedback en gång i veckan.", 5),
            new Pair("Medarbetaren har slutfört kursen.", "Den anställda har gått klart utbildningen.", 4.5),
            new Pair("Vi har utvecklingssamtal två gånger per år.", "Utvecklingssamtalen hålls varje halvår.", 4.5),
            new Pair("Målen ska vara mätbara och tidsbundna.", "Sätt mål som går att mäta och har ett slutdatum.", 4),
            // Swedish, related but different
            new Pair("Lönerevisionen sker i april.", "Befordringar beslutas i oktober.", 2),
            new Pair("Ge feedback tidigt och ofta.", "Be dina kollegor om synpunkter på ditt arbete.", 3),
            new Pair("Teamet nådde sitt försäljningsmål.", "Försäljningen minskade under kvartalet.", 2.5),
            // Swedish, unrelated
            new Pair("Katten sover i soffan.", "Kvartalsmålen sätts av ledningsgruppen.", 0),
            new Pair("Det regnar i Göteborg idag.", "Vår värdegrund bygger på mod och omtanke.", 0),
            new Pair("Koka pastan i tio minuter.", "Chefen håller medarbetarsamtal med sina anställda.", 0),
            // Across English and Swedish (the model is mostly English: similarity is weaker but graded)
            new Pair("Give feedback every week.", "Ge feedback varje vecka.", 4),
            new Pair("The training course is online.", "Utbildningen är på nätet.", 3.5),
            new Pair("The cat sleeps on the sofa.", "Lönerevisionen sker i april.", 0),
            new Pair("Goals should be measurable.", "Målen ska vara mätbara.", 4),
            // Near-identical and negations
            new Pair("The meeting is on Monday.", "The meeting is on Monday.", 5),
            new Pair("The project was delivered on time.", "The project was delivered late.", 3),
            new Pair("He enjoys mentoring junior colleagues.", "He likes to coach new team members.", 4.5),
            new Pair("Complete the security training.", "Finish the information security course.", 4.5),
            new Pair("Write down three goals for the next quarter.", "Plan what you want to achieve in the coming months.", 3.5));

    @Test
    void cosineSimilarityRanksThePairsLikeTheGrades() {
        MiniLmEmbeddingModel model = SharedEmbeddings.get();
        List<String> texts = new ArrayList<>();
        PAIRS.forEach(pair -> {
            texts.add(pair.a());
            texts.add(pair.b());
        });
        List<float[]> vectors = model.embed(texts);
        assertThat(vectors).allSatisfy(v -> {
            assertThat(v).hasSize(MiniLmEmbeddingModel.DIMENSIONS);
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        });
        double[] grades = PAIRS.stream().mapToDouble(Pair::grade).toArray();
        double[] cosines = IntStream.range(0, PAIRS.size())
                .mapToDouble(i -> MiniLmEmbeddingModel.cosine(vectors.get(2 * i), vectors.get(2 * i + 1))).toArray();
        double rho = spearman(grades, cosines);
        System.out.printf("Embedding check: %d sentence pairs (en, sv, en-sv), Spearman rank correlation = %.3f"
                + " (floor %.2f)%n", PAIRS.size(), rho, FLOOR);
        assertThat(PAIRS).hasSizeGreaterThanOrEqualTo(30);
        assertThat(rho).isGreaterThan(FLOOR);
    }

    @Test
    void batchedAndSingleEmbeddingsAgree() {
        MiniLmEmbeddingModel model = SharedEmbeddings.get();
        List<String> texts = IntStream.range(0, 40).mapToObj(i -> "Goal number " + i + " is about feedback").toList();
        List<float[]> batched = model.embed(texts);
        assertThat(MiniLmEmbeddingModel.cosine(batched.get(37), model.embed(texts.get(37)))).isGreaterThan(0.9999);
    }

    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = java.util.Arrays.stream(rx).average().orElse(0);
        double my = java.util.Arrays.stream(ry).average().orElse(0);
        double cov = 0;
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < x.length; i++) {
            cov += (rx[i] - mx) * (ry[i] - my);
            vx += (rx[i] - mx) * (rx[i] - mx);
            vy += (ry[i] - my) * (ry[i] - my);
        }
        return cov / Math.sqrt(vx * vy);
    }

    /** Ranks with ties sharing their average rank (needed: many pairs share a grade). */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = average;
            }
            i = j + 1;
        }
        return ranks;
    }

    @Test
    void spearmanOfAPerfectAndAReversedOrderIsOneAndMinusOne() {
        assertThat(spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40})).isEqualTo(1.0);
        assertThat(spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1})).isEqualTo(-1.0);
    }
}
