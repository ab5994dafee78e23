## Arabic (Modern Standard Arabic). Translated from nl.ftl; not yet reviewed by a native
## speaker. Right to left: the program isolates every argument (names, dates, times).

# reviewed: no
language-name = العربية

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
list-separator = {"، "}
# reviewed: no
list-and = { $head } و{ $last }
# reviewed: no
range = من { $from } إلى { $to }
# reviewed: no
range-short = { $from }–{ $to }
# reviewed: no
short-hours = { $ranges }
# reviewed: no
closed = مغلق

## Live status

# reviewed: no
status-open-until = مفتوح الآن حتى { $time }.
# reviewed: no
status-closed = مغلق الآن.
# reviewed: no
status-open-later-today = مغلق الآن. يفتح اليوم الساعة { $time }.
# reviewed: no
status-open-tomorrow = مغلق الآن. يفتح غدًا الساعة { $time }.
# reviewed: no
status-open-on = مغلق الآن. يفتح مرة أخرى يوم { $date } الساعة { $time }.
# reviewed: no
today-open = اليوم، { $date }: مفتوح { $hours }.
# reviewed: no
today-closed = اليوم، { $date }: مغلق.
# reviewed: no
today-hours = اليوم: { $hours }.
# reviewed: no
today-closed-short = مغلق اليوم.
# reviewed: no
tomorrow-closed-short = مغلق غدًا.
# reviewed: no
tomorrow-hours = غدًا: { $hours }.

## Changes in the coming weeks

# reviewed: no
change-closed-on = مغلق يوم { $date } ({ $reason }).
# reviewed: no
change-closed-until = مغلق حتى { $until } ({ $reason }).
# reviewed: no
change-closed-from-to = مغلق من { $from } حتى { $until } ({ $reason }).
# reviewed: no
change-open-on = يوم { $date } مفتوح { $hours } ({ $reason }).
# reviewed: no
change-open-anyway = يوم { $date } مفتوح رغم ذلك { $hours }.
# reviewed: no
no-changes = لا توجد أوقات أخرى في الأسابيع القادمة.

## Holidays

# reviewed: no
holidays-closed = نحن مغلقون في أيام العطل الرسمية.
# reviewed: no
holidays-open = نحن مفتوحون أيضًا في أيام العطل الرسمية.
# reviewed: no
holidays-closed-except = نحن مغلقون في أيام العطل الرسمية، ما عدا { $holidays }.
# reviewed: no
holiday-nieuwjaarsdag = رأس السنة الميلادية
# reviewed: no
holiday-goede-vrijdag = الجمعة العظيمة
# reviewed: no
holiday-eerste-paasdag = أحد الفصح
# reviewed: no
holiday-tweede-paasdag = اثنين الفصح
# reviewed: no
holiday-koningsdag = يوم الملك
# reviewed: no
holiday-bevrijdingsdag = يوم التحرير
# reviewed: no
holiday-hemelvaartsdag = عيد الصعود
# reviewed: no
holiday-eerste-pinksterdag = أحد العنصرة
# reviewed: no
holiday-tweede-pinksterdag = اثنين العنصرة
# reviewed: no
holiday-eerste-kerstdag = عيد الميلاد
# reviewed: no
holiday-tweede-kerstdag = ثاني أيام عيد الميلاد

## Spreekuren: how often

