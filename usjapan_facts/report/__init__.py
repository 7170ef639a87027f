"""Reports: one renderer per result type and format, chosen through one registry (`report.registry`).

Diffs are rendered by `report.render`, checks by `report.check`, the log by `report.log`, a fact's
history by `report.history`, versions, facts and the catalogue by `report.show`, the tidy table by
`report.export`, two kept texts compared by `report.texts`; Atom in `report.atom`, the site in
`report.site`, SQLite in `report.sqlite`, charts in `report.plot`. Importing this package loads none
of them: the registry imports each on first use.
"""
