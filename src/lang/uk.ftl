## Ukrainian. Translated from nl.ftl; not yet reviewed by a native speaker.
## Month names come from CLDR in the genitive ("1 грудня").

# reviewed: no
language-name = Українська

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
list-and = { $head } і { $last }
# reviewed: no
range = з { $from } до { $to }
# reviewed: no
range-short = { $from }–{ $to }
# reviewed: no
short-hours = { $ranges }
# reviewed: no
closed = Зачинено

## Live status

# reviewed: no
status-open-until = Зараз відчинено до { $time }.
# reviewed: no
status-closed = Зараз зачинено.
# reviewed: no
status-open-later-today = Зараз зачинено. Сьогодні відчиняється о { $time }.
# reviewed: no
status-open-tomorrow = Зараз зачинено. Завтра відчинено о { $time }.
# reviewed: no
status-open-on = Зараз зачинено. Знову відчинено: { $date }, о { $time }.
# reviewed: no
today-open = Сьогодні, { $date }: відчинено { $hours }.
# reviewed: no
today-closed = Сьогодні, { $date }: зачинено.
# reviewed: no
today-hours = Сьогодні: { $hours }.
# reviewed: no
today-closed-short = Сьогодні зачинено.
# reviewed: no
tomorrow-closed-short = Завтра зачинено.
# reviewed: no
tomorrow-hours = Завтра: { $hours }.

## Changes in the coming weeks

# reviewed: no
change-closed-on = Зачинено: { $date } ({ $reason }).
# reviewed: no
change-closed-until = Зачинено до: { $until } ({ $reason }).
# reviewed: no
change-closed-from-to = Зачинено з: { $from } до: { $until } ({ $reason }).
# reviewed: no
change-open-on = Відчинено: { $date }, { $hours } ({ $reason }).
# reviewed: no
change-open-anyway = Все одно відчинено: { $date }, { $hours }.
# reviewed: no
no-changes = Найближчими тижнями інших годин немає.

## Holidays

# reviewed: no
holidays-closed = У святкові дні ми зачинені.
# reviewed: no
holidays-open = У святкові дні ми теж відчинені.
# reviewed: no
holidays-closed-except = У святкові дні ми зачинені. Крім: { $holidays }.
# reviewed: no
holiday-nieuwjaarsdag = Новий рік
# reviewed: no
holiday-goede-vrijdag = Страсна п’ятниця
# reviewed: no
holiday-eerste-paasdag = Великдень
# reviewed: no
holiday-tweede-paasdag = Великодній понеділок
# reviewed: no
holiday-koningsdag = День короля
# reviewed: no
holiday-bevrijdingsdag = День визволення
# reviewed: no
holiday-hemelvaartsdag = Вознесіння
# reviewed: no
holiday-eerste-pinksterdag = Трійця
# reviewed: no
holiday-tweede-pinksterdag = Другий день Трійці
# reviewed: no
holiday-eerste-kerstdag = Різдво
# reviewed: no
holiday-tweede-kerstdag = Другий день Різдва

## Spreekuren: how often

# reviewed: no
repeat-weekly = Щотижня: { $weekdays }
# reviewed: no
repeat-iso-weeks = { $even ->
    [yes] У парні тижні (номер тижня): { $weekdays }
   *[no] У непарні тижні (номер тижня): { $weekdays }
}
# reviewed: no
repeat-other-week = Раз на два тижні: { $weekday }
# reviewed: no
repeat-other-week-from = Раз на два тижні: { $weekday }, з { $date }
# reviewed: no
repeat-monthly = Щомісяця: { $nths } { $weekdays }
# reviewed: no
repeat-dates = Дати: { $dates }
# reviewed: no
repeat-no-dates = Нових дат немає
# reviewed: no
nth-first = { $gender ->
    [f] перша
   *[m] перший
}
# reviewed: no
nth-second = { $gender ->
    [f] друга
   *[m] другий
}
# reviewed: no
nth-third = { $gender ->
    [f] третя
   *[m] третій
}
# reviewed: no
nth-fourth = { $gender ->
    [f] четверта
   *[m] четвертий
}
# reviewed: no
nth-last = { $gender ->
    [f] остання
   *[m] останній
}
# reviewed: no
session-sentence = { $when }, { $hours }.
# reviewed: no
session-sentence-no-dates = { $when }.
# reviewed: no
period-from-to = З { $from } до { $until }.
# reviewed: no
period-from = З { $from }.
# reviewed: no
period-until = До { $until }.
# reviewed: no
period-over = Ці консультації вже закінчилися.
# reviewed: no
season = З { $from } до { $until }.
# reviewed: no
not-during = Не під час: { $calendars }.
# reviewed: no
session-cancelled = Не буде: { $dates }.
# reviewed: no
session-extra = Додатково: { $dates }.
# reviewed: no
next-dates = Наступні дати: { $dates }.
# reviewed: no
no-next-dates = Зараз нових дат не заплановано.
# reviewed: no
popup-period = Відчинено з { $from } до { $until }.

