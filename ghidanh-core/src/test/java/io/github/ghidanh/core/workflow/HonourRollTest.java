package io.github.ghidanh.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HonourRollTest {

    static HonourRollEntry entry(int number, String owner, String nominee, Integer supersedes) {
        return new HonourRollEntry(number, owner, "c1", null, Fixtures.partyMember(nominee, "cb1", "Tên " + nominee), "Chi bộ",
                null, supersedes, null, null, supersedes == null ? null : "sửa", "BT", Instant.EPOCH);
    }

    @Test
    void currentEntriesLeaveOutTheSupersededOnes() {
        HonourRoll roll = HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", null), entry(2, "cb1", "b", null),
                entry(3, "cb1", "a", 1), entry(4, "cb1", "a", 3)));
        assertThat(roll.current()).extracting(HonourRollEntry::number).containsExactly(2, 4);
        assertThat(roll.isSuperseded(1)).isTrue();
        assertThat(roll.isSuperseded(2)).isFalse();
        assertThat(roll.isSuperseded(9)).isFalse();
        assertThat(roll.supersededBy(1)).map(HonourRollEntry::number).contains(3);
        assertThat(roll.supersededBy(3)).map(HonourRollEntry::number).contains(4);
        assertThat(roll.supersededBy(4)).isEmpty();
        assertThat(roll.nextNumber()).isEqualTo(5);
        assertThat(roll.current("c1")).hasSize(2);
        assertThat(roll.current("other")).isEmpty();
        assertThat(roll.append(entry(5, "cb1", "c", null)).size()).isEqualTo(5);
        assertThat(roll).isEqualTo(HonourRoll.of("cb1", roll.entries()));
    }

    @Test
    void refusesRollsThatAreNotNumberedOrLinkedProperly() {
        assertThatThrownBy(() -> HonourRoll.of("cb1", List.of(entry(1, "cb2", "a", null))))
                .hasFieldOrPropertyWithValue("code", WorkflowException.INVALID_ROLL).hasMessageContaining("belongs to the roll of \"cb2\"");
        assertThatThrownBy(() -> HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", null), entry(2, "cb1", "a", 1),
                entry(3, "cb1", "a", 1)))).hasMessageContaining("Entry 1 is corrected twice");
        assertThatThrownBy(() -> HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", 1))))
                .hasMessageContaining("corrects entry 1, which does not precede it");
        assertThatThrownBy(() -> HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", null), entry(1, "cb1", "b", null))))
                .hasMessageContaining("entry 2 is numbered 1");
        assertThatThrownBy(() -> HonourRoll.empty(" ")).hasFieldOrPropertyWithValue("code", WorkflowException.INVALID_ARGUMENT);
    }

    @Test
    void entriesAndCorrectionsAreFoundByNumberWithinTheRollOnly() {
        HonourRoll roll = HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", null), entry(2, "cb1", "b", null),
                entry(3, "cb1", "a", 1)));
        assertThat(roll.entry(0)).isEmpty();
        assertThat(roll.entry(1)).map(e -> e.nominee().id()).contains("a");
        assertThat(roll.entry(3)).map(HonourRollEntry::supersedes).contains(1);
        assertThat(roll.entry(4)).isEmpty();
        assertThat(roll.isSuperseded(0)).isFalse();
        assertThat(roll.isSuperseded(1)).isTrue();
        assertThat(roll.isSuperseded(3)).isFalse();
        assertThat(roll.isSuperseded(4)).isFalse();
        assertThat(roll.isSuperseded(-1)).isFalse();
        assertThat(roll.supersededBy(0)).isEmpty();
        assertThat(roll.supersededBy(1)).map(HonourRollEntry::number).contains(3);
        assertThat(roll.supersededBy(2)).isEmpty();
        assertThat(roll.supersededBy(4)).isEmpty();
        assertThat(HonourRoll.empty("cb1").isSuperseded(1)).isFalse();
        assertThat(HonourRoll.empty("cb1").supersededBy(1)).isEmpty();
    }

    @Test
    void theEntriesOfACampaignIncludeItsCorrectionsAndLeaveOutOtherCampaigns() {
        HonourRollEntry other = new HonourRollEntry(2, "cb1", "c0", null, Fixtures.partyMember("b", "cb1", "Tên b"), "Chi bộ",
                null, null, null, null, null, "BT", Instant.EPOCH);
        HonourRollEntry noCampaign = new HonourRollEntry(4, "cb1", null, null, Fixtures.partyMember("d", "cb1", "Tên d"),
                "Chi bộ", null, null, null, null, null, "BT", Instant.EPOCH);
        HonourRoll roll = HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", null), other, entry(3, "cb1", "a", 1), noCampaign));
        assertThat(roll.entries("c1")).extracting(HonourRollEntry::number).containsExactly(1, 3);
        assertThat(roll.entries("c0")).extracting(HonourRollEntry::number).containsExactly(2);
        assertThat(roll.entries("nope")).isEmpty();
        assertThat(roll.entries((String) null)).isEmpty();
        assertThat(roll.current("c1")).extracting(HonourRollEntry::number).containsExactly(3);
        assertThat(roll.current((String) null)).isEmpty();
        assertThat(roll.current()).extracting(HonourRollEntry::number).containsExactly(2, 3, 4);
    }

    @Test
    void appendingCopiesAndChecksTheNewEntry() {
        HonourRoll one = HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", null)));
        HonourRoll two = one.append(entry(2, "cb1", "a", 1));
        assertThat(one.size()).isEqualTo(1);
        assertThat(two.entries()).extracting(HonourRollEntry::number).containsExactly(1, 2);
        assertThat(two.isSuperseded(1)).isTrue();
        assertThatThrownBy(() -> two.append(entry(4, "cb1", "b", null)))
                .hasFieldOrPropertyWithValue("code", WorkflowException.INVALID_ROLL);
        assertThat(HonourRoll.of("cb1", null).size()).isZero();
    }

    @Test
    void rollsAreEqualByOwnerAndEntries() {
        HonourRoll roll = HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", null)));
        HonourRoll same = HonourRoll.of("cb1", List.of(entry(1, "cb1", "a", null)));
        assertThat(roll).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(roll).isNotEqualTo(HonourRoll.of("cb2", List.of(entry(1, "cb2", "a", null))));
        assertThat(roll).isNotEqualTo(HonourRoll.of("cb1", List.of(entry(1, "cb1", "b", null))));
        assertThat(roll).isNotEqualTo(HonourRoll.empty("cb1"));
        assertThat(roll).isNotEqualTo("cb1");
        assertThat(HonourRoll.empty("cb1")).isEqualTo(HonourRoll.of("cb1", List.of())).isNotEqualTo(HonourRoll.empty("cb2"));
        assertThat(roll.hashCode()).isNotEqualTo(HonourRoll.empty("cb1").hashCode());
        assertThat(roll).hasToString("HonourRoll[cb1, 1 entries]");
        assertThat(roll.ownerId()).isEqualTo("cb1");
    }
}
