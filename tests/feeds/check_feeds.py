"""Validates the open data of a built site: every /api/v1 JSON file against its JSON
Schema (draft 2020-12), the GeoJSON against the rules of RFC 7946 that a schema cannot
express, and the files against each other. Prints a JSON report.

usage: check_feeds.py SITE_DIR
"""
import glob
import json
import os
import sys

import jsonschema

site = sys.argv[1]
api = os.path.join(site, "api", "v1")
problems, checked = [], 0


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validate(path, schema_name):
    global checked
    schema = load(os.path.join(api, "schema", schema_name))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for err in validator.iter_errors(load(path)):
        problems.append(f"{os.path.relpath(path, site)}: {'/'.join(map(str, err.absolute_path))}: {err.message}")
    checked += 1


validate(os.path.join(api, "locaties.json"), "locaties.schema.json")
for path in sorted(glob.glob(os.path.join(api, "gemeenten", "*.json"))):
    validate(path, "locaties.schema.json")
validate(os.path.join(api, "locaties.geojson"), "locaties.geojson.schema.json")

# RFC 7946 rules beyond the schema.
geo = load(os.path.join(api, "locaties.geojson"))
if "crs" in geo:
    problems.append("GeoJSON: no 'crs' member (RFC 7946 section 4)")
ids = [f["id"] for f in geo["features"]]
if len(ids) != len(set(ids)):
    problems.append("GeoJSON: feature ids are not unique")
for f in geo["features"]:
    lon, lat = f["geometry"]["coordinates"]
    # Section 3.1.1: longitude first. In the Netherlands longitude < latitude.
    if not lon < lat:
        problems.append(f"GeoJSON {f['id']}: coordinates are not [longitude, latitude]")
    if "bbox" in f and len(f["bbox"]) != 4:
        problems.append(f"GeoJSON {f['id']}: bbox must have 4 numbers")

# The files agree with each other.
all_locations = load(os.path.join(api, "locaties.json"))["locaties"]
by_id = {l["id"]: l for l in all_locations}
with_coords = sorted(l["id"] for l in all_locations if l["coordinaten"])
if sorted(ids) != with_coords:
    problems.append("GeoJSON: not the same locations as locaties.json (those with coordinates)")
for f in geo["features"]:
    c = by_id[f["id"]]["coordinaten"]
    if [c["lon"], c["lat"]] != f["geometry"]["coordinates"]:
        problems.append(f"GeoJSON {f['id']}: other coordinates than locaties.json")
per_gemeente = []


def serves(l, gid):
    w = l["werkgebied"]
    return w == "landelijk" or isinstance(w, list) and any(x["id"] == gid for x in w)


gids = [os.path.basename(p)[:-5] for p in glob.glob(os.path.join(api, "gemeenten", "*.json"))]
for path in sorted(glob.glob(os.path.join(api, "gemeenten", "*.json"))):
    gid = os.path.basename(path)[:-5]
    held = [l["id"] for l in load(path)["locaties"]]
    own = [l["id"] for l in load(path)["locaties"] if l["gemeente"] and l["gemeente"]["id"] == gid]
    per_gemeente += own
    # Its own locations first, then every regional or national service for it.
    also = sorted(l["id"] for l in all_locations if serves(l, gid) and l["id"] not in own)
    if held[:len(own)] != own or sorted(held[len(own):]) != also:
        problems.append(f"{gid}.json holds {held}, not its own {own} then {also}")
if sorted(per_gemeente) != sorted(l["id"] for l in all_locations if l["gemeente"]):
    problems.append("the gemeente files together do not hold every location with a gemeente once")
for l in all_locations:
    if not l["gemeente"] and not l["werkgebied"]:
        problems.append(f"{l['id']} has neither a gemeente nor a werkgebied")

print(json.dumps({"checked": checked, "features": len(ids), "problems": problems}))
