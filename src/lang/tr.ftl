## Turkish. Translated from nl.ftl; not yet reviewed by a native speaker.
## Sentences are built so that no suffix has to follow an argument.

# reviewed: no
language-name = Türkçe

## Dates, times and lists

# reviewed: no
time = { $h }.{ $mm }
# reviewed: no
day-month = { $day } { $month }
# reviewed: no
weekday-date = { $day } { $month } { $weekday }
# reviewed: no
date-year = { $date } { $year }
# reviewed: no
list-separator = {", "}
# reviewed: no
list-and = { $head } ve { $last }
# reviewed: no
range = { $from } - { $to } arası
# reviewed: no
range-short = { $from }–{ $to }
# reviewed: no
short-hours = { $ranges }
# reviewed: no
closed = Kapalı

## Live status

# reviewed: no
status-open-until = Şu an açık. Kapanış saati: { $time }.
# reviewed: no
status-closed = Şu an kapalı.
# reviewed: no
status-open-later-today = Şu an kapalı. Bugün açılış saati: { $time }.
# reviewed: no
status-open-tomorrow = Şu an kapalı. Yarın açılış saati: { $time }.
# reviewed: no
status-open-on = Şu an kapalı. Tekrar açık: { $date }, saat { $time }.
# reviewed: no
today-open = Bugün, { $date }: açık, { $hours }.
# reviewed: no
today-closed = Bugün, { $date }: kapalı.
# reviewed: no
today-hours = Bugün: { $hours }.
# reviewed: no
today-closed-short = Bugün kapalı.
# reviewed: no
tomorrow-closed-short = Yarın kapalı.
# reviewed: no
tomorrow-hours = Yarın: { $hours }.

## Changes in the coming weeks

# reviewed: no
change-closed-on = Kapalı: { $date } ({ $reason }).
# reviewed: no
change-closed-until = Kapalı, son gün: { $until } ({ $reason }).
# reviewed: no
change-closed-from-to = Kapalı: { $from } - { $until } ({ $reason }).
# reviewed: no
change-open-on = Açık: { $date }, { $hours } ({ $reason }).
# reviewed: no
change-open-anyway = Yine de açık: { $date }, { $hours }.
# reviewed: no
no-changes = Önümüzdeki haftalarda başka saat yok.

## Holidays

# reviewed: no
holidays-closed = Resmî tatillerde kapalıyız.
# reviewed: no
holidays-open = Resmî tatillerde de açığız.
# reviewed: no
holidays-closed-except = Resmî tatillerde kapalıyız. Şu günler hariç: { $holidays }.
# reviewed: no
holiday-nieuwjaarsdag = Yılbaşı
# reviewed: no
holiday-goede-vrijdag = Kutsal Cuma
# reviewed: no
holiday-eerste-paasdag = Paskalya Pazarı
# reviewed: no
holiday-tweede-paasdag = Paskalya Pazartesisi
# reviewed: no
holiday-koningsdag = Kral Günü
# reviewed: no
holiday-bevrijdingsdag = Kurtuluş Günü
# reviewed: no
holiday-hemelvaartsdag = Göğe Yükseliş Günü
# reviewed: no
holiday-eerste-pinksterdag = Pentekost Pazarı
# reviewed: no
holiday-tweede-pinksterdag = Pentekost Pazartesisi
# reviewed: no
holiday-eerste-kerstdag = Noel
# reviewed: no
holiday-tweede-kerstdag = Noel'in ikinci günü

## Spreekuren: how often

