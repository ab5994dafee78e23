## English. Translated from nl.ftl; not yet reviewed by a native speaker.
## Plain English for visitors who do not read Dutch well: short sentences, "you".

# reviewed: no
language-name = English

## Dates, times and lists

# reviewed: no
time = { $h }:{ $mm }
# reviewed: no
day-month = { $day } { $month }
# reviewed: no
weekday-date = { $weekday } { $day } { $month }
# reviewed: no
date-year = { $date } { $year }
# reviewed: no
list-separator = {", "}
# reviewed: no
list-and = { $head } and { $last }
# reviewed: no
range = { $from } to { $to }
# reviewed: no
range-short = { $from }–{ $to }
# reviewed: no
short-hours = { $ranges }
# reviewed: no
closed = Closed

## Live status

# reviewed: no
status-open-until = Open now until { $time }.
# reviewed: no
status-closed = Closed now.
# reviewed: no
status-open-later-today = Closed now. Opens today at { $time }.
# reviewed: no
status-open-tomorrow = Closed now. Open again tomorrow at { $time }.
# reviewed: no
status-open-on = Closed now. Open again on { $date } at { $time }.
# reviewed: no
today-open = Today, { $date }: open from { $hours }.
# reviewed: no
today-closed = Today, { $date }: closed.
# reviewed: no
today-hours = Today: { $hours }.
# reviewed: no
today-closed-short = Closed today.
# reviewed: no
tomorrow-closed-short = Closed tomorrow.
# reviewed: no
tomorrow-hours = Tomorrow: { $hours }.

## Changes in the coming weeks

# reviewed: no
change-closed-on = Closed on { $date } ({ $reason }).
# reviewed: no
change-closed-until = Closed until { $until } ({ $reason }).
# reviewed: no
change-closed-from-to = Closed from { $from } to { $until } ({ $reason }).
# reviewed: no
change-open-on = On { $date } open from { $hours } ({ $reason }).
# reviewed: no
change-open-anyway = On { $date } open after all, from { $hours }.
# reviewed: no
no-changes = No other times in the coming weeks.

## Holidays

# reviewed: no
holidays-closed = We are closed on public holidays.
# reviewed: no
holidays-open = We are also open on public holidays.
# reviewed: no
holidays-closed-except = We are closed on public holidays, except on { $holidays }.
# reviewed: no
holiday-nieuwjaarsdag = New Year's Day
# reviewed: no
holiday-goede-vrijdag = Good Friday
# reviewed: no
holiday-eerste-paasdag = Easter Sunday
# reviewed: no
holiday-tweede-paasdag = Easter Monday
# reviewed: no
holiday-koningsdag = King's Day
# reviewed: no
holiday-bevrijdingsdag = Liberation Day
# reviewed: no
holiday-hemelvaartsdag = Ascension Day
# reviewed: no
holiday-eerste-pinksterdag = Whit Sunday
# reviewed: no
holiday-tweede-pinksterdag = Whit Monday
# reviewed: no
holiday-eerste-kerstdag = Christmas Day
# reviewed: no
holiday-tweede-kerstdag = Boxing Day

## Spreekuren: how often

# reviewed: no
repeat-weekly = Every { $weekdays }
# reviewed: no
repeat-iso-weeks = { $even ->
    [yes] On { $weekdays } in even weeks (week number)
   *[no] On { $weekdays } in odd weeks (week number)
}
# reviewed: no
repeat-other-week = Every other { $weekday }
# reviewed: no
repeat-other-week-from = Every other { $weekday }, from { $date }
# reviewed: no
repeat-monthly = The { $nths } { $weekdays } of the month
# reviewed: no
repeat-dates = On { $dates }
# reviewed: no
repeat-no-dates = There are no new dates
# reviewed: no
nth-first = first
# reviewed: no
nth-second = second
# reviewed: no
nth-third = third
# reviewed: no
nth-fourth = fourth
# reviewed: no
nth-last = last
# reviewed: no
session-sentence = { $when }, from { $hours }.
# reviewed: no
session-sentence-no-dates = { $when }.
# reviewed: no
period-from-to = From { $from } to { $until }.
# reviewed: no
period-from = From { $from }.
# reviewed: no
period-until = Until { $until }.
# reviewed: no
period-over = These sessions have ended.
# reviewed: no
season = From { $from } to { $until }.
# reviewed: no
not-during = Not during { $calendars }.
# reviewed: no
session-cancelled = Not on { $dates }.
# reviewed: no
session-extra = Also on { $dates }.
# reviewed: no
next-dates = Next dates: { $dates }.
# reviewed: no
no-next-dates = No new dates are planned yet.
# reviewed: no
popup-period = Open from { $from } to { $until }.

