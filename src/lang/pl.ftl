## Polish. Translated from nl.ftl; not yet reviewed by a native speaker.
## Month names come from CLDR in the genitive ("1 grudnia").

# reviewed: no
language-name = Polski

## Dates, times and lists

# reviewed: no
time = { $h }:{ $mm }
# reviewed: no
day-month = { $day } { $month }
# reviewed: no
weekday-date = { $weekday }, { $day } { $month }
# reviewed: no
date-year = { $date } { $year }
# reviewed: no
list-separator = {", "}
# reviewed: no
list-and = { $head } i { $last }
# reviewed: no
range = od { $from } do { $to }
# reviewed: no
range-short = { $from }–{ $to }
# reviewed: no
short-hours = { $ranges }
# reviewed: no
closed = Zamknięte

## Live status

# reviewed: no
status-open-until = Teraz otwarte do { $time }.
# reviewed: no
status-closed = Teraz zamknięte.
# reviewed: no
status-open-later-today = Teraz zamknięte. Dziś otwarte od { $time }.
# reviewed: no
status-open-tomorrow = Teraz zamknięte. Jutro otwarte o { $time }.
# reviewed: no
status-open-on = Teraz zamknięte. Znów otwarte: { $date }, o { $time }.
# reviewed: no
today-open = Dziś, { $date }: otwarte { $hours }.
# reviewed: no
today-closed = Dziś, { $date }: zamknięte.
# reviewed: no
today-hours = Dziś: { $hours }.
# reviewed: no
today-closed-short = Dziś zamknięte.
# reviewed: no
tomorrow-closed-short = Jutro zamknięte.
# reviewed: no
tomorrow-hours = Jutro: { $hours }.

## Changes in the coming weeks

# reviewed: no
change-closed-on = Zamknięte: { $date } ({ $reason }).
# reviewed: no
change-closed-until = Zamknięte do: { $until } ({ $reason }).
# reviewed: no
change-closed-from-to = Zamknięte od: { $from } do: { $until } ({ $reason }).
# reviewed: no
change-open-on = Otwarte: { $date }, { $hours } ({ $reason }).
# reviewed: no
change-open-anyway = Mimo to otwarte: { $date }, { $hours }.
# reviewed: no
no-changes = W najbliższych tygodniach nie ma innych godzin.

## Holidays

# reviewed: no
holidays-closed = W dni świąteczne jesteśmy zamknięci.
# reviewed: no
holidays-open = W dni świąteczne też jesteśmy otwarci.
# reviewed: no
holidays-closed-except = W dni świąteczne jesteśmy zamknięci. Oprócz: { $holidays }.
# reviewed: no
holiday-nieuwjaarsdag = Nowy Rok
# reviewed: no
holiday-goede-vrijdag = Wielki Piątek
# reviewed: no
holiday-eerste-paasdag = Niedziela Wielkanocna
# reviewed: no
holiday-tweede-paasdag = Poniedziałek Wielkanocny
# reviewed: no
holiday-koningsdag = Dzień Króla
# reviewed: no
holiday-bevrijdingsdag = Dzień Wyzwolenia
# reviewed: no
holiday-hemelvaartsdag = Wniebowstąpienie
# reviewed: no
holiday-eerste-pinksterdag = Zielone Świątki
# reviewed: no
holiday-tweede-pinksterdag = Drugi dzień Zielonych Świątek
# reviewed: no
holiday-eerste-kerstdag = Boże Narodzenie
# reviewed: no
holiday-tweede-kerstdag = Drugi dzień Bożego Narodzenia

## Spreekuren: how often

