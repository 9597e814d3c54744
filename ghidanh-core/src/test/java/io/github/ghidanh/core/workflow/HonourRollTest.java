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
}
