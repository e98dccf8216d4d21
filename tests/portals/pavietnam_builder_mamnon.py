"""A registrar's ready-made kindergarten website (PA Vietnam style "web mầm non" package, PHP).

Platform: a fixed PHP template sold with a hosting package and kept up by the school's clerk
(account ``vanthu``): table layout, a banner whose only ``<h1>`` is the school's name, a top menu
with a "Tin tức" drop-down, a left "DANH MỤC" column, a right column ("Thực đơn tuần", "Album
ảnh", "Tin xem nhiều", "Liên kết website", visitor counter "Đang online / Hôm nay / Tổng truy
cập"), a ``<marquee>`` of notices under the banner and a footer with address/phone/email.
Institution: Trường Mầm non Hoa Hồng, thành phố Vĩnh Long.

Every page prints ``<base href="http://<host>/">`` and all its links and images are written
relative to it ("tin-tuc/….html", "thumb.php?src=upload/…").

URL scheme
- ``/``                                    home: marquee, "Tin nổi bật" box, "Tin mới" box and
                                           one box of three per category
- ``/tin-tuc/<slug>-<N>.html``             an article; the router reads only ``N``
- ``/danh-muc/<slug>-<c>.html?p=<N>``      a category listing, 4 items a page ("Trang: 1 2 »")
- ``/thuc-don/<slug>-<N>.html``            a week's menu (a table by weekday)
- ``/album/<N>.html``                      a photo album
- ``/gioi-thieu.html``, ``/lien-he.html``  intro and contact pages
- ``/thumb.php?src=upload/…&w=…&h=…``      the template's resizing script (images)
- ``/upload/…``, ``/images/…``             images

Page templates
- article: banner, menu, marquee, breadcrumb "Trang chủ » Tin tức » <category>", then
  ``<div class="tde_ct"><span>headline</span></div>``, an info line ``<div class="ngdang">``
  ("Ngày đăng: 03/12/2026 02:30:00 PM | Người đăng: vanthu | Lượt xem: 345"), the sapo box
  ``<div class="mota_ct">`` (empty when none), the text in ``<div id="noidung_ct">``, a tools row
  (print / send / back / top), a "Từ khóa" line, "Các tin khác" (3 newest other posts of the
  category, each with its "(dd/mm/yyyy)").
- listing: breadcrumb, items (thumbnail, title link, "Cập nhật: …" date, teaser, "Xem tiếp »"),
  pager "Trang: 1 2 »" whose page 1 link carries ``?p=1``.

How each gold article is reached
- category "Tin tức - Sự kiện" (5 posts): 318, 315, 309 on the home box; 302 on listing page 1;
  296 only on listing page 2 (never on the home page, in "Các tin khác" or "Tin xem nhiều").
- "Hoạt động của bé" (4), "Góc phụ huynh" (2), "Thông báo" (2): one listing page each, the
  home boxes, the "Tin mới" box and "Các tin khác".
- the marquee links the two notices under their old slugs; the "Tin nổi bật" box links 318 under
  its old slug (same article, 200, no redirect: alt_paths).

Traps
1. The only ``<h1>`` on every page is the banner's "TRƯỜNG MẦM NON HOA HỒNG"; the headline is a
   ``<span>`` in ``<div class="tde_ct">`` (``<title>`` is "<headline> | Trường MN Hoa Hồng").
   Gold title: the span's headline.
2. The info line prints a 12-hour English clock: "03/12/2026 02:30:00 PM" -> 14:30+07:00,
   "10:05:00 AM" -> 10:05, "07:10:00 PM" -> 19:10; "12:00:00 AM" is midnight: the day alone
   (309: "2026-11-06"). Posts moved from the old site print the day alone (299).
3. The router ignores the slug: the marquee and the "Tin nổi bật" box link three posts under the
   slug of their first title (the clerk retitled them later); those URLs answer 200 with the same
   page (``og:url`` names the current slug, no ``rel=canonical``). Gold: the current-slug URL,
   old-slug URLs in alt_paths.
4. ``<base href>`` on every page, links and images written relative to it: "tin-tuc/…" on
   "/danh-muc/…" means "/tin-tuc/…", not "/danh-muc/tin-tuc/…" (which 404s). Image gold paths
   are resolved against the base ("/thumb.php?…", "/upload/…").
5. Article photos go through ``thumb.php?src=…&amp;w=600&amp;h=0``: the image is a script URL
   with a query (gold keeps the query); listing/box thumbnails use the same script with w=150
   and are not article images.
6. Photo grid (315): two photos side by side in a layout table, their captions in the table's
   next row; the captions are the photos' captions, not table rows of the body.
7. Sapo printed twice (315): the clerk pasted the lead into the sapo box and again as the text's
   first paragraph. Gold: summary = the lead, body carries it once.
8. Text typed with the editor in <br> mode (296): one ``<div>`` of bare text lines separated by
   ``<br /><br />``, the photo and its italic line in between, byline last; no ``<p>`` at all.
   Gold: each line a paragraph, the italic line a caption, the byline an author.
9. Captions are a centred italic ``<p>`` under the photo's own ``<p>``; a line that only credits
   ("(Ảnh: Phạm Văn Toàn)") is no caption (photographer, caption None).
10. Official notice (319) in a letterhead table, posted a day after its date: info line
   "01/12/2026 09:10:00 AM", letterhead "Vĩnh Long, ngày 30 tháng 11 năm 2026". Gold date
   "2026-11-30", signer "Võ Thị Kim Loan" the author; letterhead, kind/subject lines, "Nơi
   nhận" and the signature block are not body.
11. Update line before the publication line (314): "Cập nhật: 25/11/2026 08:15:00 AM | Ngày
   đăng: 18/11/2026 01:30:00 PM" -> 2026-11-18T13:30:00+07:00. Listings print only the
   "Cập nhật" date.
12. Bylines in the clerk's forms: "Tin, ảnh: X" (both), "Bài: X (GV lớp Lá 2) – Ảnh: Y",
   "Người viết: X - Phó Hiệu trưởng" (post dropped), right-aligned units ("Tổ Mẫu giáo Nhỡ",
   "Công đoàn trường", "Bộ phận Kế toán") as authors; "Người đăng: vanthu" -> nobody.
13. Word-pasted text with ``<o:p>`` and half of the letters as HTML entities (309).
14. "Thực đơn" pages look like posts (title, "Ngày đăng", a table): not articles; album pages
   with captioned photos: not articles.
15. Listing pager's page-1 link carries ``?p=1`` (same listing as no query); ``?p=`` beyond the
   last page 404s.

Gold decisions on ambiguous points
- Category: the breadcrumb's last crumb ("Hoạt động của bé"), not "Tin tức".
- Table rows in the text (304) are paragraphs, cells joined by " | "; list items (317) too.
- A source line "Theo Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Long" (317) and "Nguồn: Viện Dinh
  dưỡng Quốc gia" (304) are the source, not body.
- A credit-only photo line names a photographer even when the byline names the same one (once).
- The week's menus and the albums are non-articles, like calendars.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html

from ._common import Img, P, Raw, Story, base_url, entity_mix, esc, gold_record, static_file

NAME = "pavietnam_builder_mamnon"
PLATFORM = "PA Vietnam-style registrar website package for kindergartens (PHP template)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4

CATS = {
    1: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    2: ("hoat-dong-cua-be", "Hoạt động của bé"),
    3: ("goc-phu-huynh", "Góc phụ huynh"),
    4: ("thong-bao", "Thông báo"),
}


def _thumb(path: str, w: int = 600, h: int = 0) -> str:
    return f"thumb.php?src={path}&w={w}&h={h}"


STORIES: list[Story] = [
    Story(
        id=318,
        slug="hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        title="Trường Mầm non Hoa Hồng tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng ngày 03/12/2026, Trường Mầm non Hoa Hồng long trọng tổ chức Hội thi “Bé khỏe – "
            "Bé ngoan” cấp trường với sự tham gia của 120 bé thuộc khối Chồi và khối Lá."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội thi nhằm đánh giá kết quả giáo dục phát triển thể chất và kỹ năng sống của trẻ, "
              "đồng thời tạo sân chơi bổ ích giúp các bé mạnh dạn, tự tin trước đông người."),
            Img(_thumb("upload/images/tintuc/2026/12/hoi-thi-be-khoe-1.jpg"),
                printed="Các bé khối Lá đồng diễn bài thể dục buổi sáng",
                caption="Các bé khối Lá đồng diễn bài thể dục buổi sáng"),
            P("Hội thi gồm ba phần: đồng diễn thể dục, vượt chướng ngại vật và trả lời câu hỏi về "
              "vệ sinh cá nhân. Ở phần thi nào các bé cũng thể hiện sự nhanh nhẹn, hào hứng."),
            Img(_thumb("upload/images/tintuc/2026/12/hoi-thi-be-khoe-2.jpg"),
                printed="Phần thi vượt chướng ngại vật của lớp Chồi 1",
                caption="Phần thi vượt chướng ngại vật của lớp Chồi 1"),
            P("Kết thúc hội thi, Ban giám khảo trao 01 giải Nhất cho lớp Lá 2, 02 giải Nhì, 03 giải "
              "Ba và các giải khuyến khích cho các lớp còn lại."),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Trần Thị Mỹ Linh</strong></p>'),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Trần Thị Mỹ Linh"],
        opts={"date": "03/12/2026 02:30:00 PM", "old_slug": "hoi-thi-be-khoe-be-ngoan"},
    ),
    Story(
        id=315,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:05:00+07:00",
        summary=(
            "Trong không khí tưng bừng của tháng 11, tập thể cán bộ, giáo viên, nhân viên Trường "
            "Mầm non Hoa Hồng tổ chức buổi họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        blocks=[
            P("Đến dự buổi họp mặt có đại diện lãnh đạo Phòng Giáo dục và Đào tạo, Ban đại diện "
              "cha mẹ trẻ cùng các thế hệ thầy cô giáo đã nghỉ hưu của nhà trường."),
            P("Tại buổi lễ, cô Võ Thị Kim Loan, Hiệu trưởng nhà trường, ôn lại truyền thống vẻ vang "
              "của ngày 20/11 và biểu dương những giáo viên có thành tích xuất sắc trong phong "
              "trào thi đua “Dạy tốt – Học tốt”."),
            Img("upload/images/tintuc/2026/11/20-11-van-nghe.jpg",
                printed="Tiết mục văn nghệ chào mừng của các bé lớp Lá 1",
                caption="Tiết mục văn nghệ chào mừng của các bé lớp Lá 1", style="grid"),
            Img("upload/images/tintuc/2026/11/20-11-tang-hoa.jpg",
                printed="Ban đại diện cha mẹ trẻ tặng hoa chúc mừng",
                caption="Ban đại diện cha mẹ trẻ tặng hoa chúc mừng", style="grid"),
            P("Buổi họp mặt khép lại trong không khí ấm áp, thân tình, để lại nhiều cảm xúc cho "
              "các thầy cô và các bậc phụ huynh."),
            Raw('<p style="text-align:right"><em><strong>Công đoàn trường</strong></em></p>'),
        ],
        authors=["Công đoàn trường"],
        opts={"date": "20/11/2026 10:05:00 AM", "dup_sapo": True},
    ),
    Story(
        id=309,
        slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06",
        blocks=[
            P("Chiều ngày 05/11/2026, Trường Mầm non Hoa Hồng tổ chức Hội nghị cán bộ, viên chức, "
              "người lao động năm học 2026 – 2027.", "word"),
            P("Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 – 2026, phương "
              "hướng nhiệm vụ năm học mới và báo cáo công khai tài chính của nhà trường.", "word"),
            P("Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về công tác nuôi "
              "dưỡng, chăm sóc và giáo dục trẻ, thống nhất thông qua quy chế chi tiêu nội bộ.", "word"),
            P("Hội nghị bế mạc lúc 17 giờ cùng ngày và thành công tốt đẹp.", "word"),
        ],
        opts={"date": "06/11/2026 12:00:00 AM", "entities": True},
    ),
    Story(
        id=302,
        slug="don-doan-kiem-tra-cong-tac-dau-nam-cua-phong-giao-duc-va-dao-tao",
        title="Đón đoàn kiểm tra công tác đầu năm của Phòng Giáo dục và Đào tạo",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T15:45:00+07:00",
        blocks=[
            P("Ngày 22/10/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo do bà Nguyễn Thị Bích "
              "Thủy làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị năm học mới tại trường."),
            P("Đoàn đã kiểm tra hồ sơ sổ sách, cơ sở vật chất, bếp ăn bán trú và dự giờ hoạt động "
              "học ở bốn nhóm lớp."),
            Img("upload/images/tintuc/2026/10/doan-kiem-tra.jpg",
                printed="Đoàn kiểm tra làm việc tại bếp ăn bán trú của trường",
                caption="Đoàn kiểm tra làm việc tại bếp ăn bán trú của trường"),
            P("Theo kết luận của đoàn, nhà trường đã chuẩn bị chu đáo, đảm bảo các điều kiện tổ "
              "chức nuôi dưỡng, chăm sóc, giáo dục trẻ an toàn."),
            Raw('<p style="text-align:right"><em>Theo Phòng GD&amp;ĐT thành phố Vĩnh Long</em></p>'),
        ],
        source="Phòng GD&ĐT thành phố Vĩnh Long",
        opts={"date": "22/10/2026 03:45:00 PM"},
    ),
    Story(
        id=296,
        slug="khai-mac-tuan-le-be-voi-an-toan-giao-thong",
        title="Khai mạc tuần lễ “Bé với an toàn giao thông”",
        cat="tin-tuc-su-kien",
        published_at="2026-10-12T08:00:00+07:00",
        blocks=[
            P("Sáng thứ Hai ngày 12/10/2026, nhà trường tổ chức lễ khai mạc tuần lễ “Bé với an "
              "toàn giao thông” dưới cờ."),
            P("Trong tuần, các bé được làm quen với đèn tín hiệu, biển báo đơn giản và cách đội mũ "
              "bảo hiểm đúng cách khi ngồi sau xe máy."),
            Img("upload/images/tintuc/2026/10/an-toan-giao-thong.jpg",
                printed="Bé thực hành đội mũ bảo hiểm", caption="Bé thực hành đội mũ bảo hiểm",
                style="br"),
            P("Phụ huynh được đề nghị làm gương cho trẻ, luôn đội mũ bảo hiểm và chấp hành đèn "
              "tín hiệu khi đưa đón con."),
            Raw("<b>Người viết: Lê Thị Ngọc Hân - Phó Hiệu trưởng</b>"),
        ],
        authors=["Lê Thị Ngọc Hân"],
        opts={"date": "12/10/2026 08:00:00 AM", "br": True},
    ),
    Story(
        id=320,
        slug="be-lop-la-2-trai-nghiem-lam-banh-bong-lan",
        title="Bé lớp Lá 2 trải nghiệm làm bánh bông lan",
        cat="hoat-dong-cua-be",
        published_at="2026-12-04T16:20:00+07:00",
        blocks=[
            P("Nhằm giúp trẻ được trải nghiệm thực tế, chiều ngày 04/12/2026 lớp Lá 2 tổ chức "
              "hoạt động “Bé làm bánh bông lan”."),
            Img("upload/images/tintuc/2026/12/lam-banh-1.jpg",
                printed="Các bé chăm chú đánh trứng cùng cô", caption="Các bé chăm chú đánh trứng cùng cô"),
            P("Dưới sự hướng dẫn của cô, các bé tự tay đập trứng, rây bột, đánh bông và đổ khuôn. "
              "Ai cũng háo hức chờ đến lúc bánh chín vàng thơm."),
            Img("upload/images/tintuc/2026/12/lam-banh-2.jpg", printed="(Ảnh: Phạm Văn Toàn)", caption=None),
            P("Qua hoạt động, trẻ biết thêm về các nguyên liệu, rèn luyện sự khéo léo của đôi tay "
              "và tinh thần hợp tác với bạn."),
            Raw('<p style="text-align:right"><strong>Bài: Nguyễn Thị Thu Hà (GV lớp Lá 2) – Ảnh: '
                "Phạm Văn Toàn</strong></p>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Phạm Văn Toàn"],
        opts={"date": "04/12/2026 04:20:00 PM"},
    ),
    Story(
        id=312,
        slug="hoat-dong-goc-be-tap-lam-noi-tro",
        title="Hoạt động góc: Bé tập làm nội trợ",
        cat="hoat-dong-cua-be",
        published_at="2026-11-14T09:30:00+07:00",
        blocks=[
            P("Góc phân vai “Bé tập làm nội trợ” là một trong những góc chơi được các bé khối "
              "Chồi yêu thích nhất."),
            P("Ở góc chơi, trẻ được nhặt rau, rửa quả, bày bàn ăn và mời bạn dùng bữa, qua đó hình "
              "thành những kỹ năng tự phục vụ đơn giản."),
            Img(_thumb("upload/images/tintuc/2026/11/goc-noi-tro.jpg"),
                printed="Bé nhặt rau tại góc phân vai", caption="Bé nhặt rau tại góc phân vai"),
            P("Giáo viên thường xuyên thay đổi đồ chơi, bổ sung nguyên vật liệu từ thiên nhiên để "
              "góc chơi luôn mới lạ, hấp dẫn trẻ."),
            Raw('<p style="text-align:right"><strong>Tổ Mẫu giáo Nhỡ</strong></p>'),
        ],
        authors=["Tổ Mẫu giáo Nhỡ"],
        opts={"date": "14/11/2026 09:30:00 AM"},
    ),
    Story(
        id=306,
        slug="be-tham-quan-nha-sach-vinh-long",
        title="Bé tham quan Nhà sách Vĩnh Long",
        cat="hoat-dong-cua-be",
        published_at="2026-10-30T14:00:00+07:00",
        blocks=[
            P("Chiều ngày 30/10/2026, các bé khối Lá được cô đưa đi tham quan Nhà sách Vĩnh Long "
              "trên đường Hưng Đạo Vương."),
            P("Các bé được giới thiệu các khu sách thiếu nhi, nghe cô nhân viên kể chuyện và tự "
              "chọn cho mình một cuốn truyện tranh yêu thích."),
            P("Chuyến tham quan giúp trẻ thêm yêu sách và hình thành thói quen đọc từ nhỏ."),
        ],
        opts={"date": "30/10/2026 02:00:00 PM"},
    ),
    Story(
        id=299,
        slug="le-hoi-be-yeu-mua-thu-khoi-mam",
        title="Lễ hội “Bé yêu mùa thu” khối Mầm",
        cat="hoat-dong-cua-be",
        published_at="2026-10-16",
        blocks=[
            P("Ngày 16/10/2026, khối Mầm tổ chức lễ hội “Bé yêu mùa thu” tại sân trường."),
            P("Các bé được hóa trang, hát múa và cùng nhau nhặt lá vàng trang trí bức tranh mùa thu."),
            Img("upload/images/tintuc/2026/10/be-yeu-mua-thu.jpg",
                printed="Bức tranh mùa thu do các bé khối Mầm thực hiện",
                caption="Bức tranh mùa thu do các bé khối Mầm thực hiện"),
        ],
        opts={"date": "16/10/2026"},
    ),
    Story(
        id=317,
        slug="phong-chong-benh-tay-chan-mieng-cho-tre-mam-non",
        title="Phòng chống bệnh tay chân miệng cho trẻ mầm non",
        cat="goc-phu-huynh",
        published_at="2026-11-28T07:45:00+07:00",
        summary=(
            "Bệnh tay chân miệng thường gặp ở trẻ dưới 5 tuổi và dễ lây lan trong trường mầm non. "
            "Phụ huynh cần chủ động phối hợp với nhà trường để phòng bệnh cho trẻ."
        ),
        sapo_outside=True,
        blocks=[
            P("Dấu hiệu nhận biết", "h"),
            P("Trẻ sốt nhẹ, mệt mỏi, biếng ăn.", "li"),
            P("Xuất hiện các bóng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông.", "li"),
            P("Loét miệng, chảy nước bọt nhiều.", "li"),
            P("Biện pháp phòng bệnh", "h"),
            P("Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày, đặc biệt "
              "trước khi ăn và sau khi đi vệ sinh.", "li"),
            P("Lau rửa đồ chơi, sàn nhà bằng xà phòng hoặc chất tẩy rửa thông thường.", "li"),
            P("Khi trẻ có dấu hiệu bệnh, cho trẻ nghỉ học và báo ngay cho giáo viên chủ nhiệm.", "li"),
            Raw('<p style="text-align:right"><em>Theo Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Long</em></p>'),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Long",
        opts={"date": "28/11/2026 07:45:00 AM"},
    ),
    Story(
        id=304,
        slug="che-do-dinh-duong-hop-ly-cho-tre-3-5-tuoi",
        title="Chế độ dinh dưỡng hợp lý cho trẻ 3 – 5 tuổi",
        cat="goc-phu-huynh",
        published_at="2026-10-26T19:10:00+07:00",
        blocks=[
            P("Trẻ từ 3 đến 5 tuổi cần được cung cấp đủ bốn nhóm thực phẩm mỗi ngày để phát triển "
              "toàn diện về thể chất và trí tuệ."),
            P("Nhóm thực phẩm | Lượng gợi ý mỗi ngày", "row"),
            P("Tinh bột (cơm, bún, bánh mì) | 3 – 4 chén", "row"),
            P("Chất đạm (thịt, cá, trứng, đậu) | 2 – 3 phần", "row"),
            P("Rau xanh và trái cây | 2 – 3 chén", "row"),
            P("Sữa và chế phẩm từ sữa | 500 ml", "row"),
            P("Phụ huynh nên hạn chế cho trẻ ăn đồ ngọt, nước ngọt có ga và thức ăn nhanh, tập cho "
              "trẻ thói quen ăn đúng giờ."),
            Raw("<p><em>Nguồn: Viện Dinh dưỡng Quốc gia</em></p>"),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        opts={"date": "26/10/2026 07:10:00 PM"},
    ),
    Story(
        id=319,
        slug="thong-bao-lich-nghi-tet-duong-lich-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table width="100%" style="border:none"><tr>'
                '<td style="text-align:center;width:45%">UBND PHƯỜNG 1<br /><strong>TRƯỜNG MẦM NON '
                "HOA HỒNG</strong><br />Số: 87/TB-MNHH</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br /><em>Vĩnh Long, ngày 30 "
                "tháng 11 năm 2026</em></td></tr></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Về việc nghỉ '
                "Tết Dương lịch năm 2027</strong></p>"
            ),
            P("Căn cứ Công văn của Phòng Giáo dục và Đào tạo về việc nghỉ Tết Dương lịch năm 2027, "
              "Trường Mầm non Hoa Hồng thông báo đến quý phụ huynh lịch nghỉ như sau:"),
            P("Trẻ nghỉ học ngày Thứ Sáu, 01/01/2027 (01 ngày)."),
            P("Trẻ đi học lại bình thường vào ngày Thứ Hai, 04/01/2027."),
            P("Kính mong quý phụ huynh sắp xếp thời gian đưa đón trẻ phù hợp."),
            Raw(
                '<table width="100%"><tr><td style="width:50%"><em><strong>Nơi nhận:</strong></em>'
                "<br />- Phụ huynh học sinh;<br />- Lưu: VT.</td>"
                '<td style="text-align:center"><strong>HIỆU TRƯỞNG</strong><br /><br /><br />'
                "<strong>Võ Thị Kim Loan</strong></td></tr></table>"
            ),
        ],
        authors=["Võ Thị Kim Loan"],
        opts={"date": "01/12/2026 09:10:00 AM", "old_slug": "thong-bao-nghi-tet-duong-lich-2027"},
    ),
    Story(
        id=314,
        slug="thong-bao-thu-cac-khoan-tien-dau-nam-hoc-2026-2027-dieu-chinh",
        title="Thông báo thu các khoản tiền đầu năm học 2026 – 2027 (điều chỉnh)",
        cat="thong-bao",
        published_at="2026-11-18T13:30:00+07:00",
        blocks=[
            P("Nhà trường thông báo đến quý phụ huynh các khoản thu năm học 2026 – 2027 sau khi "
              "điều chỉnh theo ý kiến thống nhất của Ban đại diện cha mẹ trẻ:"),
            P("Tiền ăn bán trú: 25.000 đồng/ngày.", "li"),
            P("Tiền nước uống: 10.000 đồng/tháng.", "li"),
            P("Bảo hiểm y tế: thu theo mức quy định hiện hành.", "li"),
            P("Phụ huynh đóng tiền tại văn phòng nhà trường từ ngày 20/11 đến ngày 30/11/2026, "
              "trong giờ hành chính."),
            Raw('<p style="text-align:right"><strong>Bộ phận Kế toán</strong></p>'),
        ],
        authors=["Bộ phận Kế toán"],
        opts={
            "date": "18/11/2026 01:30:00 PM",
            "updated": "25/11/2026 08:15:00 AM",
            "old_slug": "thong-bao-thu-cac-khoan-tien-dau-nam-hoc-2026-2027",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_ID = {slug: c for c, (slug, _) in CATS.items()}
#: ids in "Tin xem nhiều" (never 296)
MOST_READ = [317, 312, 304, 315, 320]


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def _in_cat(cat_slug: str) -> list[Story]:
    return _sorted([s for s in STORIES if s.cat == cat_slug])


def article_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def cat_path(c: int, page: int | None = None) -> str:
    slug = CATS[c][0]
    return f"/danh-muc/{slug}-{c}.html" + (f"?p={page}" if page else "")


def _rel(path: str) -> str:
    """Links are written relative to the page's ``<base href>``."""
    return path.lstrip("/")