## The weekday overview

# reviewed: no
overview-nth-first = 1st
# reviewed: no
overview-nth-second = 2nd
# reviewed: no
overview-nth-third = 3rd
# reviewed: no
overview-nth-fourth = 4th
# reviewed: no
overview-monthly = { $nths } { $weekday } of the month
# reviewed: no
overview-iso-weeks = { $even ->
    [yes] in even weeks
   *[no] in odd weeks
}
# reviewed: no
overview-every-week = every week { $hours }
# reviewed: no
overview-other-week = every other week
# reviewed: no
overview-monthly-once = once a month
overview-dates = only on { $dates }
# reviewed: no
overview-not-every-week = not every week
# reviewed: no
overview-from = from { $date }
overview-until = until { $date }
overview-from-until = from { $from } until { $until }
# reviewed: no
overview-elsewhere = at another place
# reviewed: no
on-appointment = by appointment
# reviewed: no
today-mark = (today)

## Kinds of locations and how to come

# reviewed: no
kind-library-desk = Desk in the library
# reviewed: no
kind-whole-library = Throughout the library
# reviewed: no
kind-information-point = Part of an information centre
# reviewed: no
kind-partner-venue = At another place
# reviewed: no
kind-mobile = Mobile help point
# reviewed: no
kind-telephone = Help by phone
# reviewed: no
kind-pop-up = Temporary help point
# reviewed: no
venue-store-restaurant = In a store café
# reviewed: no
venue-supermarket = In the supermarket
# reviewed: no
venue-hospital = In the hospital
# reviewed: no
venue-community-centre = In the community centre
# reviewed: no
venue-care-home = In the care home
# reviewed: no
venue-town-hall = In the town hall
# reviewed: no
venue-market = At the market
# reviewed: no
visit-walk-in = You can come without an appointment.
# reviewed: no
visit-appointment = Make an appointment first.
# reviewed: no
visit-either = Come by, or make an appointment.
# reviewed: no
visit-phone-walk-in = You do not need an appointment. Just call us.
# reviewed: no
visit-phone-appointment = Make an appointment first. Then we call you.
# reviewed: no
visit-phone-either = Just call us. Or make an appointment.
# reviewed: no
visit-mobile-walk-in = Just come by when we are there.
# reviewed: no
visit-pop-up-walk-in = In this period you can come without an appointment.
# reviewed: no
visit-some-appointment = Some sessions need an appointment first. This is shown with them.
# reviewed: no
card-walk-in = No appointment needed
# reviewed: no
card-appointment = By appointment only
# reviewed: no
card-either = With or without an appointment
# reviewed: no
area-national = for the whole Netherlands
# reviewed: no
area-region = for people living in { $places }
# reviewed: no
area-national-sentence = For the whole Netherlands.
# reviewed: no
area-region-sentence = For people living in { $places }.
# reviewed: no
wide-national = For the whole Netherlands
# reviewed: no
wide-region = For a region
# reviewed: no
wide-both = For the whole Netherlands or a region

## Location page