# reviewed: no
repeat-weekly = Her hafta: { $weekdays }
# reviewed: no
repeat-iso-weeks = { $even ->
    [yes] Çift haftalarda (hafta numarası): { $weekdays }
   *[no] Tek haftalarda (hafta numarası): { $weekdays }
}
# reviewed: no
repeat-other-week = İki haftada bir: { $weekday }
# reviewed: no
repeat-other-week-from = İki haftada bir: { $weekday }, başlangıç { $date }
# reviewed: no
repeat-monthly = Her ayın { $nths } { $weekdays } günü
# reviewed: no
repeat-dates = Tarihler: { $dates }
# reviewed: no
repeat-no-dates = Yeni tarih yok
# reviewed: no
nth-first = ilk
# reviewed: no
nth-second = ikinci
# reviewed: no
nth-third = üçüncü
# reviewed: no
nth-fourth = dördüncü
# reviewed: no
nth-last = son
# reviewed: no
session-sentence = { $when }, { $hours }.
# reviewed: no
session-sentence-no-dates = { $when }.
# reviewed: no
period-from-to = Tarih: { $from } - { $until }.
# reviewed: no
period-from = Başlangıç: { $from }.
# reviewed: no
period-until = Son gün: { $until }.
# reviewed: no
period-over = Bu görüşme saatleri sona erdi.
# reviewed: no
season = Dönem: { $from } - { $until }.
# reviewed: no
not-during = Şu dönemlerde yok: { $calendars }.
# reviewed: no
session-cancelled = Olmayacak: { $dates }.
# reviewed: no
session-extra = Ek tarih: { $dates }.
# reviewed: no
next-dates = Sonraki tarihler: { $dates }.
# reviewed: no
no-next-dates = Şu an planlanmış yeni tarih yok.
# reviewed: no
popup-period = Açık: { $from } - { $until }.

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
overview-monthly = ayın { $nths } { $weekday } günü
# reviewed: no
overview-iso-weeks = { $even ->
    [yes] çift haftalarda
   *[no] tek haftalarda
}
# reviewed: no
overview-every-week = her hafta { $hours }
# reviewed: no
overview-other-week = iki haftada bir
# reviewed: no
overview-monthly-once = ayda bir
overview-dates = yalnızca { $dates }
# reviewed: no
overview-not-every-week = her hafta değil
# reviewed: no
overview-from = başlangıç { $date }
overview-until = bitiş { $date }
overview-from-until = { $from } – { $until }
# reviewed: no
overview-elsewhere = başka bir yerde
# reviewed: no
on-appointment = randevu ile
# reviewed: no
today-mark = (bugün)

## Kinds of locations and how to come

# reviewed: no
kind-library-desk = Kütüphanede danışma masası
# reviewed: no
kind-whole-library = Kütüphanenin her yerinde
# reviewed: no
kind-information-point = Bir bilgi merkezinin parçası
# reviewed: no
kind-partner-venue = Başka bir yerde
# reviewed: no
kind-mobile = Gezici yardım noktası
# reviewed: no
kind-telephone = Telefonla yardım
# reviewed: no
kind-pop-up = Geçici yardım noktası
# reviewed: no
venue-store-restaurant = Bir mağaza restoranında
# reviewed: no
venue-supermarket = Süpermarkette
# reviewed: no
venue-hospital = Hastanede
# reviewed: no
venue-community-centre = Mahalle merkezinde
# reviewed: no
venue-care-home = Bakım evinde
# reviewed: no
venue-town-hall = Belediye binasında
# reviewed: no
venue-market = Pazarda
# reviewed: no
visit-walk-in = Randevusuz gelebilirsiniz.
# reviewed: no
visit-appointment = Önce randevu alın.
# reviewed: no
visit-either = Gelin veya randevu alın.
# reviewed: no
visit-phone-walk-in = Randevu gerekmez. Bizi arayın.
# reviewed: no
visit-phone-appointment = Önce randevu alın. Sonra biz sizi ararız.
# reviewed: no
visit-phone-either = Bizi arayın. Veya randevu alın.
# reviewed: no
visit-mobile-walk-in = Biz buradayken uğrayın.
# reviewed: no
visit-pop-up-walk-in = Bu dönemde randevusuz gelebilirsiniz.
# reviewed: no
visit-some-appointment = Bazı görüşme saatleri için önce randevu gerekir. Yanlarında yazıyor.
# reviewed: no
card-walk-in = Randevusuz
# reviewed: no
card-appointment = Sadece randevu ile
# reviewed: no
card-either = Randevulu veya randevusuz
# reviewed: no
area-national = tüm Hollanda için
# reviewed: no
area-region = şu yerlerde oturanlar için: { $places }
# reviewed: no
area-national-sentence = Tüm Hollanda için.
# reviewed: no
area-region-sentence = Şu yerlerde oturanlar için: { $places }.
# reviewed: no
wide-national = Tüm Hollanda için
# reviewed: no
wide-region = Bir bölge için
# reviewed: no
wide-both = Tüm Hollanda veya bir bölge için

## Location page

