package org.focalbot.bot.notes;

/**
 * One organisation in a partnership.
 *
 * @param organisation its name as people write it ("UN-Habitat")
 * @param sector       what kind of organisation it is; null when nobody has said
 */
public record Partner(String organisation, Sector sector) {
}
