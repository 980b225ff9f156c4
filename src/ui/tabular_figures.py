"""Makes a font's default digits its tabular ones (OpenType 'tnum'), for the app's font atlas.

Dear ImGui draws glyphs straight from the character map and applies no OpenType features, so Inter's
proportional digits would make money in a column wander ("$1,111" narrower than "$8,888"). Pointing the
digits at their 'tnum' alternates gives every digit one width: right-aligned amounts line up digit by digit.

Usage: python3 tabular_figures.py <input font> <output font>
"""
import sys

from fontTools.ttLib import TTFont


def tabular_digits(font):
    """Maps each digit's glyph name to its tabular alternate, from the 'tnum' single substitutions."""
    cmap = font.getBestCmap()
    digits = {cmap[ord(c)] for c in "0123456789" if ord(c) in cmap}
    gsub = font["GSUB"].table
    swaps = {}
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag != "tnum":
            continue
        for index in record.Feature.LookupListIndex:
            for table in gsub.LookupList.Lookup[index].SubTable:
                for source, target in getattr(table, "mapping", {}).items():
                    if source in digits:
                        swaps[source] = target
    return swaps


def main(source, target):
    font = TTFont(source)
    swaps = tabular_digits(font)
    if len(swaps) != 10:
        sys.exit(f"{source}: expected tabular alternates for the 10 digits, found {len(swaps)}")
    for table in font["cmap"].tables:
        for code, glyph in list(table.cmap.items()):
            if glyph in swaps:
                table.cmap[code] = swaps[glyph]
    font.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