def _story_date(story: Story) -> str:
    """The listing's dd/mm/yyyy: the update date if any, else the day of the printed date."""
    return story.opts.get("updated", story.opts["date"]).split()[0]


# --- page chrome ----------------------------------------------------------------------------

CSS = """body{margin:0;background:#fde9f0}#wrap{width:1000px;margin:0 auto;background:#fff}
.tde_ct span{font:bold 17px Arial;color:#d6336c}.ngdang{color:#888;font-size:11px}"""

MARQUEE_IDS = [(319, "old"), (314, "old")]
ALBUMS = {
    7: ("Hội thi “Bé khỏe – Bé ngoan” 2026", [
        ("upload/album/7/anh-01.jpg", "Đồng diễn thể dục khối Lá"),
        ("upload/album/7/anh-02.jpg", "Bé vượt chướng ngại vật"),
        ("upload/album/7/anh-03.jpg", "Trao giải cho các lớp"),
    ]),
    8: ("Ngày Nhà giáo Việt Nam 20/11/2026", [
        ("upload/album/8/anh-01.jpg", "Văn nghệ chào mừng"),
        ("upload/album/8/anh-02.jpg", "Phụ huynh tặng hoa cô giáo"),
    ]),
}
MENUS = {
    31: ("thuc-don-tuan-1-thang-12-2026", "Thực đơn tuần 1 tháng 12/2026", "30/11/2026 04:00:00 PM", [
        ("Thứ Hai", "Cháo thịt bằm", "Cơm, cá kho thơm, canh bí đỏ", "Bánh flan"),
        ("Thứ Ba", "Bún bò", "Cơm, thịt kho trứng, canh cải", "Sữa chua"),
        ("Thứ Tư", "Hủ tiếu", "Cơm, gà xào nấm, canh rau ngót", "Chuối"),
        ("Thứ Năm", "Bánh canh", "Cơm, tôm rim, canh bầu", "Chè đậu xanh"),
        ("Thứ Sáu", "Nui xào", "Cơm, cá thu sốt cà, canh chua", "Sữa tươi"),
    ]),
    30: ("thuc-don-tuan-4-thang-11-2026", "Thực đơn tuần 4 tháng 11/2026", "23/11/2026 03:30:00 PM", [
        ("Thứ Hai", "Phở gà", "Cơm, thịt rim, canh mồng tơi", "Đu đủ"),
        ("Thứ Ba", "Cháo cá", "Cơm, trứng chiên, canh bí xanh", "Sữa chua"),
        ("Thứ Tư", "Bún riêu", "Cơm, đậu hũ nhồi thịt, canh cải", "Thanh long"),
        ("Thứ Năm", "Xôi gà", "Cơm, cá kho, canh khoai mỡ", "Bánh bông lan"),
        ("Thứ Sáu", "Mì quảng", "Cơm, thịt bò xào, canh rau dền", "Sữa tươi"),
    ]),
}