# reviewed: no
hours-caption = Opening hours
# reviewed: no
hours-caption-library = Opening hours of the library
# reviewed: no
hours-caption-phone = When can you call?
# reviewed: no
hours-caption-phone-per-day = Call times per day
# reviewed: no
where = Where?
# reviewed: no
where-mobile = Where are we?
# reviewed: no
inside-building = In the building:
# reviewed: no
inside-mobile = Exactly where:
# reviewed: no
where-note-mobile = We are only here on the days and times below.
# reviewed: no
where-note-pop-up = This help point is only here for a short time. Check the dates.
# reviewed: no
route = Plan your route
# reviewed: no
route-with = (with Google Maps)
# reviewed: no
phone-only = You call us. You do not have to go anywhere.
# reviewed: no
call-us = Call us:
# reviewed: no
appointment-needed = Do you need an appointment?
# reviewed: no
when = When?
# reviewed: no
updated-on = Updated on { $date }.
# reviewed: no
who-when = Who is here when?
# reviewed: no
other-times = Please note: other times
# reviewed: no
bring = Bring this with you
# reviewed: no
bring-phone = Have this ready for the call
# reviewed: no
bring-more-sessions = Sometimes you need something else too. This is shown with the session or the topic.
# reviewed: no
bring-more = Sometimes you need something else too. This is shown with the topic.
# reviewed: no
bring-also = Also bring:
# reviewed: no
sessions = Sessions
# reviewed: no
sessions-intro = On these days there is a special session. Sometimes by another organisation.
# reviewed: no
session-by = By { $partners }
# reviewed: no
elsewhere = Please note, at another place:
# reviewed: no
elsewhere-dates = Please note, at another place on these days:
# reviewed: no
calendar-link = Add the sessions to your calendar
# reviewed: no
calendar-file = (iCalendar file).
# reviewed: no
we-help-with = Here we help you with
# reviewed: no
partners-here = Organisations that help here
# reviewed: no
contact = Contact
# reviewed: no
phone = Phone:
# reviewed: no
email = Email:
# reviewed: no
website = Website:
# reviewed: no
gemeente = Municipality:
# reviewed: no
building-access = Access to the building
# reviewed: no
access-entrance = Entrance
# reviewed: no
access-entrance-yes = No step or stairs
# reviewed: no
access-entrance-no = With a step or stairs
# reviewed: no
access-lift = Lift
# reviewed: no
access-lift-yes = There is a lift
# reviewed: no
access-lift-no = There is no lift
# reviewed: no
access-toilet = Toilet
# reviewed: no
access-toilet-yes = There is a toilet for people with a disability
# reviewed: no
access-toilet-no = There is no adapted toilet
# reviewed: no
access-loop = Hearing loop
# reviewed: no
access-loop-yes = There is a hearing loop for people with a hearing aid
# reviewed: no
access-loop-no = There is no hearing loop
# reviewed: no
access-parking = Parking
# reviewed: no
access-transit = Public transport
# reviewed: no
languages = Languages
# reviewed: no
we-speak = We speak { $languages }.
# reviewed: no
helpline-heading = Can you not come by?
# reviewed: no
helpline-heading-phone = Do these times not work for you?
# reviewed: no
helpline-call = Call the DigiHulplijn:
# reviewed: no
helpline-free = It is free.
# reviewed: no
helpline-hours = Monday to Friday, from 9:00 to 17:00.
# reviewed: no
checked-on = This information was checked on { $date }.
# reviewed: no
location-description = { $name }: free help with the digital government. Opening hours, sessions and address.
# reviewed: no
location-description-place = { $name }: free help with the digital government in { $place }. Opening hours, sessions and address.
# reviewed: no
in-dutch = This text is in Dutch.
# reviewed: no
in-dutch-note = (in Dutch)

## Every page

# reviewed: no
site-description = Free help with DigiD, benefits, taxes and other government matters. Find a help point near you.
# reviewed: no
skip-link = Skip to the content
# reviewed: no
main-menu = Main menu
# reviewed: no
menu-search = Search
# reviewed: no
menu-gemeenten = Municipalities
# reviewed: no
menu-themes = What we help with
# reviewed: no
menu-about = About us
# reviewed: no
language-switch = Language
# reviewed: no
prefer-calling = Prefer to call?
# reviewed: no
site-by = A website of { $organisation }.
# reviewed: no
about-site = About this website
# reviewed: no
partners-link = Organisations that help
# reviewed: no
all-locations = All help points
# reviewed: no
staff-link = For staff: print and screens (in Dutch)
# reviewed: no
example-label = Please note:
# reviewed: no
example-note = the help points on this website are examples. The details are not real.
# reviewed: no
footer-updated = Updated on { $date }. This website does not use cookies.
# reviewed: no
you-are-here = You are here
# reviewed: no
home = Home

## Home page and finder