## The weekday overview

# reviewed: no
overview-nth-first = { $gender ->
    [f] 1-ша
   *[m] 1-й
}
# reviewed: no
overview-nth-second = { $gender ->
    [f] 2-га
   *[m] 2-й
}
# reviewed: no
overview-nth-third = { $gender ->
    [f] 3-тя
   *[m] 3-й
}
# reviewed: no
overview-nth-fourth = { $gender ->
    [f] 4-та
   *[m] 4-й
}
# reviewed: no
overview-monthly = щомісяця: { $nths } { $weekday }
# reviewed: no
overview-iso-weeks = { $even ->
    [yes] у парні тижні
   *[no] у непарні тижні
}
# reviewed: no
overview-every-week = щотижня { $hours }
# reviewed: no
overview-other-week = раз на два тижні
# reviewed: no
overview-monthly-once = раз на місяць
overview-dates = лише { $dates }
# reviewed: no
overview-not-every-week = не щотижня
# reviewed: no
overview-from = з { $date }
overview-until = до { $date }
overview-from-until = з { $from } до { $until }
# reviewed: no
overview-elsewhere = в іншому місці
# reviewed: no
on-appointment = за записом
# reviewed: no
today-mark = (сьогодні)

## Kinds of locations and how to come

# reviewed: no
kind-library-desk = Стійка в бібліотеці
# reviewed: no
kind-whole-library = У всій бібліотеці
# reviewed: no
kind-information-point = Частина інформаційного центру
# reviewed: no
kind-partner-venue = В іншому місці
# reviewed: no
kind-mobile = Мобільний пункт допомоги
# reviewed: no
kind-telephone = Допомога телефоном
# reviewed: no
kind-pop-up = Тимчасовий пункт допомоги
# reviewed: no
venue-store-restaurant = У ресторані магазину
# reviewed: no
venue-supermarket = У супермаркеті
# reviewed: no
venue-hospital = У лікарні
# reviewed: no
venue-community-centre = У громадському центрі
# reviewed: no
venue-care-home = У будинку догляду
# reviewed: no
venue-town-hall = У будівлі громади
# reviewed: no
venue-market = На ринку
# reviewed: no
visit-walk-in = Можна прийти без запису.
# reviewed: no
visit-appointment = Спочатку запишіться.
# reviewed: no
visit-either = Приходьте або запишіться.
# reviewed: no
visit-phone-walk-in = Записуватися не треба. Просто зателефонуйте нам.
# reviewed: no
visit-phone-appointment = Спочатку запишіться. Потім ми вам зателефонуємо.
# reviewed: no
visit-phone-either = Просто зателефонуйте нам. Або запишіться.
# reviewed: no
visit-mobile-walk-in = Приходьте, коли ми тут.
# reviewed: no
visit-pop-up-walk-in = У цей період можна прийти без запису.
# reviewed: no
visit-some-appointment = На деякі консультації треба спочатку записатися. Це написано біля них.
# reviewed: no
card-walk-in = Без запису
# reviewed: no
card-appointment = Лише за записом
# reviewed: no
card-either = За записом або без нього
# reviewed: no
area-national = для всіх Нідерландів
# reviewed: no
area-region = для мешканців: { $places }
# reviewed: no
area-national-sentence = Для всіх Нідерландів.
# reviewed: no
area-region-sentence = Для мешканців: { $places }.
# reviewed: no
wide-national = Для всіх Нідерландів
# reviewed: no
wide-region = Для регіону
# reviewed: no
wide-both = Для всіх Нідерландів або регіону