def _menu_path(n: int) -> str:
    return f"/thuc-don/{MENUS[n][0]}-{n}.html"


def _top_menu() -> str:
    subs = "".join(f'<li><a href="{_rel(cat_path(c))}">{esc(name)}</a></li>' for c, (_, name) in CATS.items())
    return (
        '<table id="mnu_top" cellpadding="0" cellspacing="0"><tr>'
        '<td class="mnu_i"><a href="./">TRANG CHỦ</a></td>'
        '<td class="mnu_i"><a href="gioi-thieu.html">GIỚI THIỆU</a></td>'
        f'<td class="mnu_i"><a href="{_rel(cat_path(1))}">TIN TỨC</a><ul class="mnu_sub">{subs}</ul></td>'
        f'<td class="mnu_i"><a href="{_rel(_menu_path(31))}">THỰC ĐƠN</a></td>'
        '<td class="mnu_i"><a href="album/7.html">ALBUM ẢNH</a></td>'
        '<td class="mnu_i"><a href="lien-he.html">LIÊN HỆ</a></td>'
        "</tr></table>"
    )


def _marquee() -> str:
    items = []
    for sid, _ in MARQUEE_IDS:
        s = BY_ID[sid]
        items.append(
            f'<img src="images/new.gif" alt="" /> <a href="{_rel(article_path(s, s.opts["old_slug"]))}">'
            f"{esc(s.title)}</a> ({_story_date(s)})"
        )
    return (
        '<div id="tb_chay"><b>THÔNG BÁO:</b> <marquee scrollamount="3" onmouseover="this.stop()" '
        'onmouseout="this.start()">' + " &nbsp;&nbsp;&nbsp; ".join(items) + "</marquee></div>"
    )


