/**
 * Test data a host can reuse, with no dependency on any test framework: the bundled sample
 * ({@link io.github.ghidanh.testing.SampleCampaigns}), framework-neutral generators of nominees,
 * trees, campaigns and whole campaign scenarios ({@link io.github.ghidanh.testing.NomineeGenerators},
 * {@link io.github.ghidanh.testing.CampaignGenerators}) — plain functions of a seeded
 * {@link java.util.random.RandomGenerator}, the same seed always giving the same value — and
 * {@link io.github.ghidanh.testing.ScenarioRunner}, which runs a scenario through the workflow.
 * See {@code docs/testing.md}.
 */
package io.github.ghidanh.testing;