# reviewed: no
repeat-weekly = Co tydzień: { $weekdays }
# reviewed: no
repeat-iso-weeks = { $even ->
    [yes] W parzyste tygodnie (numer tygodnia): { $weekdays }
   *[no] W nieparzyste tygodnie (numer tygodnia): { $weekdays }
}
# reviewed: no
repeat-other-week = Co dwa tygodnie: { $weekday }
# reviewed: no
repeat-other-week-from = Co dwa tygodnie: { $weekday }, od { $date }
# reviewed: no
repeat-monthly = W miesiącu: { $nths } { $weekdays }
# reviewed: no
repeat-dates = Terminy: { $dates }
# reviewed: no
repeat-no-dates = Nie ma nowych terminów
# reviewed: no
nth-first = { $gender ->
    [f] pierwsza
   *[m] pierwszy
}
# reviewed: no
nth-second = { $gender ->
    [f] druga
   *[m] drugi
}
# reviewed: no
nth-third = { $gender ->
    [f] trzecia
   *[m] trzeci
}
# reviewed: no
nth-fourth = { $gender ->
    [f] czwarta
   *[m] czwarty
}
# reviewed: no
nth-last = { $gender ->
    [f] ostatnia
   *[m] ostatni
}
# reviewed: no
session-sentence = { $when }, { $hours }.
# reviewed: no
session-sentence-no-dates = { $when }.
# reviewed: no
period-from-to = Od { $from } do { $until }.
# reviewed: no
period-from = Od { $from }.
# reviewed: no
period-until = Do { $until }.
# reviewed: no
period-over = Te dyżury już się skończyły.
# reviewed: no
season = Od { $from } do { $until }.
# reviewed: no
not-during = Nie w czasie: { $calendars }.
# reviewed: no
session-cancelled = Nie będzie: { $dates }.
# reviewed: no
session-extra = Dodatkowo: { $dates }.
# reviewed: no
next-dates = Następne terminy: { $dates }.
# reviewed: no
no-next-dates = Na razie nie ma nowych terminów.
# reviewed: no
popup-period = Otwarte od { $from } do { $until }.

## The weekday overview

# reviewed: no
overview-nth-first = 1.
# reviewed: no
overview-nth-second = 2.
# reviewed: no
overview-nth-third = 3.
# reviewed: no
overview-nth-fourth = 4.
# reviewed: no
overview-monthly = w miesiącu: { $nths } { $weekday }
# reviewed: no
overview-iso-weeks = { $even ->
    [yes] w parzyste tygodnie
   *[no] w nieparzyste tygodnie
}
# reviewed: no
overview-every-week = co tydzień { $hours }
# reviewed: no
overview-other-week = co dwa tygodnie
# reviewed: no
overview-monthly-once = raz w miesiącu
overview-dates = tylko { $dates }
# reviewed: no
overview-not-every-week = nie co tydzień
# reviewed: no
overview-from = od { $date }
overview-until = do { $date }
overview-from-until = od { $from } do { $until }
# reviewed: no
overview-elsewhere = w innym miejscu
# reviewed: no
on-appointment = po umówieniu
# reviewed: no
today-mark = (dziś)

## Kinds of locations and how to come

