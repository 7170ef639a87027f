"""Reports: one renderer per result type and format (`report.render`), and the text of `show` and `list`.

The renderers of diffs and checks live in `report.render`, Atom in `report.atom`, the site in
`report.site`, SQLite in `report.sqlite`, charts in `report.plot`. Importing this package loads none
of them: each command imports the one it uses.
"""
