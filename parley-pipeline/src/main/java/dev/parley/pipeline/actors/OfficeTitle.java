package dev.parley.pipeline.actors;

/**
 * An official's title from titles.tsv, or a counterpart word from markers.tsv.
 *
 * @param sector  GOV, MIL, DIP ... of the office; empty for a counterpart
 * @param english the title in English, as written on participants
 */
public record OfficeTitle(String sector, String english) {
}
