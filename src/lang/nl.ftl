## Dutch: the source language. Every other catalogue has the same messages.
## Citizens read these texts: B1 Dutch, short sentences, "u".
## Arguments named $weekday, $day, $month, $year, $date are made by the program from CLDR
## names; $time and $hours are times made with `time` and `range`.

language-name = Nederlands

## Dates, times and lists

time = { $h }.{ $mm }
day-month = { $day } { $month }
weekday-date = { $weekday } { $day } { $month }
date-year = { $date } { $year }
list-separator = {", "}
list-and = { $head } en { $last }
# One time range: "10.00 tot 17.00 uur".
range = { $from } tot { $to } uur
# A short time range on narrow places: "10.00–12.00" (the ranges joined, then `short-hours`).
range-short = { $from }–{ $to }
short-hours = { $ranges } uur
closed = Gesloten

## Live status (also made by the browser script)

status-open-until = Nu open tot { $time } uur.
status-closed = Nu gesloten.
status-open-later-today = Nu gesloten. Vandaag open om { $time } uur.
status-open-tomorrow = Nu gesloten. Morgen weer open om { $time } uur.
status-open-on = Nu gesloten. Weer open op { $date } om { $time } uur.
today-open = Vandaag, { $date }: open van { $hours }.
today-closed = Vandaag, { $date }: gesloten.
today-hours = Vandaag: { $hours }.
today-closed-short = Vandaag gesloten.
tomorrow-closed-short = Morgen gesloten.
tomorrow-hours = Morgen: { $hours }.

## Changes in the coming weeks

change-closed-on = Gesloten op { $date } ({ $reason }).
change-closed-until = Gesloten tot en met { $until } ({ $reason }).
change-closed-from-to = Gesloten van { $from } tot en met { $until } ({ $reason }).
change-open-on = Op { $date } open van { $hours } ({ $reason }).
change-open-anyway = Op { $date } wel open van { $hours }.
no-changes = De komende tijd zijn er geen andere tijden.

## Holidays

holidays-closed = Op feestdagen zijn wij gesloten.
holidays-open = Wij zijn ook open op feestdagen.
holidays-closed-except = Op feestdagen zijn wij gesloten. Behalve op { $holidays }.
holiday-nieuwjaarsdag = Nieuwjaarsdag
holiday-goede-vrijdag = Goede Vrijdag
holiday-eerste-paasdag = Eerste Paasdag
holiday-tweede-paasdag = Tweede Paasdag
holiday-koningsdag = Koningsdag
holiday-bevrijdingsdag = Bevrijdingsdag
holiday-hemelvaartsdag = Hemelvaartsdag
holiday-eerste-pinksterdag = Eerste Pinksterdag
holiday-tweede-pinksterdag = Tweede Pinksterdag
holiday-eerste-kerstdag = Eerste Kerstdag
holiday-tweede-kerstdag = Tweede Kerstdag

## Spreekuren: how often

repeat-weekly = Elke { $weekdays }
repeat-iso-weeks = { $even ->
    [yes] Op { $weekdays } in de even weken (weeknummer)
   *[no] Op { $weekdays } in de oneven weken (weeknummer)
}
repeat-other-week = Om de week op { $weekday }
repeat-other-week-from = Om de week op { $weekday }, vanaf { $date }
repeat-monthly = Elke { $nths } { $weekdays } van de maand
repeat-dates = Op { $dates }
repeat-no-dates = Er zijn geen nieuwe data
nth-first = eerste
nth-second = tweede
nth-third = derde
nth-fourth = vierde
nth-last = laatste
session-sentence = { $when }, van { $hours }.
session-sentence-no-dates = { $when }.
period-from-to = Van { $from } tot en met { $until }.
period-from = Vanaf { $from }.
period-until = Tot en met { $until }.
period-over = Deze spreekuren zijn voorbij.
season = Van { $from } tot en met { $until }.
not-during = Niet in { $calendars }.
session-cancelled = Niet op { $dates }.
session-extra = Extra op { $dates }.
next-dates = Volgende keren: { $dates }.
no-next-dates = Er zijn nu geen nieuwe data gepland.
popup-period = Open van { $from } tot en met { $until }.

## The weekday overview

overview-nth-first = 1e
overview-nth-second = 2e
overview-nth-third = 3e
overview-nth-fourth = 4e
overview-monthly = { $nths } { $weekday } van de maand
overview-iso-weeks = { $even ->
    [yes] in even weken
   *[no] in oneven weken
}
overview-every-week = elke week { $hours }
overview-other-week = om de week
overview-monthly-once = een keer per maand
overview-dates = alleen op { $dates }
overview-not-every-week = niet elke week
overview-from = vanaf { $date }
overview-until = tot en met { $date }
overview-from-until = van { $from } tot en met { $until }
overview-elsewhere = op een andere plek
on-appointment = op afspraak
today-mark = (vandaag)