## Location page

# reviewed: no
hours-caption = Години роботи
# reviewed: no
hours-caption-library = Години роботи бібліотеки
# reviewed: no
hours-caption-phone = Коли можна телефонувати?
# reviewed: no
hours-caption-phone-per-day = Години дзвінків за днями
# reviewed: no
where = Де?
# reviewed: no
where-mobile = Де ми?
# reviewed: no
inside-building = У будівлі:
# reviewed: no
inside-mobile = Де саме:
# reviewed: no
where-note-mobile = Ми тут лише в дні та години, вказані нижче.
# reviewed: no
where-note-pop-up = Цей пункт допомоги працює недовго. Перевірте дати.
# reviewed: no
route = Прокласти маршрут
# reviewed: no
route-with = (у Google Maps)
# reviewed: no
phone-only = Ви телефонуєте нам. Нікуди йти не треба.
# reviewed: no
call-us = Зателефонуйте нам:
# reviewed: no
appointment-needed = Чи потрібен запис?
# reviewed: no
when = Коли?
# reviewed: no
updated-on = Оновлено: { $date }.
# reviewed: no
who-when = Хто тут і коли?
# reviewed: no
other-times = Увага: інші години
# reviewed: no
bring = Візьміть із собою
# reviewed: no
bring-phone = Підготуйте це до розмови
# reviewed: no
bring-more-sessions = Іноді потрібно ще щось. Це написано біля консультації або теми.
# reviewed: no
bring-more = Іноді потрібно ще щось. Це написано біля теми.
# reviewed: no
bring-also = Візьміть також:
# reviewed: no
sessions = Консультації
# reviewed: no
sessions-intro = У ці дні є спеціальна консультація. Іноді від іншої організації.
# reviewed: no
session-by = Проводить: { $partners }
# reviewed: no
elsewhere = Увага, в іншому місці:
# reviewed: no
elsewhere-dates = Увага, у ці дні в іншому місці:
# reviewed: no
calendar-link = Додайте консультації до свого календаря
# reviewed: no
calendar-file = (файл iCalendar).
# reviewed: no
we-help-with = Тут ми допомагаємо з
# reviewed: no
partners-here = Організації, які тут допомагають
# reviewed: no
contact = Контакти
# reviewed: no
phone = Телефон:
# reviewed: no
email = Електронна пошта:
# reviewed: no
website = Вебсайт:
# reviewed: no
gemeente = Громада:
# reviewed: no
building-access = Доступність будівлі
# reviewed: no
access-entrance = Вхід
# reviewed: no
access-entrance-yes = Без порогу та сходів
# reviewed: no
access-entrance-no = З порогом або сходами
# reviewed: no
access-lift = Ліфт
# reviewed: no
access-lift-yes = Є ліфт
# reviewed: no
access-lift-no = Ліфта немає
# reviewed: no
access-toilet = Туалет
# reviewed: no
access-toilet-yes = Є туалет для людей з інвалідністю
# reviewed: no
access-toilet-no = Пристосованого туалету немає
# reviewed: no
access-loop = Індукційна петля
# reviewed: no
access-loop-yes = Є індукційна петля для людей зі слуховим апаратом
# reviewed: no
access-loop-no = Індукційної петлі немає
# reviewed: no
access-parking = Паркування
# reviewed: no
access-transit = Громадський транспорт
# reviewed: no
languages = Мови
# reviewed: no
we-speak = Ми розмовляємо: { $languages }.
# reviewed: no
helpline-heading = Не можете прийти?
# reviewed: no
helpline-heading-phone = Ці години вам не підходять?
# reviewed: no
helpline-call = Зателефонуйте на DigiHulplijn:
# reviewed: no
helpline-free = Це безкоштовно.
# reviewed: no
helpline-hours = З понеділка по п’ятницю, з 9:00 до 17:00.
# reviewed: no
checked-on = Цю інформацію перевірено: { $date }.
# reviewed: no
location-description = { $name }: безкоштовна допомога з цифровими державними послугами. Години роботи, консультації та адреса.
# reviewed: no
location-description-place = { $name }: безкоштовна допомога з цифровими державними послугами, { $place }. Години роботи, консультації та адреса.
# reviewed: no
in-dutch = Цей текст нідерландською мовою.
# reviewed: no
in-dutch-note = (нідерландською)