# reviewed: no
kind-library-desk = Stanowisko w bibliotece
# reviewed: no
kind-whole-library = W całej bibliotece
# reviewed: no
kind-information-point = Część centrum informacji
# reviewed: no
kind-partner-venue = W innym miejscu
# reviewed: no
kind-mobile = Mobilny punkt pomocy
# reviewed: no
kind-telephone = Pomoc przez telefon
# reviewed: no
kind-pop-up = Tymczasowy punkt pomocy
# reviewed: no
venue-store-restaurant = W restauracji sklepu
# reviewed: no
venue-supermarket = W supermarkecie
# reviewed: no
venue-hospital = W szpitalu
# reviewed: no
venue-community-centre = W domu kultury
# reviewed: no
venue-care-home = W domu opieki
# reviewed: no
venue-town-hall = W urzędzie gminy
# reviewed: no
venue-market = Na targu
# reviewed: no
visit-walk-in = Możesz przyjść bez umawiania się.
# reviewed: no
visit-appointment = Najpierw umów się na wizytę.
# reviewed: no
visit-either = Przyjdź albo umów się na wizytę.
# reviewed: no
visit-phone-walk-in = Nie musisz się umawiać. Po prostu zadzwoń.
# reviewed: no
visit-phone-appointment = Najpierw umów się. Potem my zadzwonimy do ciebie.
# reviewed: no
visit-phone-either = Po prostu zadzwoń. Albo umów się.
# reviewed: no
visit-mobile-walk-in = Przyjdź, kiedy tu jesteśmy.
# reviewed: no
visit-pop-up-walk-in = W tym okresie możesz przyjść bez umawiania się.
# reviewed: no
visit-some-appointment = Na niektóre dyżury trzeba się najpierw umówić. Jest to przy nich napisane.
# reviewed: no
card-walk-in = Bez umawiania
# reviewed: no
card-appointment = Tylko po umówieniu
# reviewed: no
card-either = Z umówieniem lub bez
# reviewed: no
area-national = dla całej Holandii
# reviewed: no
area-region = dla mieszkańców: { $places }
# reviewed: no
area-national-sentence = Dla całej Holandii.
# reviewed: no
area-region-sentence = Dla mieszkańców: { $places }.
# reviewed: no
wide-national = Dla całej Holandii
# reviewed: no
wide-region = Dla regionu
# reviewed: no
wide-both = Dla całej Holandii lub regionu

## Location page

# reviewed: no
hours-caption = Godziny otwarcia
# reviewed: no
hours-caption-library = Godziny otwarcia biblioteki
# reviewed: no
hours-caption-phone = Kiedy możesz zadzwonić?
# reviewed: no
hours-caption-phone-per-day = Godziny dzwonienia w poszczególne dni
# reviewed: no
where = Gdzie?
# reviewed: no
where-mobile = Gdzie jesteśmy?
# reviewed: no
inside-building = W budynku:
# reviewed: no
inside-mobile = Dokładnie gdzie:
# reviewed: no
where-note-mobile = Jesteśmy tu tylko w dni i godziny podane niżej.
# reviewed: no
where-note-pop-up = Ten punkt pomocy jest tu tylko przez krótki czas. Sprawdź daty.
# reviewed: no
route = Zaplanuj trasę
# reviewed: no
route-with = (w Google Maps)
# reviewed: no
phone-only = Dzwonisz do nas. Nie musisz nigdzie iść.
# reviewed: no
call-us = Zadzwoń do nas:
# reviewed: no
appointment-needed = Czy trzeba się umówić?
# reviewed: no
when = Kiedy?
# reviewed: no
updated-on = Zaktualizowano: { $date }.
# reviewed: no
who-when = Kto jest tu i kiedy?
# reviewed: no
other-times = Uwaga: inne godziny
# reviewed: no
bring = Weź ze sobą
# reviewed: no
bring-phone = Przygotuj to na rozmowę
# reviewed: no
bring-more-sessions = Czasem potrzebujesz czegoś jeszcze. Jest to napisane przy dyżurze albo przy temacie.
# reviewed: no
bring-more = Czasem potrzebujesz czegoś jeszcze. Jest to napisane przy temacie.
# reviewed: no
bring-also = Weź też:
# reviewed: no
sessions = Dyżury
# reviewed: no
sessions-intro = W te dni jest specjalny dyżur. Czasem innej organizacji.
# reviewed: no
session-by = Prowadzi: { $partners }
# reviewed: no
elsewhere = Uwaga, w innym miejscu:
# reviewed: no
elsewhere-dates = Uwaga, w te dni w innym miejscu:
# reviewed: no
calendar-link = Dodaj dyżury do swojego kalendarza
# reviewed: no
calendar-file = (plik iCalendar).
# reviewed: no
we-help-with = Tutaj pomagamy w sprawach
# reviewed: no
partners-here = Organizacje, które tu pomagają
# reviewed: no
contact = Kontakt
# reviewed: no
phone = Telefon:
# reviewed: no
email = E-mail:
# reviewed: no
website = Strona internetowa:
# reviewed: no
gemeente = Gmina:
# reviewed: no
building-access = Dostępność budynku
# reviewed: no
access-entrance = Wejście
# reviewed: no
access-entrance-yes = Bez progu i schodów
# reviewed: no
access-entrance-no = Z progiem lub schodami
# reviewed: no
access-lift = Winda
# reviewed: no
access-lift-yes = Jest winda
# reviewed: no
access-lift-no = Nie ma windy
# reviewed: no
access-toilet = Toaleta
# reviewed: no
access-toilet-yes = Jest toaleta dla osób z niepełnosprawnością
# reviewed: no
access-toilet-no = Nie ma przystosowanej toalety
# reviewed: no
access-loop = Pętla indukcyjna
# reviewed: no
access-loop-yes = Jest pętla indukcyjna dla osób z aparatem słuchowym
# reviewed: no
access-loop-no = Nie ma pętli indukcyjnej
# reviewed: no
access-parking = Parking
# reviewed: no
access-transit = Komunikacja publiczna
# reviewed: no
languages = Języki
# reviewed: no
we-speak = Mówimy: { $languages }.
# reviewed: no
helpline-heading = Nie możesz przyjść?
# reviewed: no
helpline-heading-phone = Te godziny ci nie pasują?
# reviewed: no
helpline-call = Zadzwoń do DigiHulplijn:
# reviewed: no
helpline-free = To nic nie kosztuje.
# reviewed: no
helpline-hours = Od poniedziałku do piątku, od 9:00 do 17:00.
# reviewed: no
checked-on = Te informacje sprawdzono: { $date }.
# reviewed: no
location-description = { $name }: bezpłatna pomoc w sprawach cyfrowej administracji. Godziny otwarcia, dyżury i adres.
# reviewed: no
location-description-place = { $name }: bezpłatna pomoc w sprawach cyfrowej administracji, { $place }. Godziny otwarcia, dyżury i adres.
# reviewed: no
in-dutch = Ten tekst jest po niderlandzku.
# reviewed: no
in-dutch-note = (po niderlandzku)

