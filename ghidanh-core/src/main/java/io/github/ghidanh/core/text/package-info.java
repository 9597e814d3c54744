/**
 * Vietnamese text: NFC normalisation, canonical tone placement, comparison and accent folding
 * ({@link io.github.ghidanh.core.text.VietnameseText}), the Vietnamese order of personal names,
 * dates as official documents write them ({@link io.github.ghidanh.core.text.VietnameseDates}),
 * citizen-ID shape and masking ({@link io.github.ghidanh.core.text.CitizenId}), TCVN3/VNI legacy
 * text ({@link io.github.ghidanh.core.text.LegacyEncoding}) and unsafe characters
 * ({@link io.github.ghidanh.core.text.TextChecks}). Pure functions, thread-safe. See
 * {@code docs/vietnamese-text.md}.
 */
package io.github.ghidanh.core.text;