# reviewed: no
home-title = Help with the digital government
# reviewed: no
home-lead = Is something not working on your computer or phone? For example with DigiD, benefits or your tax return? At an Informatiepunt Digitale Overheid we help you.
# reviewed: no
home-free = The help is free.
# reviewed: no
home-no-member = You do not need to be a library member.
# reviewed: no
choose-gemeente = Or choose your municipality
# reviewed: no
how-we-help = What can we help with?
# reviewed: no
all-count = All { $count } help points
# reviewed: no
gemeente-name = Municipality of { $name }
# reviewed: no
finder-title = Find a help point near you
# reviewed: no
finder-label = Your postcode or town
# reviewed: no
finder-hint = For example 5041 SG or Tilburg.
# reviewed: no
finder-submit = Search
# reviewed: no
finder-theme = What do you need help with?
# reviewed: no
finder-all-themes = All topics
# reviewed: no
finder-open = Open now
# reviewed: no
finder-walk-in = No appointment needed
# reviewed: no
finder-here = Use my location
# reviewed: no
finder-attribution = Postcode and place coordinates:
# reviewed: no
finder-licence = licence
# reviewed: no
finder-edited = Edited.
# reviewed: no
search-title = Find a help point
# reviewed: no
search-lead = Type your postcode or town. You will see the help points closest to you.
# reviewed: no
search-choose = Rather choose yourself?
# reviewed: no
search-choose-link = See the help points per municipality
# reviewed: no
search-private = Your postcode is not sent to us or to any company. Your computer or phone searches by itself.

## Lists, themes and gemeenten

# reviewed: no
locations-title = All help points
# reviewed: no
locations-lead = Here are all help points, per municipality.
# reviewed: no
gemeenten-title = Help points per municipality
# reviewed: no
gemeenten-lead = Choose your municipality. Then you see where you can get help.
# reviewed: no
gemeente-title = Help points in { $name }
# reviewed: no
gemeente-description = Free help with the digital government in the municipality of { $name }. Here you find all help points.
# reviewed: no
gemeente-lead = { $count ->
    [one] The municipality of { $name } has 1 help point.
   *[other] The municipality of { $name } has { $count } help points.
} Choose a place. Then you see when you can come.
# reviewed: no
gemeente-choose-theme = Choose a topic. Then you see where you can go.
# reviewed: no
per-theme = Per topic
# reviewed: no
also-for-you = Also for you
# reviewed: no
also-for-you-lead = This help is also for people living in { $name }.
# reviewed: no
gemeente-staff = Do you work for the municipality of { $name }?
# reviewed: no
gemeente-staff-link = Put these help points on your own website (in Dutch)
# reviewed: no
card-call = Call
# reviewed: no
card-gemeente = municipality of { $name }
# reviewed: no
themes-title = What we help with
# reviewed: no
themes-lead = We help you with many government matters. Choose a topic.
# reviewed: no
theme-partners = Organisations that help with this
# reviewed: no
theme-where = Where you can go
# reviewed: no
theme-none = There is no help point with this topic yet. Call the DigiHulplijn:
# reviewed: no
partners-title = Organisations that help
# reviewed: no
not-found-title = Page not found
# reviewed: no
not-found-heading = This page does not exist
# reviewed: no
not-found-lead = Maybe the page has moved. Or there is a mistake in the address.
# reviewed: no
not-found-home = To the home page
# reviewed: no
not-found-gemeente = Find a help point in your municipality
# reviewed: no
organisations = Organisations
# reviewed: no
partners-lead = These organisations work with the help points. Sometimes they hold a session with us.
# reviewed: no
partners-national = National organisations
# reviewed: no
partners-local = Local organisations
# reviewed: no
partner-where = Where to find { $name }
# reviewed: no
partner-none = { $name } has no session at a help point now.

## The finder (its script writes these)

