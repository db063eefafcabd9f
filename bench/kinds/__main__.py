"""`python -m bench.kinds [--split dev|test] [--list]`: the posting reader's bodily demands of a job's kind, read
from the real title alone, against labels written blind from the titles (`labels.csv`, `LABELLING.md`). The titles
are read back from `postings_real.csv.gz` by row and checked against their hash; no text is stored in the project.
`--list` prints the dev split's disagreements; the test split is only ever totalled.
"""

from __future__ import annotations

import argparse
import sys

from bench.kinds.sample import postings_path, read_titles, title_id
from bench.kinds.score import DEMANDS, Label, demands_read, read_labels, table, tally
from matching.facts.reader import posting_facts


def titles_of(labels: list[Label]) -> list[str]:
    wanted = {label.row for label in labels}
    found = {row: title for row, title in read_titles(postings_path()) if row in wanted}
    for label in labels:
        if title_id(found.get(label.row, "")) != label.sid:
            raise SystemExit(f"row {label.row}: the title no longer matches its id {label.sid}")
    return [found[label.row] for label in labels]


def disagreements(labels: list[Label], titles: list[str], read: list[frozenset[str]]) -> list[str]:
    lines = []
    for label, title, found in zip(labels, titles, read, strict=True):
        for demand in DEMANDS:
            verdict, said = label.verdicts[demand], demand in found
            if (verdict == "yes" and not said) or (verdict == "no" and said):
                kind = "missed" if verdict == "yes" else "extra"
                lines.append(f"- {kind} {demand}: row {label.row} [{label.stratum}] {title}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.kinds", description=__doc__)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--list", action="store_true", help="print the dev split's disagreements")
    args = parser.parse_args(argv)
    if args.list and args.split != "dev":
        sys.exit("--list prints the dev split only: the test split is only totalled")
    labels = [label for label in read_labels() if label.split == args.split]
    titles = titles_of(labels)
    read = [demands_read(posting_facts(title, "")) for title in titles]
    print(f"{args.split}: {len(labels)} titles; the reader on the title alone (empty description)")
    print("\n".join(table([tally(labels, read, demand) for demand in DEMANDS])))
    if args.list:
        print("\n".join(disagreements(labels, titles, read)))


if __name__ == "__main__":
    main()
