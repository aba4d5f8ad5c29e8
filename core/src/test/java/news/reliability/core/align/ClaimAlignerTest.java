package news.reliability.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.reliability.core.model.Claim;
import news.reliability.core.model.ClaimGroup;
import news.reliability.core.model.Hedge;
import news.reliability.core.model.Quantity;
import news.reliability.core.model.QuantityKind;

class ClaimAlignerTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private int next;

    private static Quantity usd(double value, double low, double high) {
        return new Quantity(QuantityKind.MONEY, value, low, high, "USD", "$" + value);
    }

    private static Quantity usd(double value) {
        return usd(value, value, value);
    }

    private SourcedClaim claim(String source, String relation, Quantity value, boolean negated, String... entities) {
        Claim claim = new Claim("c" + ++next, "a-" + source, source + " says " + value.text(), 0, 10,
                String.join(", ", entities), List.of(entities), relation, Optional.empty(), Optional.of(value),
                Hedge.NONE, negated, Optional.empty());
        return new SourcedClaim(source, source, claim);
    }

    private SourcedClaim claim(String source, String relation, Quantity value, String... entities) {
        return claim(source, relation, value, false, entities);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(usd(1e10), usd(1e10), true),
                Arguments.of(usd(1e10, 1e10, INF), usd(1e10, 0, 1e10), true),
                Arguments.of(usd(1e10, 1e10, INF), usd(5e10), false),
                Arguments.of(usd(1e10, 9e9, 1.1e10), usd(1.05e10), true),
                Arguments.of(usd(3.2e8), usd(3.2e9), false),
                Arguments.of(usd(3e8, 3e8, INF), usd(3.2e8), true),
                Arguments.of(usd(1e10), usd(1.02e10), true),
                Arguments.of(usd(1e10), usd(1.2e10), false),
                Arguments.of(usd(1e10), new Quantity(QuantityKind.MONEY, 1e10, 1e10, 1e10, "EUR", "€10bn"), false),
                Arguments.of(new Quantity(QuantityKind.DATE, 20_000, 20_000, 20_030, "day", "in March"),
                        new Quantity(QuantityKind.DATE, 20_009, 20_009, 20_009, "day", "on 10 March"), true),
                Arguments.of(new Quantity(QuantityKind.COUNT, 60, 60, 60, "train", "60 trains"),
                        new Quantity(QuantityKind.COUNT, 40, 40, 40, "train", "40 trains"), false));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void comparesValuesAsBands(Quantity a, Quantity b, boolean expected) {
        assertEquals(expected, ValueComparator.compatible(a, b));
        assertEquals(expected, ValueComparator.compatible(b, a));
    }

    @Test
    void threeSourcesAgreeAndTheFourthConflictsOnValue() {
        List<SourcedClaim> claims = List.of(
                claim("first", "investment", usd(1e10, 1e10, INF), "buyer", "target", "chatbot"),
                claim("second", "investment", usd(1e10, 0, 1e10), "target", "buyer"),
                claim("second", "investment", usd(1e10), "target", "buyer"),
                claim("third", "investment", usd(1e10), "buyer"),
                claim("fourth", "investment", usd(5e10), "buyer", "target"),
                claim("fourth", "investment", usd(5e10), "buyer", "target"));
        List<ClaimGroup> groups = new ClaimAligner().align(claims);
        assertEquals(1, groups.size());
        ClaimGroup group = groups.getFirst();
        assertEquals("investment", group.attribute());
        assertEquals(1e10, group.consensus().orElseThrow().value());
        assertEquals("USD", group.consensus().orElseThrow().unit());
        assertEquals(4, group.supporting().size());
        assertEquals(2, group.conflicts().size());
        assertTrue(group.conflicts().stream().allMatch(c -> c.reason().equals("value")
                && c.claim().articleId().equals("a-fourth")));
        assertEquals("buyer and target", group.subject());
    }

    @Test
    void differentAttributesAndDifferentActorsMakeDifferentGroups() {
        List<SourcedClaim> claims = List.of(
                claim("first", "investment", usd(1e10), "buyer", "target"),
                claim("second", "investment", usd(1e10), "buyer", "target"),
                claim("second", "valuation", usd(5e11, 5e11, INF), "target"),
                claim("third", "valuation", usd(5e11), "target"),
                claim("third", "investment", usd(3e9), "rival", "target", "other"));
        List<ClaimGroup> groups = new ClaimAligner().align(claims);
        assertEquals(List.of("investment", "valuation"), groups.stream().map(ClaimGroup::attribute).sorted().toList());
        ClaimGroup investment = groups.stream().filter(g -> g.attribute().equals("investment")).findFirst().orElseThrow();
        assertEquals(2, investment.claims().size(), "the rival's investment is another fact");
        assertTrue(investment.conflicts().isEmpty());
    }

    private SourcedClaim said(String source, String sentence, Quantity value) {
        Claim claim = new Claim("c" + ++next, "a-" + source, sentence, 0, sentence.length(), "lender",
                List.of("lender"), "change", Optional.empty(), Optional.of(value), Hedge.NONE, false, Optional.empty());
        return new SourcedClaim(source, source, claim);
    }

    @Test
    void theSameFigureMovingTheOtherWayIsAnAntonymConflict() {
        Quantity five = new Quantity(QuantityKind.PERCENT, 5, 5, 5, "%", "5%");
        List<SourcedClaim> claims = List.of(
                said("first", "Profit at the lender rose 5% last year.", five),
                said("second", "The lender's profit increased by 5% in the year.", five),
                said("third", "Profit grew 5%, the lender said.", five),
                said("fourth", "The lender's profit fell 5% last year.", five));
        ClaimGroup group = new ClaimAligner().align(claims).getFirst();
        assertEquals(3, group.supporting().size());
        assertEquals(1, group.conflicts().size());
        assertEquals("antonym", group.conflicts().getFirst().reason());
        assertEquals("a-fourth", group.conflicts().getFirst().claim().articleId());
    }

    @Test
    void directionsThatTieOrAreAbsentMakeNoAntonym() {
        Quantity five = new Quantity(QuantityKind.PERCENT, 5, 5, 5, "%", "5%");
        ClaimGroup tie = new ClaimAligner().align(List.of(
                said("first", "Profit rose 5%.", five), said("second", "Profit fell 5%.", five))).getFirst();
        assertTrue(tie.conflicts().isEmpty());
        ClaimGroup none = new ClaimAligner().align(List.of(
                said("first", "Profit was 5% of sales.", five), said("second", "Margin: 5% of sales.", five),
                said("third", "Profit rose 5%.", five))).getFirst();
        assertTrue(none.conflicts().isEmpty());
        assertEquals(3, none.supporting().size());
    }

    @Test
    void aNegatedClaimOfTheConsensusValueConflictsByNegation() {
        List<SourcedClaim> claims = List.of(
                claim("first", "fine", usd(3.6e6), "utility"),
                claim("second", "fine", usd(3.6e6), "utility"),
                claim("third", "fine", usd(3.6e6), true, "utility"));
        ClaimGroup group = new ClaimAligner().align(claims).getFirst();
        assertEquals(1, group.conflicts().size());
        assertEquals("negation", group.conflicts().getFirst().reason());
    }

    @Test
    void factsStatedByOneSourceOrWithoutEntitiesAreNotGroups() {
        List<SourcedClaim> claims = new ArrayList<>(List.of(
                claim("first", "fine", usd(3.6e6), "utility"),
                claim("first", "fine", usd(3.6e6), "utility"),
                claim("second", "cost", usd(9e6))));
        claims.add(claim("third", "cost", usd(9e6)));
        assertTrue(new ClaimAligner().align(claims).isEmpty());
    }

    @Test
    void twoSourcesThatDisagreeHaveNoConsensus() {
        ClaimGroup group = new ClaimAligner().align(List.of(
                claim("first", "fine", usd(3.6e6), "utility"),
                claim("second", "fine", usd(8e6), "utility"))).getFirst();
        assertFalse(group.consensus().isPresent());
        assertTrue(group.conflicts().isEmpty());
        assertTrue(group.supporting().isEmpty());
    }
}