# reviewed: no
repeat-weekly = كل يوم { $weekdays }
# reviewed: no
repeat-iso-weeks = { $even ->
    [yes] يوم { $weekdays } في الأسابيع الزوجية (رقم الأسبوع)
   *[no] يوم { $weekdays } في الأسابيع الفردية (رقم الأسبوع)
}
# reviewed: no
repeat-other-week = كل أسبوعين يوم { $weekday }
# reviewed: no
repeat-other-week-from = كل أسبوعين يوم { $weekday }، ابتداءً من { $date }
# reviewed: no
repeat-monthly = { $weekdays } { $nths } من كل شهر
# reviewed: no
repeat-dates = في { $dates }
# reviewed: no
repeat-no-dates = لا توجد مواعيد جديدة
# reviewed: no
nth-first = الأول
# reviewed: no
nth-second = الثاني
# reviewed: no
nth-third = الثالث
# reviewed: no
nth-fourth = الرابع
# reviewed: no
nth-last = الأخير
# reviewed: no
session-sentence = { $when }، { $hours }.
# reviewed: no
session-sentence-no-dates = { $when }.
# reviewed: no
period-from-to = من { $from } حتى { $until }.
# reviewed: no
period-from = ابتداءً من { $from }.
# reviewed: no
period-until = حتى { $until }.
# reviewed: no
period-over = انتهت هذه الجلسات.
# reviewed: no
season = من { $from } حتى { $until }.
# reviewed: no
not-during = ليس خلال { $calendars }.
# reviewed: no
session-cancelled = ليس في { $dates }.
# reviewed: no
session-extra = موعد إضافي في { $dates }.
# reviewed: no
next-dates = المواعيد القادمة: { $dates }.
# reviewed: no
no-next-dates = لا توجد مواعيد جديدة مخطط لها الآن.
# reviewed: no
popup-period = مفتوح من { $from } حتى { $until }.

## The weekday overview

# reviewed: no
overview-nth-first = الأول
# reviewed: no
overview-nth-second = الثاني
# reviewed: no
overview-nth-third = الثالث
# reviewed: no
overview-nth-fourth = الرابع
# reviewed: no
overview-monthly = { $weekday } { $nths } من الشهر
# reviewed: no
overview-iso-weeks = { $even ->
    [yes] في الأسابيع الزوجية
   *[no] في الأسابيع الفردية
}
# reviewed: no
overview-every-week = كل أسبوع { $hours }
# reviewed: no
overview-other-week = كل أسبوعين
# reviewed: no
overview-monthly-once = مرة في الشهر
overview-dates = فقط في { $dates }
# reviewed: no
overview-not-every-week = ليس كل أسبوع
# reviewed: no
overview-from = ابتداءً من { $date }
overview-until = حتى { $date }
overview-from-until = من { $from } حتى { $until }
# reviewed: no
overview-elsewhere = في مكان آخر
# reviewed: no
on-appointment = بموعد
# reviewed: no
today-mark = (اليوم)

## Kinds of locations and how to come

# reviewed: no
kind-library-desk = مكتب في المكتبة
# reviewed: no
kind-whole-library = في المكتبة كلها
# reviewed: no
kind-information-point = جزء من مركز معلومات
# reviewed: no
kind-partner-venue = في مكان آخر
# reviewed: no
kind-mobile = نقطة مساعدة متنقلة
# reviewed: no
kind-telephone = مساعدة عبر الهاتف
# reviewed: no
kind-pop-up = نقطة مساعدة مؤقتة
# reviewed: no
venue-store-restaurant = في مطعم داخل متجر
# reviewed: no
venue-supermarket = في السوبرماركت
# reviewed: no
venue-hospital = في المستشفى
# reviewed: no
venue-community-centre = في مركز الحي
# reviewed: no
venue-care-home = في دار الرعاية
# reviewed: no
venue-town-hall = في مبنى البلدية
# reviewed: no
venue-market = في السوق
# reviewed: no
visit-walk-in = يمكنك المجيء دون موعد.
# reviewed: no
visit-appointment = احجز موعدًا أولًا.
# reviewed: no
visit-either = تعال مباشرة، أو احجز موعدًا.
# reviewed: no
visit-phone-walk-in = لا تحتاج إلى موعد. اتصل بنا فقط.
# reviewed: no
visit-phone-appointment = احجز موعدًا أولًا. ثم نتصل بك.
# reviewed: no
visit-phone-either = اتصل بنا فقط. أو احجز موعدًا.
# reviewed: no
visit-mobile-walk-in = تعال إلينا عندما نكون هنا.
# reviewed: no
visit-pop-up-walk-in = في هذه الفترة يمكنك المجيء دون موعد.
# reviewed: no
visit-some-appointment = بعض الجلسات تحتاج إلى موعد أولًا. هذا مكتوب بجانبها.
# reviewed: no
card-walk-in = دون موعد
# reviewed: no
card-appointment = بموعد فقط
# reviewed: no
card-either = بموعد أو دون موعد
# reviewed: no
area-national = لكل هولندا
# reviewed: no
area-region = لسكان { $places }
# reviewed: no
area-national-sentence = لكل هولندا.
# reviewed: no
area-region-sentence = لسكان { $places }.
# reviewed: no
wide-national = لكل هولندا
# reviewed: no
wide-region = لمنطقة
# reviewed: no
wide-both = لكل هولندا أو لمنطقة