# reviewed: no
hours-caption = Açılış saatleri
# reviewed: no
hours-caption-library = Kütüphanenin açılış saatleri
# reviewed: no
hours-caption-phone = Ne zaman arayabilirsiniz?
# reviewed: no
hours-caption-phone-per-day = Günlere göre arama saatleri
# reviewed: no
where = Nerede?
# reviewed: no
where-mobile = Neredeyiz?
# reviewed: no
inside-building = Binada:
# reviewed: no
inside-mobile = Tam yeri:
# reviewed: no
where-note-mobile = Sadece aşağıdaki gün ve saatlerde buradayız.
# reviewed: no
where-note-pop-up = Bu yardım noktası kısa bir süre için burada. Tarihlere dikkat edin.
# reviewed: no
route = Yol tarifi
# reviewed: no
route-with = (Google Maps ile)
# reviewed: no
phone-only = Siz bizi ararsınız. Bir yere gitmenize gerek yok.
# reviewed: no
call-us = Bizi arayın:
# reviewed: no
appointment-needed = Randevu gerekli mi?
# reviewed: no
when = Ne zaman?
# reviewed: no
updated-on = Güncelleme: { $date }.
# reviewed: no
who-when = Kim ne zaman burada?
# reviewed: no
other-times = Dikkat: farklı saatler
# reviewed: no
bring = Yanınızda getirin
# reviewed: no
bring-phone = Görüşme için bunları hazırlayın
# reviewed: no
bring-more-sessions = Bazen başka bir şey de gerekir. Görüşme saatinde veya konuda yazıyor.
# reviewed: no
bring-more = Bazen başka bir şey de gerekir. Konuda yazıyor.
# reviewed: no
bring-also = Bunları da getirin:
# reviewed: no
sessions = Görüşme saatleri
# reviewed: no
sessions-intro = Bu günlerde özel bir görüşme saati var. Bazen başka bir kuruluştan.
# reviewed: no
session-by = Veren: { $partners }
# reviewed: no
elsewhere = Dikkat, başka bir yerde:
# reviewed: no
elsewhere-dates = Dikkat, bu günlerde başka bir yerde:
# reviewed: no
calendar-link = Görüşme saatlerini takviminize ekleyin
# reviewed: no
calendar-file = (iCalendar dosyası).
# reviewed: no
we-help-with = Burada şu konularda yardım ediyoruz
# reviewed: no
partners-here = Burada yardım eden kuruluşlar
# reviewed: no
contact = İletişim
# reviewed: no
phone = Telefon:
# reviewed: no
email = E-posta:
# reviewed: no
website = Web sitesi:
# reviewed: no
gemeente = Belediye:
# reviewed: no
building-access = Binanın erişilebilirliği
# reviewed: no
access-entrance = Giriş
# reviewed: no
access-entrance-yes = Eşiksiz ve merdivensiz
# reviewed: no
access-entrance-no = Eşik veya merdiven var
# reviewed: no
access-lift = Asansör
# reviewed: no
access-lift-yes = Asansör var
# reviewed: no
access-lift-no = Asansör yok
# reviewed: no
access-toilet = Tuvalet
# reviewed: no
access-toilet-yes = Engelliler için tuvalet var
# reviewed: no
access-toilet-no = Uyarlanmış tuvalet yok
# reviewed: no
access-loop = İndüksiyon döngüsü
# reviewed: no
access-loop-yes = İşitme cihazı kullananlar için indüksiyon döngüsü var
# reviewed: no
access-loop-no = İndüksiyon döngüsü yok
# reviewed: no
access-parking = Otopark
# reviewed: no
access-transit = Toplu taşıma
# reviewed: no
languages = Diller
# reviewed: no
we-speak = Konuştuğumuz diller: { $languages }.
# reviewed: no
helpline-heading = Gelemiyor musunuz?
# reviewed: no
helpline-heading-phone = Bu saatler size uymuyor mu?
# reviewed: no
helpline-call = DigiHulplijn'i arayın:
# reviewed: no
helpline-free = Ücretsizdir.
# reviewed: no
helpline-hours = Pazartesiden cumaya, 9.00 - 17.00 arası.
# reviewed: no
checked-on = Bu bilgiler şu tarihte kontrol edildi: { $date }.
# reviewed: no
location-description = { $name }: dijital devlet hizmetleri için ücretsiz yardım. Açılış saatleri, görüşme saatleri ve adres.
# reviewed: no
location-description-place = { $name }: { $place } içinde dijital devlet hizmetleri için ücretsiz yardım. Açılış saatleri, görüşme saatleri ve adres.
# reviewed: no
in-dutch = Bu metin Hollandaca.
# reviewed: no
in-dutch-note = (Hollandaca)