def _left() -> str:
    cats = "".join(
        f'<tr><td class="dm_i"><img src="images/bullet_dm.gif" alt="" /> '
        f'<a href="{_rel(cat_path(c))}">{esc(name)}</a></td></tr>'
        for c, (_, name) in CATS.items()
    )
    return (
        '<td id="col_trai" valign="top" width="200">'
        '<div class="tde_box">DANH MỤC</div><table class="dm" width="100%">'
        '<tr><td class="dm_i"><img src="images/bullet_dm.gif" alt="" /> <a href="gioi-thieu.html">Giới thiệu</a></td></tr>'
        + cats
        + f'<tr><td class="dm_i"><img src="images/bullet_dm.gif" alt="" /> <a href="{_rel(_menu_path(31))}">Thực đơn</a></td></tr>'
        '<tr><td class="dm_i"><img src="images/bullet_dm.gif" alt="" /> <a href="album/7.html">Album ảnh</a></td></tr>'
        '<tr><td class="dm_i"><img src="images/bullet_dm.gif" alt="" /> <a href="lien-he.html">Liên hệ</a></td></tr>'
        "</table>"
        '<div class="tde_box">HỖ TRỢ TRỰC TUYẾN</div><div class="ht">Văn phòng: 0270 3822 456<br />'
        "Zalo: 0918 456 789</div>"
        '<div class="tde_box">THỐNG KÊ TRUY CẬP</div><div id="thongke">'
        '<img src="images/online.gif" alt="" /> Đang online: <b>7</b><br />'
        "Hôm nay: <b>213</b><br />Hôm qua: <b>388</b><br />Tổng truy cập: <b>186.452</b></div>"
        "</td>"
    )