## Location page

# reviewed: no
hours-caption = أوقات العمل
# reviewed: no
hours-caption-library = أوقات عمل المكتبة
# reviewed: no
hours-caption-phone = متى يمكنك الاتصال؟
# reviewed: no
hours-caption-phone-per-day = أوقات الاتصال لكل يوم
# reviewed: no
where = أين؟
# reviewed: no
where-mobile = أين نحن؟
# reviewed: no
inside-building = داخل المبنى:
# reviewed: no
inside-mobile = المكان بالضبط:
# reviewed: no
where-note-mobile = نحن هنا فقط في الأيام والأوقات المذكورة أدناه.
# reviewed: no
where-note-pop-up = نقطة المساعدة هذه موجودة لفترة قصيرة فقط. انتبه إلى التواريخ.
# reviewed: no
route = خطط طريقك
# reviewed: no
route-with = (عبر Google Maps)
# reviewed: no
phone-only = أنت تتصل بنا. لا تحتاج إلى الذهاب إلى أي مكان.
# reviewed: no
call-us = اتصل بنا:
# reviewed: no
appointment-needed = هل تحتاج إلى موعد؟
# reviewed: no
when = متى؟
# reviewed: no
updated-on = آخر تحديث { $date }.
# reviewed: no
who-when = من يكون هنا ومتى؟
# reviewed: no
other-times = انتبه: أوقات أخرى
# reviewed: no
bring = أحضر معك
# reviewed: no
bring-phone = جهّز هذا للمكالمة
# reviewed: no
bring-more-sessions = أحيانًا تحتاج إلى شيء آخر أيضًا. هذا مكتوب عند الجلسة أو عند الموضوع.
# reviewed: no
bring-more = أحيانًا تحتاج إلى شيء آخر أيضًا. هذا مكتوب عند الموضوع.
# reviewed: no
bring-also = أحضر أيضًا:
# reviewed: no
sessions = الجلسات
# reviewed: no
sessions-intro = في هذه الأيام توجد جلسة خاصة. أحيانًا من منظمة أخرى.
# reviewed: no
session-by = تقدمها { $partners }
# reviewed: no
elsewhere = انتبه، في مكان آخر:
# reviewed: no
elsewhere-dates = انتبه، في هذه الأيام في مكان آخر:
# reviewed: no
calendar-link = أضف الجلسات إلى تقويمك
# reviewed: no
calendar-file = (ملف iCalendar).
# reviewed: no
we-help-with = هنا نساعدك في
# reviewed: no
partners-here = منظمات تساعد هنا
# reviewed: no
contact = التواصل
# reviewed: no
phone = الهاتف:
# reviewed: no
email = البريد الإلكتروني:
# reviewed: no
website = الموقع:
# reviewed: no
gemeente = البلدية:
# reviewed: no
building-access = إمكانية الوصول إلى المبنى
# reviewed: no
access-entrance = المدخل
# reviewed: no
access-entrance-yes = بدون عتبة أو درج
# reviewed: no
access-entrance-no = مع عتبة أو درج
# reviewed: no
access-lift = المصعد
# reviewed: no
access-lift-yes = يوجد مصعد
# reviewed: no
access-lift-no = لا يوجد مصعد
# reviewed: no
access-toilet = المرحاض
# reviewed: no
access-toilet-yes = يوجد مرحاض لذوي الإعاقة
# reviewed: no
access-toilet-no = لا يوجد مرحاض مهيأ
# reviewed: no
access-loop = الحلقة السمعية
# reviewed: no
access-loop-yes = توجد حلقة سمعية لمستخدمي السماعات
# reviewed: no
access-loop-no = لا توجد حلقة سمعية
# reviewed: no
access-parking = موقف السيارات
# reviewed: no
access-transit = المواصلات العامة
# reviewed: no
languages = اللغات
# reviewed: no
we-speak = نتحدث { $languages }.
# reviewed: no
helpline-heading = لا تستطيع المجيء؟
# reviewed: no
helpline-heading-phone = هذه الأوقات لا تناسبك؟
# reviewed: no
helpline-call = اتصل بخط المساعدة DigiHulplijn:
# reviewed: no
helpline-free = المكالمة مجانية.
# reviewed: no
helpline-hours = من الاثنين إلى الجمعة، من 9:00 إلى 17:00.
# reviewed: no
checked-on = تم التحقق من هذه المعلومات في { $date }.
# reviewed: no
location-description = { $name }: مساعدة مجانية في الخدمات الحكومية الرقمية. أوقات العمل والجلسات والعنوان.
# reviewed: no
location-description-place = { $name }: مساعدة مجانية في الخدمات الحكومية الرقمية في { $place }. أوقات العمل والجلسات والعنوان.
# reviewed: no
in-dutch = هذا النص باللغة الهولندية.
# reviewed: no
in-dutch-note = (بالهولندية)

