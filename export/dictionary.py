"""The data dictionary: one description per published field.

Kept apart from the column lists (export/columns.py) so that adding a column there without
a description here is caught by a test rather than published undocumented.
"""
from __future__ import annotations

TABLES = {
    "table_id": "Stable table id (T1…T8, A1…A13, A7-01…, S-<SECTOR>-ER|COST, X01… for others; "
                "see the dataset contract).",
    "title": "Caption printed above the table (表N / 附件N …), empty when none was found.",
    "kind": "Kind of table; always 'table' for now.",
    "page_start": "1-based PDF page the table starts on.",
    "page_end": "1-based PDF page the table ends on (tables may continue over pages).",
    "n_rows": "Number of body rows (header rows not counted).",
    "n_cols": "Number of columns, the row-label column included.",
    "unit": "Unit of the table's amounts from the printed unit note (kCHF, CHFm, CHF), "
            "empty when none was printed.",
    "method": "Which extractor produced the table: words, camelot-lattice or camelot-stream.",
    "quality": "How far the reading can be vouched for (0…1): the extractor's score of the "
               "chosen method, lowered by the share of rows, columns, sums and figures in doubt "
               "(see doubts). Below 1 means a reviewer should look.",
    "orphans": "Figures printed inside the table's area that landed in no cell (each is also a "
               "failed check of kind extraction); 0 when the table was read whole.",
    "doubts": "What lowered quality, with counts: labels cut mid-phrase, rows of figures "
              "without a label, entity labels matching no id, sums failing far beyond "
              "rounding, orphan figures; empty when none.",
}

FACTS = {
    "edition": "Edition id, e.g. wpr-2022-23-zh.",
    "table_id": "Table the cell belongs to (tables.csv table_id).",
    "page": "1-based PDF page the cell is printed on.",
    "row_index": "0-based body row index within the table (header rows not counted).",
    "row_label": "The row's label as printed: wrapped lines joined, footnote markers removed, "
                 "NFKC-normalised, CJK radical look-alikes mapped to ideographs.",
    "row_id": "Canonical id of the row's entity (registry/entities.csv id), empty when the "
              "row is not an entity.",
    "column_index": "0-based printed column position; the label column is 0.",
    "column_label": "The column's header path, levels joined with ' / ', normalised like "
                    "row_label.",
    "column_id": "Canonical id when the column is an entity (e.g. a sector), else empty.",
    "value": "The number: (4,084) is -4084, '-' is 0, percentages as printed (94% is 94).",
    "unit": "kCHF, CHF, CHFm, percent, count (integers without a unit note) or number.",
    "raw": "The cell text as printed (footnote markers kept as superscript digits).",
    "x0": "Left edge of the printed cell, PDF points from the page's left edge.",
    "top": "Top edge of the printed cell, PDF points from the page's top edge.",
    "x1": "Right edge of the printed cell, PDF points from the page's left edge.",
    "bottom": "Bottom edge of the printed cell, PDF points from the page's top edge.",
    "period": "The biennium (2022/23) or year (2023) the fact is about: the most specific period "
              "printed in its column's header, else the edition's.",
    "measure_id": "What the column measures (registry/entities.csv id of kind measure: "
                  "M-BUDGET-APPROVED, M-EXPENDITURE, M-UTILISATION …), the same in every edition; "
                  "empty when the table's columns are not matched to measures.",
}

MATCHES = {
    "edition": "Edition id.",
    "table_id": "Table the label was met in (tables.csv table_id).",
    "axis": "row (a row label, column 0), column (a column's header path, matched to an "
            "entity) or measure (the same header path, matched to what the column measures).",
    "index": "row_index or column_index of the label in facts.csv.",
    "page": "1-based PDF page of the label.",
    "label": "The label as published in facts.csv.",
    "kind": "Entity kind of the match (registry/kinds.csv), empty when none.",
    "id": "Canonical id given to the label, empty when none (status review or none).",
    "score": "Similarity of the label to the chosen entity, 0…100.",
    "runner_up_id": "The second-best entity, for a reviewer to compare.",
    "runner_up_score": "Similarity of the runner-up, 0…100.",
    "status": "exact, fuzzy (accepted near match), review (no id given: a person decides) or "
              "none (not an entity).",
    "candidate_id": "The nearest entity of a label in review, the one a reviewer would accept.",
}