def _right() -> str:
    menus = "".join(
        f'<li><a href="{_rel(_menu_path(n))}">{esc(t)}</a></li>' for n, (_, t, _d, _r) in MENUS.items()
    )
    albums = "".join(
        f'<div class="alb_i"><a href="album/{n}.html"><img src="{esc(_thumb(pics[0][0], 150, 110))}" '
        f'alt="" /><br />{esc(t)}</a></div>'
        for n, (t, pics) in ALBUMS.items()
    )
    most = "".join(
        f'<li><a href="{_rel(article_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return (
        '<td id="col_phai" valign="top" width="220">'
        f'<div class="tde_box">THỰC ĐƠN TUẦN</div><ul class="td_list">{menus}</ul>'
        f'<div class="tde_box">ALBUM ẢNH</div>{albums}'
        f'<div class="tde_box">TIN XEM NHIỀU</div><ul class="xn">{most}</ul>'
        '<div class="tde_box">LIÊN KẾT WEBSITE</div>'
        '<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.vinhlong.gov.vn">Sở GD&amp;ĐT Vĩnh Long</option></select>'
        '<div class="tde_box">FANPAGE</div><a href="https://facebook.com/mnhoahongvinhlong" target="_blank">'
        '<img src="images/fb.png" alt="Facebook" /></a>'
        "</td>"
    )