## Every page

# reviewed: no
site-description = مساعدة مجانية في DigiD والإعانات والضرائب وأمور حكومية أخرى. ابحث عن نقطة مساعدة قريبة منك.
# reviewed: no
skip-link = انتقل إلى المحتوى
# reviewed: no
main-menu = القائمة الرئيسية
# reviewed: no
menu-search = بحث
# reviewed: no
menu-gemeenten = البلديات
# reviewed: no
menu-themes = بماذا نساعد
# reviewed: no
menu-about = من نحن
# reviewed: no
language-switch = اللغة
# reviewed: no
prefer-calling = تفضّل الاتصال؟
# reviewed: no
site-by = موقع من { $organisation }.
# reviewed: no
about-site = عن هذا الموقع
# reviewed: no
partners-link = منظمات تساعد معنا
# reviewed: no
all-locations = كل نقاط المساعدة
# reviewed: no
staff-link = للموظفين: المطبوعات والشاشات (بالهولندية)
# reviewed: no
example-label = انتبه:
# reviewed: no
example-note = نقاط المساعدة في هذا الموقع أمثلة. البيانات غير حقيقية.
# reviewed: no
footer-updated = آخر تحديث { $date }. هذا الموقع لا يستخدم ملفات تعريف الارتباط.
# reviewed: no
you-are-here = أنت هنا
# reviewed: no
home = الصفحة الرئيسية

## Home page and finder