## Every page

# reviewed: no
site-description = Bezpłatna pomoc z DigiD, dodatkami, podatkami i innymi sprawami urzędowymi. Znajdź punkt pomocy w pobliżu.
# reviewed: no
skip-link = Przejdź do treści
# reviewed: no
main-menu = Menu główne
# reviewed: no
menu-search = Szukaj
# reviewed: no
menu-gemeenten = Gminy
# reviewed: no
menu-themes = W czym pomagamy
# reviewed: no
menu-about = O nas
# reviewed: no
language-switch = Język
# reviewed: no
prefer-calling = Wolisz zadzwonić?
# reviewed: no
site-by = Strona internetowa: { $organisation }.
# reviewed: no
about-site = O tej stronie
# reviewed: no
partners-link = Organizacje, które pomagają
# reviewed: no
all-locations = Wszystkie punkty pomocy
# reviewed: no
staff-link = Dla pracowników: druki i ekrany (po niderlandzku)
# reviewed: no
example-label = Uwaga:
# reviewed: no
example-note = punkty pomocy na tej stronie są przykładami. Dane nie są prawdziwe.
# reviewed: no
footer-updated = Zaktualizowano: { $date }. Ta strona nie używa plików cookie.
# reviewed: no
you-are-here = Jesteś tutaj
# reviewed: no
home = Strona główna

## Home page and finder