## Kinds of locations and how to come

kind-library-desk = Balie in de bibliotheek
kind-whole-library = In de hele bibliotheek
kind-information-point = Deel van een informatieplein
kind-partner-venue = Op een andere plek
kind-mobile = Mobiel informatiepunt
kind-telephone = Hulp via de telefoon
kind-pop-up = Tijdelijk informatiepunt
venue-store-restaurant = In een winkelrestaurant
venue-supermarket = In de supermarkt
venue-hospital = In het ziekenhuis
venue-community-centre = In het buurthuis
venue-care-home = In het zorgcentrum
venue-town-hall = In het gemeentehuis
venue-market = Op de markt
visit-walk-in = U kunt zonder afspraak langskomen.
visit-appointment = Maak eerst een afspraak.
visit-either = Kom langs, of maak een afspraak.
visit-phone-walk-in = U hoeft geen afspraak te maken. Bel ons gewoon.
visit-phone-appointment = Maak eerst een afspraak. Dan bellen wij u.
visit-phone-either = Bel ons gewoon. Of maak een afspraak.
visit-mobile-walk-in = Loop gerust even langs als wij er staan.
visit-pop-up-walk-in = U kunt in deze periode zonder afspraak langskomen.
visit-some-appointment = Voor sommige spreekuren maakt u eerst een afspraak. Dat staat erbij.
card-walk-in = Zonder afspraak
card-appointment = Alleen op afspraak
card-either = Met of zonder afspraak
area-national = voor heel Nederland
area-region = voor inwoners van { $places }
area-national-sentence = Voor heel Nederland.
area-region-sentence = Voor inwoners van { $places }.
wide-national = Voor heel Nederland
wide-region = Voor een regio
wide-both = Voor heel Nederland of een regio

## Location page

hours-caption = Openingstijden
hours-caption-library = Openingstijden van de bibliotheek
hours-caption-phone = Wanneer kunt u bellen?
hours-caption-phone-per-day = Beltijden per dag
where = Waar?
where-mobile = Waar staan wij?
inside-building = In het gebouw:
inside-mobile = Waar precies:
where-note-mobile = Wij staan hier alleen op de dagen en tijden hieronder.
where-note-pop-up = Dit informatiepunt is er maar een korte tijd. Kijk goed naar de data.
route = Route plannen
route-with = (met Google Maps)
phone-only = U belt ons. U hoeft nergens heen.
call-us = Bel ons:
appointment-needed = Afspraak nodig?
when = Wanneer?
updated-on = Bijgewerkt op { $date }.
who-when = Wie is er wanneer?
other-times = Let op: andere tijden
bring = Neem dit mee
bring-phone = Leg dit klaar voor het gesprek
bring-more-sessions = Soms heeft u nog iets anders nodig. Dat staat bij het spreekuur of bij het onderwerp.
bring-more = Soms heeft u nog iets anders nodig. Dat staat bij het onderwerp.
bring-also = Neem ook mee:
sessions = Spreekuren
sessions-intro = Op deze dagen is er een speciaal spreekuur. Soms van een andere organisatie.
session-by = Door { $partners }
elsewhere = Let op, op een andere plek:
elsewhere-dates = Let op, op deze dagen op een andere plek:
calendar-link = Zet de spreekuren in uw agenda
calendar-file = (iCalendar-bestand).
we-help-with = Hiermee helpen wij u
partners-here = Organisaties die hier helpen
contact = Contact
phone = Telefoon:
email = E-mail:
website = Website:
gemeente = Gemeente:
building-access = Toegankelijkheid van het gebouw
access-entrance = Ingang
access-entrance-yes = Zonder drempel of trap
access-entrance-no = Met een drempel of trap
access-lift = Lift
access-lift-yes = Er is een lift
access-lift-no = Er is geen lift
access-toilet = Toilet
access-toilet-yes = Er is een toilet voor mensen met een beperking
access-toilet-no = Er is geen aangepast toilet
access-loop = Ringleiding
access-loop-yes = Er is een ringleiding voor mensen met een hoortoestel
access-loop-no = Er is geen ringleiding
access-parking = Parkeren
access-transit = Openbaar vervoer
languages = Talen
we-speak = Wij spreken { $languages }.
helpline-heading = Kunt u niet langskomen?
helpline-heading-phone = Lukt het niet op deze tijden?
helpline-call = Bel de DigiHulplijn:
helpline-free = Dat is gratis.
helpline-hours = Maandag tot en met vrijdag, van 9.00 tot 17.00 uur.
checked-on = Deze informatie is gecontroleerd op { $date }.
location-description = { $name }: gratis hulp bij de digitale overheid. Openingstijden, spreekuren en adres.
location-description-place = { $name }: gratis hulp bij de digitale overheid in { $place }. Openingstijden, spreekuren en adres.
# Shown above text an author wrote in Dutch when there is no translation (not on Dutch pages).
in-dutch = Deze tekst is in het Nederlands.
# After the Dutch title of a page that is not translated, in a list of links.
in-dutch-note = (in het Nederlands)