CHECKS = {
    "check_id": "Identifier of the check, unique within the edition.",
    "kind": "row_sum, column_sum, percent, cross_table, schema, extraction (a figure printed in "
            "the table that its reading left in no cell) or other.",
    "table_id": "Table of the checked figure.",
    "page": "1-based PDF page of the checked figure.",
    "row_label": "Row label of the checked figure.",
    "column_label": "Column label of the checked figure.",
    "expected": "The value the check computed (e.g. the sum of the components).",
    "found": "The value printed.",
    "difference": "found - expected.",
    "tolerance": "Largest difference explained by rounding of the printed figures.",
    "status": "pass, rounding (within tolerance) or fail.",
    "message": "What was compared, in words.",
    "cells": "The figures the check read, ';'-separated, each 'table_id:r<row_index>:c<column_index>' "
             "of facts.csv (the first is the figure checked); empty when it read none.",
    "x0": "Left edge of what an extraction check points at (no cell holds it), PDF points from "
          "the page's left edge; empty for other checks, whose figures are in facts.csv.",
    "top": "Top edge of what an extraction check points at, PDF points from the page's top edge.",
    "x1": "Right edge of what an extraction check points at, PDF points from the page's left edge.",
    "bottom": "Bottom edge of what an extraction check points at, PDF points from the page's top edge.",
    "review": "A reviewer's decision on a flagged check: new (none yet), real (an inconsistency of "
              "the report), extraction (an error of the reading), accepted, or lapsed (decided on "
              "other figures); empty for checks that passed.",
    "review_note": "The decision's note, who decided and when (schemas/rules/decisions.csv).",
}

ENTITIES = {
    "kind": "Entity kind (registry/kinds.csv kind).",
    "id": "Canonical id, unique across all kinds; facts.csv row_id and column_id refer to it.",
    "name_zh": "Canonical Chinese name as printed in the report.",
    "name_en": "English name.",
}

# The registry files as reviewers edit them (schemas/registry/README.md).
REGISTRY = {
    "id": "Canonical id.",
    "name_zh": "Canonical Chinese name as printed in the report.",
    "name_en": "English name.",
    "aliases": "Other printed forms, separated by '|'.",
    "editions": "Edition ids the entry is valid for, separated by '|'; empty means every "
                "edition.",
    "kind": "Entity kind, or the caption kind in captions.csv.",
    "file": "The registry file holding the kind's entities.",
    "code_pattern": "Regular expression of a printed code that names the id (e.g. '3.2').",
    "code_id": "The id a printed code names, e.g. ER{code}.",
    "strip_suffixes": "Generic suffixes ignored when comparing names (e.g. 部门).",
    "fuzzy": "yes when near matches may be accepted, no when only exact names count.",
    "description": "What the kind is.",
    "table_id": "Regular expression a table id must match whole; empty means every table "
                "(captions.csv: the id template of the captioned table).",
    "axis": "row or column; empty means both.",
    "kinds": "Entity kinds that may occur at the position, separated by '|'.",
    "pattern": "Regular expression searched in the label (or the caption).",
    "note": "Why the rule exists.",
}

# A printed table's columns are its own; documented once for all of them.
TABLE_LABEL = "Row label as printed (column 0 of the table)."
TABLE_CELLS = ("Column 0 is the row label; every other column holds the cell text as printed "
               "under the column label in the field's title (not parsed: facts.csv has the "
               "numbers). A field named c<i> stands for a blank or repeated printed label.")