# reviewed: no
home-title = Pomoc w sprawach cyfrowej administracji
# reviewed: no
home-lead = Coś nie działa na komputerze lub telefonie? Na przykład z DigiD, dodatkami albo zeznaniem podatkowym? W Informatiepunt Digitale Overheid pomożemy ci.
# reviewed: no
home-free = Pomoc jest bezpłatna.
# reviewed: no
home-no-member = Nie musisz być członkiem biblioteki.
# reviewed: no
choose-gemeente = Albo wybierz swoją gminę
# reviewed: no
how-we-help = W czym możemy pomóc?
# reviewed: no
all-count = Wszystkie punkty pomocy ({ $count })
# reviewed: no
gemeente-name = Gmina { $name }
# reviewed: no
finder-title = Znajdź punkt pomocy w pobliżu
# reviewed: no
finder-label = Twój kod pocztowy lub miejscowość
# reviewed: no
finder-hint = Na przykład 5041 SG albo Tilburg.
# reviewed: no
finder-submit = Szukaj
# reviewed: no
finder-theme = W czym potrzebujesz pomocy?
# reviewed: no
finder-all-themes = Wszystkie tematy
# reviewed: no
finder-open = Teraz otwarte
# reviewed: no
finder-walk-in = Bez umawiania
# reviewed: no
finder-here = Użyj mojej lokalizacji
# reviewed: no
finder-attribution = Współrzędne kodów pocztowych i miejscowości:
# reviewed: no
finder-licence = licencja
# reviewed: no
finder-edited = Zmienione.
# reviewed: no
search-title = Znajdź punkt pomocy
# reviewed: no
search-lead = Wpisz kod pocztowy lub miejscowość. Zobaczysz najbliższe punkty pomocy.
# reviewed: no
search-choose = Wolisz wybrać sam?
# reviewed: no
search-choose-link = Zobacz punkty pomocy według gmin
# reviewed: no
search-private = Twój kod pocztowy nie trafia do nas ani do żadnej firmy. Twój komputer lub telefon szuka sam.

## Lists, themes and gemeenten

# reviewed: no
locations-title = Wszystkie punkty pomocy
# reviewed: no
locations-lead = Tutaj są wszystkie punkty pomocy, według gmin.
# reviewed: no
gemeenten-title = Punkty pomocy według gmin
# reviewed: no
gemeenten-lead = Wybierz swoją gminę. Zobaczysz, gdzie możesz dostać pomoc.
# reviewed: no
gemeente-title = Punkty pomocy: { $name }
# reviewed: no
gemeente-description = Bezpłatna pomoc w sprawach cyfrowej administracji w gminie { $name }. Tutaj są wszystkie punkty pomocy.
# reviewed: no
gemeente-lead = { $count ->
    [one] W gminie { $name } jest 1 punkt pomocy.
    [few] W gminie { $name } są { $count } punkty pomocy.
    [many] W gminie { $name } jest { $count } punktów pomocy.
   *[other] W gminie { $name } jest { $count } punktu pomocy.
} Wybierz miejsce. Zobaczysz, kiedy możesz przyjść.
# reviewed: no
gemeente-choose-theme = Wybierz temat. Zobaczysz, dokąd możesz pójść.
# reviewed: no
per-theme = Według tematu
# reviewed: no
also-for-you = Również dla ciebie
# reviewed: no
also-for-you-lead = Ta pomoc jest też dla mieszkańców gminy { $name }.
# reviewed: no
gemeente-staff = Pracujesz w gminie { $name }?
# reviewed: no
gemeente-staff-link = Umieść te punkty pomocy na swojej stronie (po niderlandzku)
# reviewed: no
card-call = Zadzwoń
# reviewed: no
card-gemeente = gmina { $name }
# reviewed: no
themes-title = W czym pomagamy
# reviewed: no
themes-lead = Pomagamy w wielu sprawach urzędowych. Wybierz temat.
# reviewed: no
theme-partners = Organizacje, które w tym pomagają
# reviewed: no
theme-where = Tutaj możesz pójść
# reviewed: no
theme-none = Nie ma jeszcze punktu pomocy z tym tematem. Zadzwoń do DigiHulplijn:
# reviewed: no
partners-title = Organizacje, które pomagają
# reviewed: no
not-found-title = Nie znaleziono strony
# reviewed: no
not-found-heading = Ta strona nie istnieje
# reviewed: no
not-found-lead = Może strona została przeniesiona. Albo w adresie jest błąd.
# reviewed: no
not-found-home = Do strony głównej
# reviewed: no
not-found-gemeente = Znajdź punkt pomocy w swojej gminie
# reviewed: no
organisations = Organizacje
# reviewed: no
partners-lead = Te organizacje współpracują z punktami pomocy. Czasem prowadzą u nas dyżur.
# reviewed: no
partners-national = Organizacje ogólnokrajowe
# reviewed: no
partners-local = Organizacje w okolicy
# reviewed: no
partner-where = Gdzie znajdziesz: { $name }
# reviewed: no
partner-none = { $name }: teraz brak dyżuru w punkcie pomocy.