def _page(request: Request, title: str, center: str, extra_head: str = "") -> Response:
    base = base_url(request) + "/"
    markup = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f"<title>{esc(title)}</title>"
        f'<base href="{esc(base)}" />'
        '<meta name="keywords" content="mam non hoa hong, vinh long, truong mam non" />'
        f'{extra_head}<link rel="stylesheet" href="css/style.css" /><style>{CSS}</style>'
        '<script src="js/jquery-1.4.2.min.js"></script></head><body><div id="wrap">'
        '<div id="banner"><img src="images/banner_mamnon.jpg" alt="" width="1000" height="180" />'
        '<h1 class="ten_truong">TRƯỜNG MẦM NON HOA HỒNG</h1>'
        f'<div class="ngay_ht">{HEADER_TODAY}</div></div>'
        + _top_menu()
        + _marquee()
        + '<table id="khung" width="1000" cellpadding="0" cellspacing="0"><tr>'
        + _left()
        + f'<td id="col_giua" valign="top">{center}</td>'
        + _right()
        + "</tr></table>"
        '<div id="footer"><b>TRƯỜNG MẦM NON HOA HỒNG</b><br />Địa chỉ: 45 Trưng Nữ Vương, Phường 1, '
        "thành phố Vĩnh Long, tỉnh Vĩnh Long<br />Điện thoại: 0270 3822 456 - Email: "
        "mnhoahong.vl@gmail.com<br />© Bản quyền thuộc Trường MN Hoa Hồng. Thiết kế web: "
        '<a href="https://www.pavietnam.vn" target="_blank">P.A Việt Nam</a></div>'
        "</div></body></html>"
    )
    return html(markup)


def _crumb(*parts: tuple[str, str | None]) -> str:
    items = ['<a href="./">Trang chủ</a>']
    for label, href in parts:
        items.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="dd_link">' + " » ".join(items) + "</div>"


# --- article text ---------------------------------------------------------------------------

_WORD_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:'
    '&quot;Times New Roman&quot;,serif">{}<o:p></o:p></span></p>'
)


def _img_tag(img: Img, alt: str) -> str:
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}" style="width:550px;height:auto" border="0" />'


def _body_br(story: Story) -> str:
    lines: list[str] = []
    for b in story.blocks:
        if isinstance(b, P):
            lines.append(esc(b.text))
        elif isinstance(b, Img):
            lines.append(f'<center>{_img_tag(b, "")}</center><i>{esc(b.printed or "")}</i>')
        else:
            lines.append(b.html)
    return '<div style="text-align:justify;font-size:13px">' + "<br />\n<br />".join(lines) + "</div>"