## Every page

site-description = Gratis hulp bij DigiD, toeslagen, belastingen en andere zaken van de overheid. Zoek een informatiepunt bij u in de buurt.
skip-link = Direct naar de inhoud
main-menu = Hoofdmenu
menu-search = Zoeken
menu-gemeenten = Gemeenten
menu-themes = Waarmee wij helpen
menu-about = Over ons
language-switch = Taal
prefer-calling = Liever bellen?
site-by = Een website van { $organisation }.
about-site = Over deze website
partners-link = Organisaties die meehelpen
all-locations = Alle informatiepunten
staff-link = Voor medewerkers: drukwerk en schermen
example-label = Let op:
example-note = de informatiepunten op deze website zijn voorbeelden. De gegevens kloppen niet.
footer-updated = Bijgewerkt op { $date }. Deze website gebruikt geen cookies.
you-are-here = U bent hier
home = Home

## Home page and finder

home-title = Hulp bij de digitale overheid
home-lead = Lukt iets niet op de computer of telefoon? Bijvoorbeeld met DigiD, toeslagen of uw belastingaangifte? Bij een Informatiepunt Digitale Overheid helpen wij u verder.
home-free = De hulp is gratis.
home-no-member = U hoeft geen lid te zijn van de bibliotheek.
choose-gemeente = Of kies uw gemeente
how-we-help = Waarmee kunnen wij helpen?
all-count = Alle { $count } informatiepunten
gemeente-name = Gemeente { $name }
finder-title = Zoek een informatiepunt bij u in de buurt
finder-label = Uw postcode of woonplaats
finder-hint = Bijvoorbeeld 5041 SG of Tilburg.
finder-submit = Zoeken
finder-theme = Waarmee wilt u hulp?
finder-all-themes = Alle onderwerpen
finder-open = Nu open
finder-walk-in = Zonder afspraak
finder-here = Gebruik mijn locatie
finder-attribution = Postcode- en plaatscoördinaten:
finder-licence = licentie
finder-edited = Bewerkt.
search-title = Zoek een informatiepunt
search-lead = Typ uw postcode of woonplaats. U ziet dan de informatiepunten die het dichtst bij u zijn.
search-choose = Liever zelf kiezen?
search-choose-link = Bekijk de informatiepunten per gemeente
search-private = Uw postcode gaat niet naar ons of naar een ander bedrijf. Uw computer of telefoon zoekt zelf.

## Lists, themes and gemeenten

locations-title = Alle informatiepunten
locations-lead = Hier staan alle informatiepunten, per gemeente.
gemeenten-title = Informatiepunten per gemeente
gemeenten-lead = Kies uw gemeente. Dan ziet u waar u hulp kunt krijgen.
gemeente-title = Informatiepunten in { $name }
gemeente-description = Gratis hulp bij de digitale overheid in de gemeente { $name }. Hier vindt u alle informatiepunten.
gemeente-lead = { $count ->
    [one] In de gemeente { $name } is 1 informatiepunt.
   *[other] In de gemeente { $name } zijn { $count } informatiepunten.
} Kies een plek. Dan ziet u wanneer u kunt komen.
gemeente-choose-theme = Kies een onderwerp. Dan ziet u waar u terecht kunt.
per-theme = Per onderwerp
also-for-you = Ook voor u
also-for-you-lead = Deze hulp is er ook voor inwoners van { $name }.
gemeente-staff = Werkt u bij de gemeente { $name }?
gemeente-staff-link = Zet deze informatiepunten op uw eigen website
card-call = Bel
card-gemeente = gemeente { $name }
themes-title = Waarmee wij helpen
themes-lead = Wij helpen u met veel zaken van de overheid. Kies een onderwerp.
theme-partners = Organisaties die hierbij helpen
theme-where = Hier kunt u terecht
theme-none = Er is nog geen informatiepunt met dit onderwerp. Bel de DigiHulplijn:
partners-title = Organisaties die meehelpen
not-found-title = Pagina niet gevonden
not-found-heading = Deze pagina bestaat niet
not-found-lead = Misschien is de pagina verhuisd. Of er zit een fout in het adres.
not-found-home = Naar de startpagina
not-found-gemeente = Zoek een informatiepunt in uw gemeente
organisations = Organisaties
partners-lead = Deze organisaties werken samen met de informatiepunten. Soms houden zij een spreekuur bij ons.
partners-national = Landelijke organisaties
partners-local = Organisaties in de buurt
partner-where = Hier vindt u { $name }
partner-none = { $name } heeft nu geen spreekuur bij een informatiepunt.