## The finder (its script writes these)

# reviewed: no
finder-postcode = kod pocztowy { $code }
# reviewed: no
finder-postcode-near = Nie znamy kodu pocztowego { $code }. Szukamy w pobliżu: { $area }.
# reviewed: no
finder-postcode-unknown = Nie znamy kodu pocztowego { $code }. Wpisz nazwę swojej miejscowości.
# reviewed: no
finder-nothing = Nie znajdujemy miejscowości ani kodu pocztowego "{ $query }". Wpisz kod pocztowy, na przykład 5041 SG, albo miejscowość.
# reviewed: no
finder-place = { $place } (gmina { $gemeente })
# reviewed: no
finder-choice = { $place } (gmina { $gemeente }, { $province })
# reviewed: no
finder-chosen-theme = pomoc: { $theme }
# reviewed: no
finder-chosen-open = teraz otwarte
# reviewed: no
finder-chosen-walk-in = bez umawiania
# reviewed: no
finder-chosen = Twój wybór: { $list }.
# reviewed: no
finder-results = Punkty pomocy w pobliżu: { $label }
# reviewed: no
finder-results-for = Punkty pomocy w pobliżu: { $label }, wybór: { $list }
# reviewed: no
finder-other-place = Chodzi o inną miejscowość?
# reviewed: no
finder-nearest = { $count ->
    [one] To jest punkt pomocy najbliżej: { $label }.
    [few] To są { $count } punkty pomocy najbliżej: { $label }.
   *[other] To jest { $count } punktów pomocy najbliżej: { $label }.
}
# reviewed: no
finder-further = Dalej jest ich więcej.
# A distance under 0.1 km, instead of "0,0 km".
finder-km-near = mniej niż 100 metrów
# reviewed: no
finder-none = Żaden punkt pomocy nie pasuje do twojego wyboru.
# reviewed: no
finder-none-hint = Zaznacz mniej pól albo inny temat.
# reviewed: no
finder-more = Pokaż więcej
# reviewed: no
finder-showing = { $count ->
    [one] Widzisz teraz 1 punkt pomocy.
    [few] Widzisz teraz { $count } punkty pomocy.
   *[other] Widzisz teraz { $count } punktów pomocy.
}
# reviewed: no
finder-also-call = { $count ->
    [one] Możesz też zadzwonić.
    [few] Możesz też zadzwonić: są { $count } numery telefonu.
   *[other] Możesz też zadzwonić: jest { $count } numerów telefonu.
}
# reviewed: no
finder-type-first = Najpierw wpisz kod pocztowy lub miejscowość.
# reviewed: no
finder-searching = Szukamy...
# reviewed: no
finder-failed = Wyszukiwanie teraz nie działa. Wybierz swoją gminę poniżej.
# reviewed: no
finder-your-location = twoja lokalizacja
# reviewed: no
finder-location-unknown = Twoja lokalizacja jest nieznana. Wpisz kod pocztowy lub miejscowość.
# reviewed: no
finder-helpline-kind = Ogólnokrajowa infolinia telefoniczna
# reviewed: no
finder-helpline-visit = Połączenie jest bezpłatne. Od poniedziałku do piątku, od 9:00 do 17:00.
# reviewed: no
decimal-separator = {","}

