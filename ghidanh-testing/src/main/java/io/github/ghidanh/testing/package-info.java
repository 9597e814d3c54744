/**
 * Test data a host can reuse, with no dependency on any test framework: the bundled sample
 * ({@link io.github.ghidanh.testing.SampleCampaigns}), framework-neutral generators of nominees,
 * trees, campaigns and whole campaign scenarios ({@link io.github.ghidanh.testing.NomineeGenerators},
 * {@link io.github.ghidanh.testing.CampaignGenerators}) — plain functions of a stream of
 * {@link io.github.ghidanh.testing.Choices}, the same decisions always giving the same value and
 * smaller decisions a simpler value — a {@link io.github.ghidanh.testing.Shrinker} that shrinks a
 * failing value through its decisions, a framework-free {@link io.github.ghidanh.testing.Check},
 * and {@link io.github.ghidanh.testing.ScenarioRunner}, which runs a scenario through the
 * workflow. See {@code docs/testing.md}.
 */
package io.github.ghidanh.testing;
