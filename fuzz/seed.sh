#!/bin/sh
# Fills fuzz/corpus/<target>/ with seeds from the repository's claims/ folder.
# Run from anywhere: sh fuzz/seed.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../claims"
corpus="$here/corpus"
mkdir -p "$corpus/index" "$corpus/claims" "$corpus/check"

# The first 2 KB of a file, without a UTF-8 sequence cut in two at the end.
head2k() {
    head -c 2048 "$1" | iconv -c -f UTF-8 -t UTF-8 2>/dev/null || true
}

for article in "$src"/*.txt; do
    name=$(basename "$article" .txt)
    # index: whole article and its first 2 KB.
    cp "$article" "$corpus/index/$name.txt"
    head2k "$article" > "$corpus/index/$name.2k.txt"
    claims="$src/$name.claims.jsonl"
    [ -f "$claims" ] || continue
    # claims: the claims file and its first 2 KB.
    cp "$claims" "$corpus/claims/$name.claims.jsonl"
    head2k "$claims" > "$corpus/claims/$name.2k.claims.jsonl"
    # check: article, "\n---\n", claims; and a small version (2 KB of the
    # article, the first 5 claims).
    { cat "$article"; printf '\n---\n'; cat "$claims"; } > "$corpus/check/$name.full"
    { head2k "$article"; printf '\n---\n'; head -n 5 "$claims"; } > "$corpus/check/$name.small"
done
for t in index claims check; do
    echo "$t: $(ls "$corpus/$t" | wc -l) seeds"
done