## Every page

# reviewed: no
site-description = DigiD, yardımlar, vergiler ve diğer devlet işleri için ücretsiz yardım. Size yakın bir yardım noktası bulun.
# reviewed: no
skip-link = İçeriğe geç
# reviewed: no
main-menu = Ana menü
# reviewed: no
menu-search = Ara
# reviewed: no
menu-gemeenten = Belediyeler
# reviewed: no
menu-themes = Yardım konularımız
# reviewed: no
menu-about = Hakkımızda
# reviewed: no
language-switch = Dil
# reviewed: no
prefer-calling = Aramayı mı tercih edersiniz?
# reviewed: no
site-by = Bu web sitesi: { $organisation }.
# reviewed: no
about-site = Bu web sitesi hakkında
# reviewed: no
partners-link = Yardım eden kuruluşlar
# reviewed: no
all-locations = Tüm yardım noktaları
# reviewed: no
staff-link = Çalışanlar için: basılı malzeme ve ekranlar (Hollandaca)
# reviewed: no
example-label = Dikkat:
# reviewed: no
example-note = bu sitedeki yardım noktaları örnektir. Bilgiler gerçek değildir.
# reviewed: no
footer-updated = Güncelleme: { $date }. Bu web sitesi çerez kullanmaz.
# reviewed: no
you-are-here = Buradasınız
# reviewed: no
home = Ana sayfa

## Home page and finder

# reviewed: no
home-title = Dijital devlet işlerinde yardım
# reviewed: no
home-lead = Bilgisayarda veya telefonda bir şey mi olmuyor? Örneğin DigiD, yardımlar veya vergi beyannamesi ile? Informatiepunt Digitale Overheid size yardım eder.
# reviewed: no
home-free = Yardım ücretsizdir.
# reviewed: no
home-no-member = Kütüphaneye üye olmanız gerekmez.
# reviewed: no
choose-gemeente = Veya belediyenizi seçin
# reviewed: no
how-we-help = Hangi konularda yardım ediyoruz?
# reviewed: no
all-count = Tüm yardım noktaları ({ $count })
# reviewed: no
gemeente-name = { $name } Belediyesi
# reviewed: no
finder-title = Size yakın bir yardım noktası bulun
# reviewed: no
finder-label = Posta kodunuz veya yaşadığınız yer
# reviewed: no
finder-hint = Örneğin 5041 SG veya Tilburg.
# reviewed: no
finder-submit = Ara
# reviewed: no
finder-theme = Hangi konuda yardım istiyorsunuz?
# reviewed: no
finder-all-themes = Tüm konular
# reviewed: no
finder-open = Şu an açık
# reviewed: no
finder-walk-in = Randevusuz
# reviewed: no
finder-here = Konumumu kullan
# reviewed: no
finder-attribution = Posta kodu ve yer koordinatları:
# reviewed: no
finder-licence = lisans
# reviewed: no
finder-edited = Düzenlendi.
# reviewed: no
search-title = Bir yardım noktası bulun
# reviewed: no
search-lead = Posta kodunuzu veya yaşadığınız yeri yazın. Size en yakın yardım noktalarını görürsünüz.
# reviewed: no
search-choose = Kendiniz mi seçmek istersiniz?
# reviewed: no
search-choose-link = Belediyelere göre yardım noktalarına bakın
# reviewed: no
search-private = Posta kodunuz bize veya başka bir şirkete gitmez. Bilgisayarınız veya telefonunuz kendisi arar.

## Lists, themes and gemeenten