## Every page

# reviewed: no
site-description = Безкоштовна допомога з DigiD, допомогами, податками та іншими державними справами. Знайдіть пункт допомоги поруч.
# reviewed: no
skip-link = Перейти до змісту
# reviewed: no
main-menu = Головне меню
# reviewed: no
menu-search = Пошук
# reviewed: no
menu-gemeenten = Громади
# reviewed: no
menu-themes = З чим ми допомагаємо
# reviewed: no
menu-about = Про нас
# reviewed: no
language-switch = Мова
# reviewed: no
prefer-calling = Краще зателефонувати?
# reviewed: no
site-by = Вебсайт: { $organisation }.
# reviewed: no
about-site = Про цей сайт
# reviewed: no
partners-link = Організації, які допомагають
# reviewed: no
all-locations = Усі пункти допомоги
# reviewed: no
staff-link = Для працівників: друк і екрани (нідерландською)
# reviewed: no
example-label = Увага:
# reviewed: no
example-note = пункти допомоги на цьому сайті є прикладами. Дані не справжні.
# reviewed: no
footer-updated = Оновлено: { $date }. Цей сайт не використовує файли cookie.
# reviewed: no
you-are-here = Ви тут
# reviewed: no
home = Головна

## Home page and finder

# reviewed: no
home-title = Допомога з цифровими державними послугами
# reviewed: no
home-lead = Щось не виходить на комп’ютері чи телефоні? Наприклад, з DigiD, допомогами або податковою декларацією? В Informatiepunt Digitale Overheid вам допоможуть.
# reviewed: no
home-free = Допомога безкоштовна.
# reviewed: no
home-no-member = Не потрібно бути членом бібліотеки.
# reviewed: no
choose-gemeente = Або виберіть свою громаду
# reviewed: no
how-we-help = З чим ми можемо допомогти?
# reviewed: no
all-count = Усі пункти допомоги ({ $count })
# reviewed: no
gemeente-name = Громада { $name }
# reviewed: no
finder-title = Знайдіть пункт допомоги поруч
# reviewed: no
finder-label = Ваш поштовий індекс або місто
# reviewed: no
finder-hint = Наприклад, 5041 SG або Tilburg.
# reviewed: no
finder-submit = Шукати
# reviewed: no
finder-theme = З чим вам потрібна допомога?
# reviewed: no
finder-all-themes = Усі теми
# reviewed: no
finder-open = Зараз відчинено
# reviewed: no
finder-walk-in = Без запису
# reviewed: no
finder-here = Використати моє місцезнаходження
# reviewed: no
finder-attribution = Координати поштових індексів і місць:
# reviewed: no
finder-licence = ліцензія
# reviewed: no
finder-edited = Змінено.
# reviewed: no
search-title = Знайдіть пункт допомоги
# reviewed: no
search-lead = Введіть поштовий індекс або місто. Ви побачите найближчі пункти допомоги.
# reviewed: no
search-choose = Хочете вибрати самі?
# reviewed: no
search-choose-link = Перегляньте пункти допомоги за громадами
# reviewed: no
search-private = Ваш поштовий індекс не надсилається ні нам, ні іншим компаніям. Ваш комп’ютер чи телефон шукає сам.

## Lists, themes and gemeenten

