/**
 * The machinery every generated document shares, kept apart from what a document says: the official Chinese A4 layout
 * (GB/T 9704 margins, 红头 heading, 文号, 落款) with the embedded Noto Sans SC font, so every PDF reads the same on any viewer.
 */
package cn.bangfu.report.control;