# reviewed: no
home-title = مساعدة في الخدمات الحكومية الرقمية
# reviewed: no
home-lead = هل هناك شيء لا ينجح على الكمبيوتر أو الهاتف؟ مثلًا مع DigiD أو الإعانات أو الإقرار الضريبي؟ في Informatiepunt Digitale Overheid نساعدك.
# reviewed: no
home-free = المساعدة مجانية.
# reviewed: no
home-no-member = لا تحتاج إلى أن تكون عضوًا في المكتبة.
# reviewed: no
choose-gemeente = أو اختر بلديتك
# reviewed: no
how-we-help = بماذا يمكننا أن نساعد؟
# reviewed: no
all-count = كل نقاط المساعدة ({ $count })
# reviewed: no
gemeente-name = بلدية { $name }
# reviewed: no
finder-title = ابحث عن نقطة مساعدة قريبة منك
# reviewed: no
finder-label = الرمز البريدي أو مكان السكن
# reviewed: no
finder-hint = مثلًا ⁦5041 SG⁩ أو Tilburg.
# reviewed: no
finder-submit = بحث
# reviewed: no
finder-theme = بماذا تحتاج المساعدة؟
# reviewed: no
finder-all-themes = كل المواضيع
# reviewed: no
finder-open = مفتوح الآن
# reviewed: no
finder-walk-in = دون موعد
# reviewed: no
finder-here = استخدم موقعي
# reviewed: no
finder-attribution = إحداثيات الرموز البريدية والأماكن:
# reviewed: no
finder-licence = الترخيص
# reviewed: no
finder-edited = مع تعديلات.
# reviewed: no
search-title = ابحث عن نقطة مساعدة
# reviewed: no
search-lead = اكتب الرمز البريدي أو مكان السكن. سترى نقاط المساعدة الأقرب إليك.
# reviewed: no
search-choose = تفضّل أن تختار بنفسك؟
# reviewed: no
search-choose-link = شاهد نقاط المساعدة حسب البلدية
# reviewed: no
search-private = رمزك البريدي لا يُرسل إلينا ولا إلى أي شركة. جهازك يبحث بنفسه.

## Lists, themes and gemeenten

# reviewed: no
locations-title = كل نقاط المساعدة
# reviewed: no
locations-lead = هنا كل نقاط المساعدة، حسب البلدية.
# reviewed: no
gemeenten-title = نقاط المساعدة حسب البلدية
# reviewed: no
gemeenten-lead = اختر بلديتك. سترى أين يمكنك الحصول على المساعدة.
# reviewed: no
gemeente-title = نقاط المساعدة في { $name }
# reviewed: no
gemeente-description = مساعدة مجانية في الخدمات الحكومية الرقمية في بلدية { $name }. هنا تجد كل نقاط المساعدة.
# reviewed: no
gemeente-lead = { $count ->
    [zero] لا توجد نقاط مساعدة في بلدية { $name }.
    [one] توجد نقطة مساعدة واحدة في بلدية { $name }.
    [two] توجد نقطتا مساعدة في بلدية { $name }.
    [few] توجد { $count } نقاط مساعدة في بلدية { $name }.
    [many] توجد { $count } نقطة مساعدة في بلدية { $name }.
   *[other] توجد { $count } نقطة مساعدة في بلدية { $name }.
} اختر مكانًا. سترى متى يمكنك المجيء.
# reviewed: no
gemeente-choose-theme = اختر موضوعًا. سترى أين يمكنك الذهاب.
# reviewed: no
per-theme = حسب الموضوع
# reviewed: no
also-for-you = لك أيضًا
# reviewed: no
also-for-you-lead = هذه المساعدة متاحة أيضًا لسكان { $name }.
# reviewed: no
gemeente-staff = هل تعمل في بلدية { $name }؟
# reviewed: no
gemeente-staff-link = ضع نقاط المساعدة هذه على موقعك (بالهولندية)
# reviewed: no
card-call = اتصل
# reviewed: no
card-gemeente = بلدية { $name }
# reviewed: no
themes-title = بماذا نساعد
# reviewed: no
themes-lead = نساعدك في أمور حكومية كثيرة. اختر موضوعًا.
# reviewed: no
theme-partners = منظمات تساعد في هذا
# reviewed: no
theme-where = هنا يمكنك الذهاب
# reviewed: no
theme-none = لا توجد بعد نقطة مساعدة لهذا الموضوع. اتصل بخط المساعدة DigiHulplijn:
# reviewed: no
partners-title = منظمات تساعد معنا
# reviewed: no
not-found-title = الصفحة غير موجودة
# reviewed: no
not-found-heading = هذه الصفحة غير موجودة
# reviewed: no
not-found-lead = ربما نُقلت الصفحة. أو يوجد خطأ في العنوان.
# reviewed: no
not-found-home = إلى الصفحة الرئيسية
# reviewed: no
not-found-gemeente = ابحث عن نقطة مساعدة في بلديتك
# reviewed: no
organisations = المنظمات
# reviewed: no
partners-lead = تعمل هذه المنظمات مع نقاط المساعدة. أحيانًا تقدم جلسة عندنا.
# reviewed: no
partners-national = منظمات وطنية
# reviewed: no
partners-local = منظمات محلية
# reviewed: no
partner-where = أين تجد { $name }
# reviewed: no
partner-none = لا تقدم { $name } الآن جلسة في نقطة مساعدة.