# reviewed: no
locations-title = Усі пункти допомоги
# reviewed: no
locations-lead = Тут усі пункти допомоги, за громадами.
# reviewed: no
gemeenten-title = Пункти допомоги за громадами
# reviewed: no
gemeenten-lead = Виберіть свою громаду. Ви побачите, де можна отримати допомогу.
# reviewed: no
gemeente-title = Пункти допомоги: { $name }
# reviewed: no
gemeente-description = Безкоштовна допомога з цифровими державними послугами в громаді { $name }. Тут усі пункти допомоги.
# reviewed: no
gemeente-lead = { $count ->
    [one] У громаді { $name } є { $count } пункт допомоги.
    [few] У громаді { $name } є { $count } пункти допомоги.
    [many] У громаді { $name } є { $count } пунктів допомоги.
   *[other] У громаді { $name } є { $count } пункту допомоги.
} Виберіть місце. Ви побачите, коли можна прийти.
# reviewed: no
gemeente-choose-theme = Виберіть тему. Ви побачите, куди можна піти.
# reviewed: no
per-theme = За темами
# reviewed: no
also-for-you = Також для вас
# reviewed: no
also-for-you-lead = Ця допомога також для мешканців громади { $name }.
# reviewed: no
gemeente-staff = Ви працюєте в громаді { $name }?
# reviewed: no
gemeente-staff-link = Розмістіть ці пункти допомоги на своєму сайті (нідерландською)
# reviewed: no
card-call = Зателефонуйте
# reviewed: no
card-gemeente = громада { $name }
# reviewed: no
themes-title = З чим ми допомагаємо
# reviewed: no
themes-lead = Ми допомагаємо з багатьма державними справами. Виберіть тему.
# reviewed: no
theme-partners = Організації, які з цим допомагають
# reviewed: no
theme-where = Куди можна звернутися
# reviewed: no
theme-none = Пункту допомоги з цією темою ще немає. Зателефонуйте на DigiHulplijn:
# reviewed: no
partners-title = Організації, які допомагають
# reviewed: no
not-found-title = Сторінку не знайдено
# reviewed: no
not-found-heading = Такої сторінки немає
# reviewed: no
not-found-lead = Можливо, сторінку перенесли. Або в адресі є помилка.
# reviewed: no
not-found-home = На головну сторінку
# reviewed: no
not-found-gemeente = Знайдіть пункт допомоги у своїй громаді
# reviewed: no
organisations = Організації
# reviewed: no
partners-lead = Ці організації співпрацюють із пунктами допомоги. Іноді вони проводять у нас консультації.
# reviewed: no
partners-national = Загальнонаціональні організації
# reviewed: no
partners-local = Організації поруч
# reviewed: no
partner-where = Де знайти: { $name }
# reviewed: no
partner-none = { $name }: зараз немає консультацій у пункті допомоги.

## The finder (its script writes these)

# reviewed: no
finder-postcode = поштовий індекс { $code }
# reviewed: no
finder-postcode-near = Ми не знаємо поштового індексу { $code }. Шукаємо поруч: { $area }.
# reviewed: no
finder-postcode-unknown = Ми не знаємо поштового індексу { $code }. Введіть назву свого міста.
# reviewed: no
finder-nothing = Ми не знаходимо місця чи поштового індексу "{ $query }". Введіть поштовий індекс, наприклад 5041 SG, або місто.
# reviewed: no
finder-place = { $place } (громада { $gemeente })
# reviewed: no
finder-choice = { $place } (громада { $gemeente }, { $province })
# reviewed: no
finder-chosen-theme = допомога: { $theme }
# reviewed: no
finder-chosen-open = зараз відчинено
# reviewed: no
finder-chosen-walk-in = без запису
# reviewed: no
finder-chosen = Ваш вибір: { $list }.
# reviewed: no
finder-results = Пункти допомоги поруч: { $label }
# reviewed: no
finder-results-for = Пункти допомоги поруч: { $label }, вибір: { $list }
# reviewed: no
finder-other-place = Ви мали на увазі інше місце?
# reviewed: no
finder-nearest = { $count ->
    [one] Це найближчий пункт допомоги: { $label }.
    [few] Це { $count } найближчі пункти допомоги: { $label }.
   *[other] Це { $count } найближчих пунктів допомоги: { $label }.
}
# reviewed: no
finder-further = Далі є ще інші.
# A distance under 0.1 km, instead of "0,0 km".
finder-km-near = менше ніж 100 метрів
# reviewed: no
finder-none = Жоден пункт допомоги не відповідає вашому вибору.
# reviewed: no
finder-none-hint = Позначте менше полів або іншу тему.
# reviewed: no
finder-more = Показати більше
# reviewed: no
finder-showing = { $count ->
    [one] Зараз ви бачите { $count } пункт допомоги.
    [few] Зараз ви бачите { $count } пункти допомоги.
   *[other] Зараз ви бачите { $count } пунктів допомоги.
}
# reviewed: no
finder-also-call = { $count ->
    [one] Ви також можете зателефонувати.
    [few] Ви також можете зателефонувати: є { $count } номери телефону.
   *[other] Ви також можете зателефонувати: є { $count } номерів телефону.
}
# reviewed: no
finder-type-first = Спочатку введіть поштовий індекс або місто.
# reviewed: no
finder-searching = Шукаємо...
# reviewed: no
finder-failed = Пошук зараз не працює. Виберіть свою громаду нижче.
# reviewed: no
finder-your-location = ваше місцезнаходження
# reviewed: no
finder-location-unknown = Ваше місцезнаходження невідоме. Введіть поштовий індекс або місто.
# reviewed: no
finder-helpline-kind = Загальнонаціональна телефонна лінія допомоги
# reviewed: no
finder-helpline-visit = Дзвінок безкоштовний. З понеділка по п’ятницю, з 9:00 до 17:00.
# reviewed: no
decimal-separator = {","}