def _body(story: Story) -> str:
    if story.opts.get("br"):
        return _body_br(story)
    out: list[str] = []
    if story.opts.get("dup_sapo") and story.summary:
        out.append(f'<p style="text-align:justify">{esc(story.summary)}</p>')
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "grid":
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "grid":
                group.append(blocks[i])
                i += 1
            cells = "".join(f'<td align="center" width="50%">{_img_tag(g, "")}</td>' for g in group)
            caps = "".join(f'<td align="center"><em>{esc(g.printed or "")}</em></td>' for g in group)
            out.append(f'<table width="100%" border="0" cellpadding="3"><tbody><tr>{cells}</tr>'
                       f"<tr>{caps}</tr></tbody></table>")
            continue
        if isinstance(b, P) and b.style in ("li", "row"):
            style = b.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in g.text.split(" | ")) + "</tr>" for g in group
                )
                out.append(f'<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">'
                           f"<tbody>{rows}</tbody></table>")
            continue
        if isinstance(b, P):
            if b.style == "word":
                out.append(_WORD_P.format(esc(b.text)))
            elif b.style == "h":
                out.append(f'<p><strong><span style="color:#e67e22">{esc(b.text)}</span></strong></p>')
            else:
                out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(f'<p style="text-align:center">{_img_tag(b, story.title)}</p>')
            if b.printed:
                out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
        else:
            out.append(b.html)
        i += 1
    body = "\n".join(out)
    if story.opts.get("entities"):
        body = entity_mix(body, 2)
    return body


def _article(request: Request, story: Story) -> Response:
    c = CAT_ID[story.cat]
    cat_name = CATS[c][1]
    info = []
    if "updated" in story.opts:
        info.append(f"Cập nhật: {story.opts['updated']}")
    info.append(f"Ngày đăng: {story.opts['date']}")
    info += ["Người đăng: vanthu", f"Lượt xem: {story.views()}"]
    sapo = f"<strong>{esc(story.summary)}</strong>" if story.summary and story.sapo_outside else ""
    others = [s for s in _in_cat(story.cat) if s.id != story.id][:3]
    other_list = "".join(
        f'<li><a href="{_rel(article_path(s))}">{esc(s.title)}</a> <span class="ngay">({_story_date(s)})</span></li>'
        for s in others
    )
    center = (
        _crumb(("Tin tức", _rel(cat_path(1))), (cat_name, _rel(cat_path(c))))
        + '<div class="khung_ct">'
        f'<div class="tde_ct"><span>{esc(story.title)}</span></div>'
        f'<div class="ngdang">{" &nbsp;|&nbsp; ".join(info)}</div>'
        f'<div class="mota_ct">{sapo}</div>'
        f'<div id="noidung_ct">{_body(story)}</div>'
        '<div class="congcu"><a href="javascript:window.print()"><img src="images/print.gif" alt="" /> In trang</a>'
        ' <a href="javascript:history.back()"><img src="images/back.gif" alt="" /> Quay lại</a>'
        ' <a href="#top"><img src="images/top.gif" alt="" /> Lên đầu trang</a></div>'
        f'<div class="tukhoa">Từ khóa: <i>{esc(cat_name.lower())}, mầm non hoa hồng</i></div>'
        f'<div class="tde_khac">CÁC TIN KHÁC</div><ul class="tin_khac">{other_list}</ul>'
        "</div>"
    )
    og = (
        f'<meta property="og:url" content="{base_url(request)}{article_path(story)}" />'
        f'<meta property="og:title" content="{esc(story.title)}" />'
        '<meta property="og:image" content="' + base_url(request) + '/images/logo_og.jpg" />'
    )
    return _page(request, f"{story.title} | Trường MN Hoa Hồng", center, og)


# --- listings and home ----------------------------------------------------------------------