## The finder (its script writes these)

# reviewed: no
finder-postcode = الرمز البريدي { $code }
# reviewed: no
finder-postcode-near = لا نعرف الرمز البريدي { $code }. نبحث بالقرب من { $area }.
# reviewed: no
finder-postcode-unknown = لا نعرف الرمز البريدي { $code }. اكتب اسم مكان سكنك.
# reviewed: no
finder-nothing = لا نجد مكانًا أو رمزًا بريديًا "{ $query }". اكتب رمزًا بريديًا، مثل 5041 SG، أو اسم مكان.
# reviewed: no
finder-place = { $place } (بلدية { $gemeente })
# reviewed: no
finder-choice = { $place } (بلدية { $gemeente }، { $province })
# reviewed: no
finder-chosen-theme = مساعدة في { $theme }
# reviewed: no
finder-chosen-open = مفتوح الآن
# reviewed: no
finder-chosen-walk-in = دون موعد
# reviewed: no
finder-chosen = اختيارك: { $list }.
# reviewed: no
finder-results = نقاط المساعدة قرب { $label }
# reviewed: no
finder-results-for = نقاط المساعدة قرب { $label }، لـ { $list }
# reviewed: no
finder-other-place = هل تقصد مكانًا آخر؟
# reviewed: no
finder-nearest = { $count ->
    [one] هذه نقطة المساعدة الأقرب إلى { $label }.
    [two] هاتان نقطتا المساعدة الأقرب إلى { $label }.
    [few] هذه { $count } نقاط مساعدة هي الأقرب إلى { $label }.
   *[other] هذه { $count } نقطة مساعدة هي الأقرب إلى { $label }.
}
# reviewed: no
finder-further = توجد نقاط أخرى أبعد.
# A distance under 0.1 km, instead of "0,0 km".
finder-km-near = أقل من 100 متر
# reviewed: no
finder-none = لا توجد نقطة مساعدة تناسب اختيارك.
# reviewed: no
finder-none-hint = اختر خيارات أقل أو موضوعًا آخر.
# reviewed: no
finder-more = أظهر المزيد
# reviewed: no
finder-showing = { $count ->
    [one] ترى الآن نقطة مساعدة واحدة.
    [two] ترى الآن نقطتي مساعدة.
    [few] ترى الآن { $count } نقاط مساعدة.
   *[other] ترى الآن { $count } نقطة مساعدة.
}
# reviewed: no
finder-also-call = { $count ->
    [one] يمكنك أيضًا الاتصال.
    [two] يمكنك أيضًا الاتصال: يوجد رقما هاتف.
    [few] يمكنك أيضًا الاتصال: توجد { $count } أرقام هاتف.
   *[other] يمكنك أيضًا الاتصال: يوجد { $count } رقم هاتف.
}
# reviewed: no
finder-type-first = اكتب أولًا رمزًا بريديًا أو مكانًا.
# reviewed: no
finder-searching = جارٍ البحث...
# reviewed: no
finder-failed = البحث لا يعمل الآن. اختر بلديتك أدناه.
# reviewed: no
finder-your-location = موقعك
# reviewed: no
finder-location-unknown = موقعك غير معروف. اكتب رمزًا بريديًا أو مكانًا.
# reviewed: no
finder-helpline-kind = خط مساعدة وطني عبر الهاتف
# reviewed: no
finder-helpline-visit = الاتصال مجاني. من الاثنين إلى الجمعة، من 9:00 إلى 17:00.
# reviewed: no
decimal-separator = {"."}

