"""Expands every location's agenda.ics (with the independent libraries icalendar and
recurring-ical-events) and its schema.org JSON-LD (with the small expander below) over a
window, and compares the dates and times with what the Rust code says (expected.json,
written by tests/calendars.rs). Prints a JSON report: {"compared": N, "mismatches": [...]}.

usage: check_calendars.py SITE_DIR EXPECTED_JSON
"""
import datetime as dt
import json
import re
import sys
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

AMS = ZoneInfo("Europe/Amsterdam")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def hm(t):
    return t.strftime("%H:%M")


def ics_occurrences(path, start, end):
    """{series key: sorted [(date, start, end)]} from the calendar file."""
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    out = {}
    for ev in recurring_ical_events.of(cal).between(start, end):
        uid = str(ev["UID"]).split("@")[0]
        # A date at another address is an event of its own: "<series>-<date>".
        uid = re.sub(r"-\d{4}-\d{2}-\d{2}$", "", uid)
        key = uid if "-spreekuur-" in uid else "hours"
        s = ev["DTSTART"].dt.astimezone(AMS)
        e = ev["DTEND"].dt.astimezone(AMS)
        item = (s.date().isoformat(), hm(s), hm(e))
        if key != "hours":
            item += (str(ev.get("LOCATION", "")),)
        out.setdefault(key, []).append(item)
    return {k: sorted(v) for k, v in out.items()}


def jsonld_of(html):
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def covers(sch, d):
    start = dt.date.fromisoformat(sch["startDate"])
    end = dt.date.fromisoformat(sch["endDate"])
    if not start <= d <= end or d.isoformat() in sch.get("exceptDate", []):
        return False
    if sch.get("repeatCount") == 1:
        return d == start
    days = sch["byDay"] if isinstance(sch["byDay"], list) else [sch["byDay"]]
    if not any(x.endswith(DAYS[d.weekday()]) for x in days):
        return False
    freq = sch["repeatFrequency"]
    if freq == "P1W":
        return True
    if freq == "P2W":
        return (d - start).days % 14 == 0
    if freq == "P1M":
        n = sch["byMonthWeek"]
        last = ((d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)).day
        return d.day + 7 > last if n == -1 else (d.day - 1) // 7 + 1 == n
    raise ValueError(freq)


def jsonld_sessions(doc, days):
    out = {}
    for ev in doc.get("event", []):
        occ = []
        street = ev.get("location", {}).get("address", {}).get("streetAddress", "")
        for sch in ev["eventSchedule"]:
            occ += [(d.isoformat(), sch["startTime"], sch["endTime"], street) for d in days if covers(sch, d)]
        key = re.sub(r"-\d{4}-\d{2}-\d{2}$", "", ev["identifier"])
        out[key] = sorted(out.get(key, []) + occ)
    return out


def jsonld_hours(doc, d):
    """Opening ranges on d: the most specific special specification wins, else the week."""
    specials = [s for s in doc.get("specialOpeningHoursSpecification", [])
                if s["validFrom"] <= d.isoformat() <= s["validThrough"]]
    if specials:
        span = min((dt.date.fromisoformat(s["validThrough"]) - dt.date.fromisoformat(s["validFrom"])).days for s in specials)
        best = [s for s in specials
                if (dt.date.fromisoformat(s["validThrough"]) - dt.date.fromisoformat(s["validFrom"])).days == span]
        return sorted([s["opens"], s["closes"]] for s in best if s["opens"] != s["closes"])
    return sorted([s["opens"], s["closes"]] for s in doc.get("openingHoursSpecification", [])
                  if s["dayOfWeek"].endswith(DAYS[d.weekday()])
                  and s.get("validFrom", "0") <= d.isoformat() <= s.get("validThrough", "9"))


def main():
    site, expected_path = sys.argv[1], sys.argv[2]
    expected = json.load(open(expected_path))
    first = dt.date.fromisoformat(expected["from"])
    days = [first + dt.timedelta(days=i) for i in range(expected["days"])]
    start = dt.datetime.combine(first, dt.time(), AMS)
    end = dt.datetime.combine(days[-1] + dt.timedelta(days=1), dt.time(), AMS)
    compared, mismatches = 0, []

    def check(what, got, want):
        nonlocal compared
        compared += 1
        if got != want:
            mismatches.append({"what": what, "got": got, "want": want})

    for loc in expected["locations"]:
        slug = loc["slug"]
        ics = ics_occurrences(f"{site}/locaties/{slug}/agenda.ics", start, end)
        doc = jsonld_of(open(f"{site}/locaties/{slug}/index.html", encoding="utf-8").read())
        ld = jsonld_sessions(doc, days)
        for key, want in loc["sessions"].items():
            # [date, start, end, LOCATION in the .ics, street in the JSON-LD ("" = the location)]
            check(f"{key} in agenda.ics", ics.get(key, []), [tuple(x[:4]) for x in want])
            check(f"{key} in JSON-LD", [tuple(x) for x in ld.get(key, [])], [tuple(x[:3] + x[4:]) for x in want])
        want_hours = sorted(tuple(x) for x in loc["hours"])
        if loc["week"]:
            check(f"{slug} opening hours in agenda.ics", ics.get("hours", []), want_hours)
            got = sorted((d.isoformat(), o, c) for d in days for o, c in jsonld_hours(doc, d))
            check(f"{slug} opening hours in JSON-LD", got, want_hours)
        else:
            # Without a week table the JSON-LD states only the exceptions (holidays,
            # closures, other hours); each day it states must be true.
            specs = doc.get("specialOpeningHoursSpecification", [])
            stated = {d.isoformat() for d in days
                      if any(s["validFrom"] <= d.isoformat() <= s["validThrough"] for s in specs)}
            got = sorted((d.isoformat(), o, c) for d in days if d.isoformat() in stated
                         for o, c in jsonld_hours(doc, d))
            check(f"{slug} exceptional hours in JSON-LD", got, [h for h in want_hours if h[0] in stated])
    print(json.dumps({"compared": compared, "mismatches": mismatches[:10], "total": len(mismatches)}))


main()