## Flyers (print)

# reviewed: no
print-free-help = Bezpłatna pomoc: { $themes }.
# reviewed: no
print-call-us = Zadzwoń do nas
# reviewed: no
print-when-call = Kiedy dzwonić?
# reviewed: no
print-other-days-closed = W inne dni zamknięte.
# reviewed: no
print-who-on-back = Kto jest tu i kiedy: zobacz na odwrocie.
# reviewed: no
print-sessions-on-back = Dyżury są na odwrocie.
# reviewed: no
print-free = Pomoc jest bezpłatna.
# reviewed: no
print-by = Punkt pomocy: { $organisation }.
# reviewed: no
print-more-info = Więcej informacji: { $url }
# reviewed: no
print-sessions-count = { $count ->
    [one] Co tydzień jest 1 dyżur.
    [few] Co tydzień są { $count } dyżury różnych organizacji.
   *[other] Co tydzień jest { $count } dyżurów różnych organizacji.
} Zeskanuj kod QR, aby zobaczyć wszystkie dni i godziny.
# reviewed: no
print-also-dates = Są też dyżury w pojedyncze dni.
# reviewed: no
print-times-online = Godziny są na stronie internetowej: zeskanuj kod QR.
# reviewed: no
print-how = Jak to działa
# reviewed: no
print-how-call = Zadzwoń pod { $phone } w jednej z godzin podanych z przodu.
# reviewed: no
print-how-tell = Powiedz, w czym potrzebujesz pomocy.
# reviewed: no
print-how-help = Pracownik pomoże ci przez telefon.
# reviewed: no
print-come-by = Przyjdź w godzinach otwarcia. Chętnie pomożemy.
# reviewed: no
print-we-help = Pomagamy w sprawach
# reviewed: no
print-bring = Weź ze sobą
# reviewed: no
print-call = Zadzwoń
# reviewed: no
print-all-times = Wszystkie godziny:
# reviewed: no
print-all-times-route = Wszystkie godziny i dojazd:
# reviewed: no
print-scan = Zeskanuj
# reviewed: no
print-qr = Kod QR. Otwiera { $url }.
# reviewed: no
print-phone-visit = Nie musisz się umawiać. Zadzwoń w jednej z podanych godzin.
# reviewed: no
rule-every-week = Co tydzień
# reviewed: no
rule-iso-weeks = { $even ->
    [yes] W parzyste tygodnie (numer tygodnia)
   *[no] W nieparzyste tygodnie (numer tygodnia)
}
# reviewed: no
rule-other-week = Co dwa tygodnie
# reviewed: no
outside-period = Wtedy tego punktu pomocy tu nie ma

## Slides

# reviewed: no
slide-we-speak-this = Możemy pomóc ci też po polsku.

## Embeds (the iframe on a municipal site)

# reviewed: no
table-day = Dzień
# reviewed: no
table-time = Godziny
# reviewed: no
embed-more = Więcej: { $name }
# reviewed: no
embed-source = Informacje ze strony { $site }.
# reviewed: no
embed-call = Wolisz zadzwonić? DigiHulplijn pomaga bezpłatnie:
# reviewed: no
embed-gemeente-call = Wolisz zadzwonić? DigiHulplijn też pomaga:
# reviewed: no
embed-gemeente-lead = Tutaj dostaniesz bezpłatną pomoc w sprawie DigiD, dodatków i innych spraw urzędowych.
# reviewed: no
weekday-gender = { $day ->
    [2] f
    [5] f
    [6] f
   *[other] m
}