# reviewed: no
locations-title = Tüm yardım noktaları
# reviewed: no
locations-lead = Burada tüm yardım noktaları belediyelere göre listelenir.
# reviewed: no
gemeenten-title = Belediyelere göre yardım noktaları
# reviewed: no
gemeenten-lead = Belediyenizi seçin. Nerede yardım alabileceğinizi görürsünüz.
# reviewed: no
gemeente-title = Yardım noktaları: { $name }
# reviewed: no
gemeente-description = { $name } belediyesinde dijital devlet işleri için ücretsiz yardım. Tüm yardım noktaları burada.
# reviewed: no
gemeente-lead = { $count ->
    [one] { $name } belediyesinde 1 yardım noktası var.
   *[other] { $name } belediyesinde { $count } yardım noktası var.
} Bir yer seçin. Ne zaman gelebileceğinizi görürsünüz.
# reviewed: no
gemeente-choose-theme = Bir konu seçin. Nereye gidebileceğinizi görürsünüz.
# reviewed: no
per-theme = Konulara göre
# reviewed: no
also-for-you = Sizin için de
# reviewed: no
also-for-you-lead = Bu yardım şu belediyede oturanlar için de var: { $name }.
# reviewed: no
gemeente-staff = Belediyede mi çalışıyorsunuz ({ $name })?
# reviewed: no
gemeente-staff-link = Bu yardım noktalarını kendi sitenize koyun (Hollandaca)
# reviewed: no
card-call = Arayın
# reviewed: no
card-gemeente = { $name } Belediyesi
# reviewed: no
themes-title = Yardım konularımız
# reviewed: no
themes-lead = Birçok devlet işinde size yardım ediyoruz. Bir konu seçin.
# reviewed: no
theme-partners = Bu konuda yardım eden kuruluşlar
# reviewed: no
theme-where = Gidebileceğiniz yerler
# reviewed: no
theme-none = Bu konuda henüz bir yardım noktası yok. DigiHulplijn'i arayın:
# reviewed: no
partners-title = Yardım eden kuruluşlar
# reviewed: no
not-found-title = Sayfa bulunamadı
# reviewed: no
not-found-heading = Bu sayfa yok
# reviewed: no
not-found-lead = Sayfa taşınmış olabilir. Veya adreste bir hata var.
# reviewed: no
not-found-home = Ana sayfaya git
# reviewed: no
not-found-gemeente = Belediyenizde bir yardım noktası bulun
# reviewed: no
organisations = Kuruluşlar
# reviewed: no
partners-lead = Bu kuruluşlar yardım noktalarıyla birlikte çalışır. Bazen bizde görüşme saati yaparlar.
# reviewed: no
partners-national = Ulusal kuruluşlar
# reviewed: no
partners-local = Yakındaki kuruluşlar
# reviewed: no
partner-where = Bu kuruluşu nerede bulursunuz: { $name }
# reviewed: no
partner-none = Şu an bir yardım noktasında görüşme saati yok: { $name }.

## The finder (its script writes these)

# reviewed: no
finder-postcode = posta kodu { $code }
# reviewed: no
finder-postcode-near = { $code } posta kodunu bilmiyoruz. Şu bölgede arıyoruz: { $area }.
# reviewed: no
finder-postcode-unknown = { $code } posta kodunu bilmiyoruz. Yaşadığınız yerin adını yazın.
# reviewed: no
finder-nothing = "{ $query }" diye bir yer veya posta kodu bulamıyoruz. 5041 SG gibi bir posta kodu veya bir yer yazın.
# reviewed: no
finder-place = { $place } (belediye: { $gemeente })
# reviewed: no
finder-choice = { $place } (belediye: { $gemeente }, { $province })
# reviewed: no
finder-chosen-theme = konu: { $theme }
# reviewed: no
finder-chosen-open = şu an açık
# reviewed: no
finder-chosen-walk-in = randevusuz
# reviewed: no
finder-chosen = Seçiminiz: { $list }.
# reviewed: no
finder-results = Yardım noktaları: { $label }
# reviewed: no
finder-results-for = Yardım noktaları: { $label }; seçim: { $list }
# reviewed: no
finder-other-place = Başka bir yeri mi kastettiniz?
# reviewed: no
finder-nearest = { $count ->
    [one] En yakın yardım noktası ({ $label }).
   *[other] En yakın { $count } yardım noktası ({ $label }).
}
# reviewed: no
finder-further = Daha uzakta başka yardım noktaları da var.
# A distance under 0.1 km, instead of "0,0 km".
finder-km-near = 100 metreden az
# reviewed: no
finder-none = Seçiminize uyan bir yardım noktası yok.
# reviewed: no
finder-none-hint = Daha az kutu veya başka bir konu seçin.
# reviewed: no
finder-more = Daha fazla göster
# reviewed: no
finder-showing = Şu an { $count } yardım noktası görüyorsunuz.
# reviewed: no
finder-also-call = { $count ->
    [one] Telefonla da arayabilirsiniz.
   *[other] Telefonla da arayabilirsiniz: { $count } telefon numarası var.
}
# reviewed: no
finder-type-first = Önce bir posta kodu veya yer yazın.
# reviewed: no
finder-searching = Aranıyor...
# reviewed: no
finder-failed = Arama şu an çalışmıyor. Aşağıdan belediyenizi seçin.
# reviewed: no
finder-your-location = konumunuz
# reviewed: no
finder-location-unknown = Konumunuz bilinmiyor. Bir posta kodu veya yer yazın.
# reviewed: no
finder-helpline-kind = Telefonla ulusal yardım hattı
# reviewed: no
finder-helpline-visit = Arama ücretsizdir. Pazartesiden cumaya, 9.00 - 17.00 arası.
# reviewed: no
decimal-separator = {","}