# reviewed: no
finder-postcode = postcode { $code }
# reviewed: no
finder-postcode-near = We do not know postcode { $code }. We search near { $area }.
# reviewed: no
finder-postcode-unknown = We do not know postcode { $code }. Type the name of your town.
# reviewed: no
finder-nothing = We cannot find a place or postcode "{ $query }". Type a postcode, such as 5041 SG, or a place.
# reviewed: no
finder-place = { $place } (municipality of { $gemeente })
# reviewed: no
finder-choice = { $place } (municipality of { $gemeente }, { $province })
# reviewed: no
finder-chosen-theme = help with { $theme }
# reviewed: no
finder-chosen-open = open now
# reviewed: no
finder-chosen-walk-in = no appointment needed
# reviewed: no
finder-chosen = Your choice: { $list }.
# reviewed: no
finder-results = Help points near { $label }
# reviewed: no
finder-results-for = Help points near { $label }: { $list }
# reviewed: no
finder-other-place = Did you mean another place?
# reviewed: no
finder-nearest = { $count ->
    [one] This is the help point closest to { $label }.
   *[other] These are the { $count } help points closest to { $label }.
}
# reviewed: no
finder-further = There are more further away.
# A distance under 0.1 km, instead of "0,0 km".
finder-km-near = less than 100 metres
# reviewed: no
finder-none = No help point matches your choice.
# reviewed: no
finder-none-hint = Choose fewer boxes or another topic.
# reviewed: no
finder-more = Show more
# reviewed: no
finder-showing = { $count ->
    [one] You now see 1 help point.
   *[other] You now see { $count } help points.
}
# reviewed: no
finder-also-call = { $count ->
    [one] You can also call.
   *[other] You can also call: there are { $count } phone numbers.
}
# reviewed: no
finder-type-first = First type a postcode or place.
# reviewed: no
finder-searching = Searching...
# reviewed: no
finder-failed = Searching does not work now. Choose your municipality below.
# reviewed: no
finder-your-location = your location
# reviewed: no
finder-location-unknown = Your location is not known. Type a postcode or place.
# reviewed: no
finder-helpline-kind = National help line by phone
# reviewed: no
finder-helpline-visit = Calling is free. Monday to Friday, from 9:00 to 17:00.
# reviewed: no
decimal-separator = {"."}

## Flyers (print)

# reviewed: no
print-free-help = Free help with { $themes }.
# reviewed: no
print-call-us = Call us
# reviewed: no
print-when-call = When to call?
# reviewed: no
print-other-days-closed = Closed on other days.
# reviewed: no
print-who-on-back = Who is here when: see the back.
# reviewed: no
print-sessions-on-back = See the back for the sessions.
# reviewed: no
print-free = It is free.
# reviewed: no
print-by = A help point of { $organisation }.
# reviewed: no
print-more-info = More information: { $url }
# reviewed: no
print-sessions-count = Every week there are { $count } sessions by different organisations. Scan the QR code for all days and times.
# reviewed: no
print-also-dates = Also sessions on single days.
# reviewed: no
print-times-online = The times are on the website: scan the QR code.
# reviewed: no
print-how = How it works
# reviewed: no
print-how-call = Call { $phone } at one of the times on the front.
# reviewed: no
print-how-tell = Tell us what you need help with.
# reviewed: no
print-how-help = A staff member helps you by phone.
# reviewed: no
print-come-by = Come by during opening hours. We are happy to help.
# reviewed: no
print-we-help = We help you with
# reviewed: no
print-bring = Bring
# reviewed: no
print-call = Call
# reviewed: no
print-all-times = All times:
# reviewed: no
print-all-times-route = All times and how to get there:
# reviewed: no
print-scan = Scan me
# reviewed: no
print-qr = QR code. It opens { $url }.
# reviewed: no
print-phone-visit = You do not need an appointment. Call at one of the times.
# reviewed: no
rule-every-week = Every week
# reviewed: no
rule-iso-weeks = { $even ->
    [yes] In even weeks (week number)
   *[no] In odd weeks (week number)
}
# reviewed: no
rule-other-week = Every other week
# reviewed: no
outside-period = This help point is not here then

## Slides

# reviewed: no
slide-we-speak-this = We can also help you in English.

## Embeds (the iframe on a municipal site)

# reviewed: no
table-day = Day
# reviewed: no
table-time = Time
# reviewed: no
embed-more = More about { $name }
# reviewed: no
embed-source = Information from { $site }.
# reviewed: no
embed-call = Prefer to call? The DigiHulplijn helps for free:
# reviewed: no
embed-gemeente-call = Prefer to call? The DigiHulplijn helps too:
# reviewed: no
embed-gemeente-lead = Here you get free help with DigiD, benefits and other government matters.
# reviewed: no
# The grammatical gender of weekday $day (Monday = 0), for the ordinals.
weekday-gender = m