## Flyers (print)

# reviewed: no
print-free-help = مساعدة مجانية في { $themes }.
# reviewed: no
print-call-us = اتصل بنا
# reviewed: no
print-when-call = متى تتصل؟
# reviewed: no
print-other-days-closed = مغلق في الأيام الأخرى.
# reviewed: no
print-who-on-back = من يكون هنا ومتى: انظر الوجه الخلفي.
# reviewed: no
print-sessions-on-back = انظر الوجه الخلفي لمعرفة الجلسات.
# reviewed: no
print-free = المساعدة مجانية.
# reviewed: no
print-by = نقطة مساعدة تابعة لـ { $organisation }.
# reviewed: no
print-more-info = معلومات أكثر: { $url }
# reviewed: no
print-sessions-count = { $count ->
    [one] كل أسبوع توجد جلسة واحدة.
    [two] كل أسبوع توجد جلستان من منظمات مختلفة.
    [few] كل أسبوع توجد { $count } جلسات من منظمات مختلفة.
   *[other] كل أسبوع توجد { $count } جلسة من منظمات مختلفة.
} امسح رمز QR لمعرفة كل الأيام والأوقات.
# reviewed: no
print-also-dates = توجد أيضًا جلسات في أيام منفردة.
# reviewed: no
print-times-online = الأوقات موجودة على الموقع: امسح رمز QR.
# reviewed: no
print-how = كيف تعمل الخدمة
# reviewed: no
print-how-call = اتصل بالرقم { $phone } في أحد الأوقات المذكورة على الوجه الأمامي.
# reviewed: no
print-how-tell = قل لنا بماذا تحتاج المساعدة.
# reviewed: no
print-how-help = يساعدك موظف عبر الهاتف.
# reviewed: no
print-come-by = تعال خلال أوقات العمل. يسعدنا أن نساعدك.
# reviewed: no
print-we-help = نساعدك في
# reviewed: no
print-bring = أحضر معك
# reviewed: no
print-call = اتصل
# reviewed: no
print-all-times = كل الأوقات:
# reviewed: no
print-all-times-route = كل الأوقات وكيف تصل إلينا:
# reviewed: no
print-scan = امسحني
# reviewed: no
print-qr = رمز QR. يفتح { $url }.
# reviewed: no
print-phone-visit = لا تحتاج إلى موعد. اتصل في أحد الأوقات.
# reviewed: no
rule-every-week = كل أسبوع
# reviewed: no
rule-iso-weeks = { $even ->
    [yes] في الأسابيع الزوجية حسب رقم الأسبوع
   *[no] في الأسابيع الفردية حسب رقم الأسبوع
}
# reviewed: no
rule-other-week = كل أسبوعين
# reviewed: no
outside-period = نقطة المساعدة غير موجودة في هذا الوقت

## Slides

# reviewed: no
slide-we-speak-this = يمكننا أن نساعدك باللغة العربية أيضًا.

## Embeds (the iframe on a municipal site)

# reviewed: no
table-day = اليوم
# reviewed: no
table-time = الوقت
# reviewed: no
embed-more = المزيد عن { $name }
# reviewed: no
embed-source = معلومات من { $site }.
# reviewed: no
embed-call = تفضّل الاتصال؟ خط المساعدة DigiHulplijn يساعد مجانًا:
# reviewed: no
embed-gemeente-call = تفضّل الاتصال؟ خط المساعدة DigiHulplijn يساعد أيضًا:
# reviewed: no
embed-gemeente-lead = هنا تحصل على مساعدة مجانية في DigiD والإعانات وأمور حكومية أخرى.
# reviewed: no
# The grammatical gender of weekday $day (Monday = 0), for the ordinals.
weekday-gender = m
