/**
 * Hooks for tools around the renderer, not needed to render a document:
 * {@link io.github.ghidanh.report.spi.PreparedDocument}, the compiled template and the data of one
 * render. Nothing here exposes a JasperReports type.
 */
package io.github.ghidanh.report.spi;