## The finder (its script writes these)

finder-postcode = postcode { $code }
finder-postcode-near = Wij kennen postcode { $code } niet. Wij zoeken in de buurt van { $area }.
finder-postcode-unknown = Wij kennen postcode { $code } niet. Typ de naam van uw woonplaats.
finder-nothing = Wij vinden geen plaats of postcode "{ $query }". Typ een postcode, zoals 5041 SG, of een plaats.
finder-place = { $place } (gemeente { $gemeente })
finder-choice = { $place } (gemeente { $gemeente }, { $province })
finder-chosen-theme = hulp bij { $theme }
finder-chosen-open = nu open
finder-chosen-walk-in = zonder afspraak
finder-chosen = Uw keuze: { $list }.
finder-results = Informatiepunten bij { $label }
finder-results-for = Informatiepunten bij { $label }: { $list }
finder-other-place = Bedoelt u een andere plaats?
finder-nearest = { $count ->
    [one] Dit is het informatiepunt dat het dichtst bij { $label } ligt.
   *[other] Dit zijn de { $count } informatiepunten die het dichtst bij { $label } liggen.
}
finder-further = Verder weg zijn er meer.
# A distance under 0.1 km, instead of "0,0 km".
finder-km-near = minder dan 100 meter
finder-none = Er is geen informatiepunt dat past bij uw keuze.
finder-none-hint = Kies minder vinkjes of een ander onderwerp.
finder-more = Meer tonen
finder-showing = { $count ->
    [one] U ziet nu 1 informatiepunt.
   *[other] U ziet nu { $count } informatiepunten.
}
finder-also-call = { $count ->
    [one] U kunt ook bellen.
   *[other] U kunt ook bellen: er zijn { $count } telefoonnummers.
}
finder-type-first = Typ eerst een postcode of plaats.
finder-searching = Even zoeken...
finder-failed = Het zoeken lukt nu niet. Kies hieronder uw gemeente.
finder-your-location = uw locatie
finder-location-unknown = Uw locatie is niet bekend. Typ een postcode of plaats.
finder-helpline-kind = Landelijke hulplijn via de telefoon
finder-helpline-visit = Bellen is gratis. Maandag tot en met vrijdag, van 9.00 tot 17.00 uur.
decimal-separator = {","}

## Flyers (print)

print-free-help = Gratis hulp bij { $themes }.
print-call-us = Bel ons
print-when-call = Wanneer bellen?
print-other-days-closed = Andere dagen gesloten.
print-who-on-back = Wie er wanneer is, staat op de achterkant.
print-sessions-on-back = Kijk op de achterkant voor de spreekuren.
print-free = Het is gratis.
print-by = Een informatiepunt van { $organisation }.
print-more-info = Meer informatie: { $url }
print-sessions-count = Elke week zijn er { $count } spreekuren van verschillende organisaties. Scan de QR-code voor alle dagen en tijden.
print-also-dates = Ook spreekuren op losse dagen.
print-times-online = De tijden staan op de website: scan de QR-code.
print-how = Zo werkt het
print-how-call = Bel { $phone } op een van de tijden op de voorkant.
print-how-tell = Vertel waar u hulp bij nodig heeft.
print-how-help = Een medewerker helpt u via de telefoon.
print-come-by = Kom langs tijdens de openingstijden. Wij helpen u graag.
print-we-help = Wij helpen u met
print-bring = Neem mee
print-call = Bel
print-all-times = Alle tijden:
print-all-times-route = Alle tijden en hoe u er komt:
print-scan = Scan mij
print-qr = QR-code. Hij opent { $url }.
print-phone-visit = U hoeft geen afspraak te maken. Bel op een van de tijden.
rule-every-week = Elke week
rule-iso-weeks = { $even ->
    [yes] In de even weken (weeknummer)
   *[no] In de oneven weken (weeknummer)
}
rule-other-week = Om de week
outside-period = Dan is dit informatiepunt er niet

## Slides

# The language slide: this sentence in each language its staff speak.
slide-we-speak-this = Wij helpen u ook in het Nederlands.

## Embeds (the iframe on a municipal site)

table-day = Dag
table-time = Tijd
embed-more = Meer over { $name }
embed-source = Informatie van { $site }.
embed-call = Liever bellen? De DigiHulplijn helpt gratis:
embed-gemeente-call = Liever bellen? De DigiHulplijn helpt ook:
embed-gemeente-lead = Hier krijgt u gratis hulp bij DigiD, toeslagen en andere zaken van de overheid.
# The grammatical gender of weekday $day (Monday = 0), for the ordinals.
weekday-gender = m