## Flyers (print)

# reviewed: no
print-free-help = Ücretsiz yardım: { $themes }.
# reviewed: no
print-call-us = Bizi arayın
# reviewed: no
print-when-call = Ne zaman aranır?
# reviewed: no
print-other-days-closed = Diğer günler kapalı.
# reviewed: no
print-who-on-back = Kimin ne zaman burada olduğu arka sayfada.
# reviewed: no
print-sessions-on-back = Görüşme saatleri için arka sayfaya bakın.
# reviewed: no
print-free = Ücretsizdir.
# reviewed: no
print-by = Bir yardım noktası: { $organisation }.
# reviewed: no
print-more-info = Daha fazla bilgi: { $url }
# reviewed: no
print-sessions-count = Her hafta farklı kuruluşlardan { $count } görüşme saati var. Tüm gün ve saatler için QR kodunu tarayın.
# reviewed: no
print-also-dates = Tek tek günlerde de görüşme saatleri var.
# reviewed: no
print-times-online = Saatler web sitesinde: QR kodunu tarayın.
# reviewed: no
print-how = Nasıl çalışır
# reviewed: no
print-how-call = Ön sayfadaki saatlerden birinde { $phone } numarasını arayın.
# reviewed: no
print-how-tell = Ne konuda yardım istediğinizi söyleyin.
# reviewed: no
print-how-help = Bir çalışan size telefonla yardım eder.
# reviewed: no
print-come-by = Açılış saatlerinde gelin. Size memnuniyetle yardım ederiz.
# reviewed: no
print-we-help = Yardım konularımız
# reviewed: no
print-bring = Getirin
# reviewed: no
print-call = Arayın
# reviewed: no
print-all-times = Tüm saatler:
# reviewed: no
print-all-times-route = Tüm saatler ve yol tarifi:
# reviewed: no
print-scan = Tarayın
# reviewed: no
print-qr = QR kodu. Şunu açar: { $url }.
# reviewed: no
print-phone-visit = Randevu gerekmez. Saatlerden birinde arayın.
# reviewed: no
rule-every-week = Her hafta
# reviewed: no
rule-iso-weeks = { $even ->
    [yes] Çift haftalarda (hafta numarası)
   *[no] Tek haftalarda (hafta numarası)
}
# reviewed: no
rule-other-week = İki haftada bir
# reviewed: no
outside-period = Bu yardım noktası o zaman burada değil

## Slides

# reviewed: no
slide-we-speak-this = Size Türkçe de yardım edebiliriz.

## Embeds (the iframe on a municipal site)

# reviewed: no
table-day = Gün
# reviewed: no
table-time = Saat
# reviewed: no
embed-more = Daha fazla bilgi: { $name }
# reviewed: no
embed-source = Bilgi kaynağı: { $site }.
# reviewed: no
embed-call = Aramayı mı tercih edersiniz? DigiHulplijn ücretsiz yardım eder:
# reviewed: no
embed-gemeente-call = Aramayı mı tercih edersiniz? DigiHulplijn de yardım eder:
# reviewed: no
embed-gemeente-lead = Burada DigiD, yardım ödenekleri ve diğer devlet işleri için ücretsiz yardım alırsınız.
# reviewed: no
# The grammatical gender of weekday $day (Monday = 0), for the ordinals.
weekday-gender = m