def _first_img(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return "images/no_image.jpg"
    src = imgs[0].src
    if src.startswith("thumb.php?src="):
        src = src[len("thumb.php?src="):].split("&")[0]
    return _thumb(src, 150, 110)


def _teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return esc(first[:140].rsplit(" ", 1)[0] + "...")


def _item(story: Story) -> str:
    href = _rel(article_path(story))
    return (
        '<table class="tin_i" width="100%"><tr>'
        f'<td width="160" valign="top"><a href="{href}"><img src="{esc(_first_img(story))}" alt="" /></a></td>'
        f'<td valign="top"><a class="tde_i" href="{href}">{esc(story.title)}</a>'
        f'<div class="ngay_i">Cập nhật: {_story_date(story)}</div>'
        f'<div class="mt_i">{_teaser(story)}</div>'
        f'<a class="xt" href="{href}">Xem tiếp »</a></td></tr></table>'
    )


def _listing(request: Request, c: int, page: int) -> Response | None:
    stories = _in_cat(CATS[c][0])
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    pager = ""
    if pages > 1:
        links = []
        for n in range(1, pages + 1):
            links.append(f"<b>[{n}]</b>" if n == page else f'<a href="{_rel(cat_path(c, n))}">{n}</a>')
        if page < pages:
            links.append(f'<a href="{_rel(cat_path(c, page + 1))}">»</a>')
        pager = '<div class="phantrang">Trang: ' + " ".join(links) + "</div>"
    name = CATS[c][1]
    center = (
        _crumb(("Tin tức", _rel(cat_path(1))), (name, None))
        + f'<div class="tde_dm">{esc(name.upper())}</div>'
        + "".join(_item(s) for s in chunk)
        + pager
    )
    return _page(request, f"{name} | Trường MN Hoa Hồng", center)


def _home(request: Request) -> Response:
    feat = BY_ID[318]
    newest = _sorted(STORIES)[:5]
    boxes = []
    for c, (slug, name) in CATS.items():
        items = "".join(
            f'<li><a href="{_rel(article_path(s))}">{esc(s.title)}</a></li>' for s in _in_cat(slug)[:3]
        )
        boxes.append(
            f'<div class="box_dm"><div class="tde_box2"><a href="{_rel(cat_path(c))}">{esc(name.upper())}</a></div>'
            f"<ul>{items}</ul></div>"
        )
    center = (
        '<div class="tde_box2">TIN NỔI BẬT</div><div class="noibat">'
        f'<a href="{_rel(article_path(feat, feat.opts["old_slug"]))}"><img src="{esc(_first_img(feat))}" alt="" /></a>'
        f'<a class="tde_nb" href="{_rel(article_path(feat, feat.opts["old_slug"]))}">{esc(feat.title)}</a>'
        f"<p>{_teaser(feat)}</p></div>"
        '<div class="tde_box2">TIN MỚI</div><ul class="tinmoi">'
        + "".join(
            f'<li><a href="{_rel(article_path(s))}">{esc(s.title)}</a> <i>({_story_date(s)})</i></li>' for s in newest
        )
        + "</ul>"
        + "".join(boxes)
    )
    return _page(request, "Trường Mầm non Hoa Hồng - TP Vĩnh Long", center)


# --- non-articles ---------------------------------------------------------------------------


def _intro(request: Request) -> Response:
    center = _crumb(("Giới thiệu", None)) + (
        '<div class="tde_ct"><span>Giới thiệu Trường Mầm non Hoa Hồng</span></div>'
        "<div id=\"noidung_ct\"><p>Trường Mầm non Hoa Hồng được thành lập năm 1998, tọa lạc tại "
        "45 Trưng Nữ Vương, Phường 1, thành phố Vĩnh Long.</p><p>Năm học 2026 – 2027 trường có 12 "
        "nhóm lớp với 386 trẻ, 28 giáo viên và 14 nhân viên.</p><p>Trường đạt chuẩn quốc gia mức độ 2 "
        "năm 2022.</p></div>"
    )
    return _page(request, "Giới thiệu | Trường MN Hoa Hồng", center)


def _contact(request: Request) -> Response:
    center = _crumb(("Liên hệ", None)) + (
        '<div class="tde_ct"><span>Liên hệ</span></div>'
        "<p>Địa chỉ: 45 Trưng Nữ Vương, Phường 1, thành phố Vĩnh Long</p>"
        '<form method="post" action="lien-he.html"><table>'
        '<tr><td>Họ tên:</td><td><input type="text" name="hoten" /></td></tr>'
        '<tr><td>Email:</td><td><input type="text" name="email" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="noidung"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi" /></td></tr></table></form>'
    )
    return _page(request, "Liên hệ | Trường MN Hoa Hồng", center)


def _menu(request: Request, n: int) -> Response:
    _slug, title, date, rows = MENUS[n]
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    center = _crumb(("Thực đơn", _rel(_menu_path(31))), (title, None)) + (
        f'<div class="tde_ct"><span>{esc(title)}</span></div>'
        f'<div class="ngdang">Ngày đăng: {date} &nbsp;|&nbsp; Người đăng: vanthu</div>'
        '<div id="noidung_ct"><table border="1" cellpadding="4" cellspacing="0" width="100%">'
        "<tr><th>Thứ</th><th>Bữa sáng</th><th>Bữa trưa</th><th>Bữa xế</th></tr>"
        f"{trs}</table><p><em>Thực đơn có thể thay đổi tùy theo thực phẩm thị trường.</em></p></div>"
    )
    return _page(request, f"{title} | Trường MN Hoa Hồng", center)


def _album(request: Request, n: int) -> Response:
    title, pics = ALBUMS[n]
    cells = "".join(
        f'<td align="center"><a href="{esc(src)}" rel="lightbox"><img src="{esc(_thumb(src, 200, 150))}" '
        f'alt="" /></a><br /><em>{esc(cap)}</em></td>'
        for src, cap in pics
    )
    others = "".join(f'<a href="album/{k}.html">{esc(t)}</a> ' for k, (t, _) in ALBUMS.items() if k != n)
    center = _crumb(("Album ảnh", "album/7.html"), (title, None)) + (
        f'<div class="tde_ct"><span>Album: {esc(title)}</span></div>'
        f'<table class="album" width="100%"><tr>{cells}</tr></table>'
        f'<div class="alb_khac">Album khác: {others}</div>'
    )
    return _page(request, f"Album: {title} | Trường MN Hoa Hồng", center)


# --- routing --------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc/[a-z0-9-]+-(\d+)\.html$")
_CAT = re.compile(r"^/danh-muc/([a-z0-9-]+)-(\d+)\.html$")
_MENU = re.compile(r"^/thuc-don/([a-z0-9-]+)-(\d+)\.html$")
_ALB = re.compile(r"^/album/(\d+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php") and not request.query:
            return _home(request)
        if path == "/thumb.php":
            src = request.params.get("src", "")
            return static_file(src) if src.startswith("upload/") else None
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")):
            return static_file(path)
        if path == "/gioi-thieu.html":
            return _intro(request)
        if path == "/lien-he.html":
            return _contact(request)
        if m := _ART.match(path):
            story = BY_ID.get(int(m.group(1)))
            return _article(request, story) if story else None
        if m := _CAT.match(path):
            c = int(m.group(2))
            if c not in CATS or CATS[c][0] != m.group(1):
                return None
            raw = request.params.get("p", "1")
            if not raw.isdigit():
                return None
            return _listing(request, c, int(raw))
        if m := _MENU.match(path):
            n = int(m.group(2))
            if n in MENUS and MENUS[n][0] == m.group(1):
                return _menu(request, n)
            return None
        if m := _ALB.match(path):
            n = int(m.group(1))
            return _album(request, n) if n in ALBUMS else None
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [article_path(story, story.opts["old_slug"])] if "old_slug" in story.opts else []
    return gold_record(
        story, article_path(story), CATS[CAT_ID[story.cat]][1], alt_paths=alts, image_page="/"
    )


GOLD = [_gold(s) for s in _sorted(STORIES)]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    _menu_path(31),
    _menu_path(30),
    "/album/7.html",
    "/album/8.html",
]