## Flyers (print)

# reviewed: no
print-free-help = Безкоштовна допомога: { $themes }.
# reviewed: no
print-call-us = Зателефонуйте нам
# reviewed: no
print-when-call = Коли телефонувати?
# reviewed: no
print-other-days-closed = В інші дні зачинено.
# reviewed: no
print-who-on-back = Хто тут і коли: дивіться на звороті.
# reviewed: no
print-sessions-on-back = Консультації дивіться на звороті.
# reviewed: no
print-free = Це безкоштовно.
# reviewed: no
print-by = Пункт допомоги: { $organisation }.
# reviewed: no
print-more-info = Більше інформації: { $url }
# reviewed: no
print-sessions-count = { $count ->
    [one] Щотижня є { $count } консультація.
    [few] Щотижня є { $count } консультації від різних організацій.
   *[other] Щотижня є { $count } консультацій від різних організацій.
} Скануйте QR-код, щоб побачити всі дні та години.
# reviewed: no
print-also-dates = Є також консультації в окремі дні.
# reviewed: no
print-times-online = Години є на сайті: скануйте QR-код.
# reviewed: no
print-how = Як це працює
# reviewed: no
print-how-call = Зателефонуйте на { $phone } в одну з годин, указаних спереду.
# reviewed: no
print-how-tell = Скажіть, з чим вам потрібна допомога.
# reviewed: no
print-how-help = Працівник допоможе вам телефоном.
# reviewed: no
print-come-by = Приходьте в години роботи. Ми радо допоможемо.
# reviewed: no
print-we-help = Ми допомагаємо з
# reviewed: no
print-bring = Візьміть
# reviewed: no
print-call = Зателефонуйте
# reviewed: no
print-all-times = Усі години:
# reviewed: no
print-all-times-route = Усі години та як дістатися:
# reviewed: no
print-scan = Скануйте
# reviewed: no
print-qr = QR-код. Він відкриває { $url }.
# reviewed: no
print-phone-visit = Записуватися не треба. Телефонуйте в одну з годин.
# reviewed: no
rule-every-week = Щотижня
# reviewed: no
rule-iso-weeks = { $even ->
    [yes] У парні тижні (номер тижня)
   *[no] У непарні тижні (номер тижня)
}
# reviewed: no
rule-other-week = Раз на два тижні
# reviewed: no
outside-period = У цей час пункту допомоги тут немає

## Slides

# reviewed: no
slide-we-speak-this = Ми можемо допомогти вам і українською.

## Embeds (the iframe on a municipal site)

# reviewed: no
table-day = День
# reviewed: no
table-time = Час
# reviewed: no
embed-more = Докладніше: { $name }
# reviewed: no
embed-source = Інформація з сайту { $site }.
# reviewed: no
embed-call = Краще зателефонувати? DigiHulplijn допомагає безкоштовно:
# reviewed: no
embed-gemeente-call = Краще зателефонувати? DigiHulplijn також допомагає:
# reviewed: no
embed-gemeente-lead = Тут ви отримаєте безкоштовну допомогу з DigiD, виплатами та іншими державними справами.
# reviewed: no
weekday-gender = { $day ->
    [2] f
    [4] f
    [5] f
    [6] f
   *[other] m
}
