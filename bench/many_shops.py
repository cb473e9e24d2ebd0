#!/usr/bin/env python3
"""Fills a kiosk database with N published shops, copies of the demo shop with their own slugs.

usage: many_shops.py DATABASE N      (run `vitrine admin demo` on the state directory first)
"""
import sqlite3, sys, uuid

path, count = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(path)
draft, page, at = db.execute("SELECT draft, page, published_at FROM shops WHERE slug = 'demo'").fetchone()
rows = ((str(uuid.uuid4()), f"boulangerie-{n}", draft, page, at, at, at) for n in range(count))
with db:
    db.executemany("INSERT INTO shops (id, owner_id, slug, draft, page, created_at, updated_at, published_at) "
                   "VALUES (?, NULL, ?, ?, ?, ?, ?, ?)", rows)
print(db.execute("SELECT count(*) FROM shops WHERE page IS NOT NULL").fetchone()[0])
