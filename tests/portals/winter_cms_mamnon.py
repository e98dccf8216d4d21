"""Trường Mầm non Tuổi Thơ (TP Quy Nhơn, Bình Định) on Winter CMS 1.2 + Winter.Blog.

Platform: Winter CMS 1.2 (Laravel 9, the October CMS fork) with the Winter.Blog plugin
(``blogPosts`` / ``blogPost`` / ``blogCategories`` components), Winter.Pages for the static pages
and a kindergarten theme "tuoitho" by a Quy Nhơn web agency. Posts are written in the Markdown
editor of Winter.Blog, so ``content_html`` is Parsedown(Extra) output: bare ``<p>``, ``<h3>``,
``<ul>``, ``<table>`` with ``<thead>``, ``<blockquote>``, Markdown images inside a ``<p>``,
footnotes in ``<div class="footnotes">``. ``app.timezone`` was left at ``UTC`` (the Winter
default); the agency printed the local time with ``|date('H:i - d/m/Y', 'Asia/Ho_Chi_Minh')``,
but the plugin's own partial (left in the theme) prints ``published_at|date('M d, Y')`` in UTC.

URL scheme
- ``/`` home: slider (3 newest posts, linked with a trailing slash), "Tin mới" (4 newest),
  "Góc phụ huynh" box, an AJAX "Xem thêm" button (``data-request``, no href).
- ``/blog`` and ``/blog?page=N``: all posts, 5 a page (3 pages); a page past the last one
  302-redirects to the last page, as ``blogPosts`` does.
- ``/blog/category/<slug>`` (+ ``?page=N``): 4 a page.
- ``/blog/post/<slug>``: a post; ``/blog/post/<slug>/`` serves the very same page (the nginx
  config of the host has no trailing-slash redirect, Laravel's router ignores the slash).
- ``/<slug>``: Winter.Pages static pages (gioi-thieu, doi-ngu-giao-vien, thuc-don, thu-vien-anh,
  lien-he).
- ``/storage/app/media/...``: media manager files (inline images, PDFs);
  ``/storage/app/uploads/public/xxx/yyy/zzz/<hash>.jpg``: featured images and their
  ``thumb_<id>_<w>_<h>_0_0_crop.jpg`` thumbnails on listings.

Page templates
- post: header/menu, breadcrumb "Trang chủ › Tin tức › <category>", ``<h1 class="bv-tde">``,
  meta line ``<div class="bv-tt">`` with ``<time datetime="…UTC…">HH:MM - DD/MM/YYYY</time>``,
  poster account and views, optional lead ``<div class="bv-sapo">`` (the post's excerpt),
  ``<div class="bv-nd">`` with content_html, then the plugin's ``featured-images`` block, then the
  plugin's ``<p class="info">Posted in … on Nov 28, 2026</p>``, then prev/next, share tools,
  "Bài viết cùng chuyên mục", sidebar, footer.

How each gold article is reached: /blog pages 1-3 list all 13 (the 8 older ones on pages 2-3; the 5 oldest are linked
from nowhere on the home page or /blog page 1);
category pages (two of them with a page 2); prev/next links on every post; home lists the newest.

Traps
1. Two dates that disagree: the visible local "06:15 - 01/12/2026" vs the plugin's UTC line
   "Posted in … on Nov 30, 2026" under the text and ``<time datetime="2026-11-30T23:15:00+00:00">``.
   Gold: the local time with +07:00 ("2026-12-01T06:15:00+07:00"); the English line is never
   the date (it is a day early for posts before 07:00).
2. Midnight post: "00:00 - 20/11/2026" (UTC "Nov 19, 2026") -> gold the day alone "2026-11-20".
3. Featured images printed by Winter.Blog's partial AFTER the text, as
   ``<img data-src="IMG_20261112_0915.jpg" src="/storage/app/uploads/public/…/….jpg" alt="…">``:
   ``data-src`` is the upload's original file name, not a URL (a lazy-load reader that prefers
   data-src gets a 404). Gold: the ``src`` path, in page order after the inline images; caption
   None (the description is only an alt text).
4. Markdown soft wraps: the editor's line breaks stay as a raw newline inside one ``<p>`` -> one
   paragraph; lines ended with two spaces become ``<br />`` (the poem) -> one paragraph per line.
5. Markdown images are a ``<p>`` holding only an ``<img>`` (alt = camera file name, title =
   tooltip); the caption is the editor's next paragraph in italics ``<p><em>…</em></p>``: it is
   the caption, not body; "(Ảnh: Lê Văn Tâm)" in that place is a photographer credit (caption
   None). The ``title`` attribute is never a caption.
6. Parsedown Extra footnotes: ``<sup id="fnref1:1"><a class="footnote-ref">1</a></sup>`` glued
   to the word (not text) and ``<div class="footnotes"><hr /><ol><li>…&#160;<a rev="footnote">
   &#8617;</a>`` (the notes are body, the ↩ back-link is not).
7. Posts in several Winter.Blog categories: "Posted in Tin tức - Sự kiện, Hoạt động của bé";
   gold category = the breadcrumb's (the post's first category).
8. "Đăng bởi: Quản trị Website" / "Đăng bởi: tuoitho.admin" is the backend user: nobody.
   Authors only from the bylines typed into the text (right-aligned or bold last line).
9. The same post linked twice: home slider and "Xem nhiều" use ``/blog/post/<slug>/`` (trailing
   slash, 200, same page, no canonical) -> alt_paths.
10. Discovery: the home's "Xem thêm bài viết" is a Winter AJAX button (``data-request=
    "blogPosts::onLoadMore"``, ``data-request-data="page: 2"``) with no href; older posts are
    reached through /blog?page=N or the category pages. ``?page=99`` redirects to the last page.
11. Markdown tables (``<thead>``/``<tbody>``) are body: one paragraph per row, cells " | ".
12. A post without a lead element opens with a bold Markdown paragraph ``<p><strong>…</strong></p>``:
    that is its sapo (summary) and the body's first paragraph.
13. Attachment line "Tải về: [thong-bao….pdf](/storage/app/media/…)" and "Nguồn:" lines are not body.

Gold decisions on ambiguous points
- "Cô Phạm Thị Ngọc Lan – GV lớp Chồi 1" -> author "Phạm Thị Ngọc Lan" (honorific and post off).
- The excerpt printed as ``bv-sapo`` above the text is the summary and the body's first paragraph.
- The poster account ("Đăng bởi") is never an author, even when it reads like a person's name.
- The featured images are the article's photos (they are the post's own uploads).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "winter_cms_mamnon"
PLATFORM = "Winter CMS 1.2 + Winter.Blog (Markdown), theme 'tuoitho' by a local agency"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Mầm non Tuổi Thơ"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "thong-bao": "Thông báo",
}
CAT_SLUG = {v: k for k, v in CATS.items()}
PER_PAGE = 5
CAT_PER_PAGE = 4
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

M = "/storage/app/media"
U = "/storage/app/uploads/public"


def _feat(n: int, orig: str, alt: str) -> Img:
    h = f"{0x65a1b2c3 + n * 7919:08x}{n:02d}d4e5f6a7"
    return Img(f"{U}/{h[:3]}/{h[3:6]}/{h[6:9]}/{h}.jpg", printed=alt, caption=None, style=f"feat:{orig}")


# local time, posted-by account, (extra categories)
STORIES: list[Story] = [
    Story(
        1,
        "hoi-thi-be-khoe-be-ngoan-2026",
        "Hội thi “Bé khỏe – Bé ngoan” năm học 2026–2027",
        "Tin tức - Sự kiện",
        "2026-12-03T15:45:00+07:00",
        [
            P("Sáng ngày 02/12/2026, tại sân trường, Trường Mầm non Tuổi Thơ đã tổ chức Hội thi "
              "“Bé khỏe – Bé ngoan” cho 320 cháu thuộc 12 nhóm, lớp với nhiều phần thi sôi nổi."),
            P("Hội thi gồm ba phần: chào hỏi, vận động và năng khiếu. Ở phần vận động, các bé "
              "bật xa, bò chui qua cổng, ném bóng vào rổ dưới sự cổ vũ nhiệt tình của phụ huynh.",
              "soft"),
            Img(f"{M}/hoat-dong/2026/12/be-khoe-be-ngoan-1.jpg",
                "Các bé lớp Lá 2 trong phần thi vận động “Bật xa – Ném bóng”",
                "Các bé lớp Lá 2 trong phần thi vận động “Bật xa – Ném bóng”", "md"),
            P("Phần thi năng khiếu mang đến nhiều tiết mục múa, hát, đọc thơ dễ thương. Bé "
              "Nguyễn Ngọc Bảo Anh lớp Chồi 3 với bài hát “Cháu yêu bà” đã nhận được tràng pháo "
              "tay lớn nhất."),
            Img(f"{M}/hoat-dong/2026/12/be-khoe-be-ngoan-2.jpg",
                "Ban giám khảo trao giải cho các lớp đạt giải Nhất",
                "Ban giám khảo trao giải cho các lớp đạt giải Nhất", "md"),
            P("Kết quả, Ban tổ chức đã trao 3 giải Nhất, 4 giải Nhì và 5 giải Ba cho các lớp. "
              "Hội thi là dịp để các bé rèn luyện thể chất, mạnh dạn, tự tin trước đông người."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong></p>'),
            _feat(1, "IMG_20261202_0847.jpg", "Toàn cảnh hội thi Bé khỏe – Bé ngoan"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        summary="Hội thi là hoạt động thường niên nhằm đánh giá sự phát triển toàn diện của trẻ "
        "về thể chất, ngôn ngữ và kỹ năng xã hội.",
        sapo_outside=True,
        opts={"by": "Quản trị Website", "cats": ["Tin tức - Sự kiện", "Hoạt động của bé"]},
    ),
    Story(
        2,
        "thong-bao-lich-nghi-tet-duong-lich-2027",
        "Thông báo lịch nghỉ Tết Dương lịch 2027",
        "Thông báo",
        "2026-12-02T09:10:00+07:00",
        [
            P("Căn cứ Công văn số 1875/PGDĐT-MN của Phòng Giáo dục và Đào tạo thành phố Quy Nhơn "
              "về việc nghỉ Tết Dương lịch năm 2027, nhà trường thông báo đến quý phụ huynh lịch "
              "nghỉ như sau:"),
            P("Thời gian nghỉ: từ thứ Năm ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027.", "li"),
            P("Các cháu đi học trở lại vào thứ Hai ngày 04/01/2027.", "li"),
            P("Bếp ăn bán trú ngừng hoạt động trong thời gian nghỉ; tiền ăn được khấu trừ vào "
              "tháng 01/2027.", "li"),
            P("Kính mong quý phụ huynh lưu ý và sắp xếp thời gian đưa đón các cháu."),
            Raw('<p>Tải về: <a href="/storage/app/media/van-ban/2026/thong-bao-nghi-tet-2027.pdf">'
                "thong-bao-nghi-tet-2027.pdf</a></p>"),
            Raw("<p><em>Nguồn: Phòng GD&amp;ĐT thành phố Quy Nhơn</em></p>"),
        ],
        source="Phòng GD&ĐT thành phố Quy Nhơn",
        opts={"by": "tuoitho.admin"},
    ),
    Story(
        3,
        "be-doc-tho-mua-dong-cua-be",
        "Bé đọc thơ: Mùa đông của bé",
        "Hoạt động của bé",
        "2026-12-01T06:15:00+07:00",
        [
            P("Tuần này, các bé lớp Chồi 1 được cô giáo hướng dẫn đọc thuộc bài thơ “Mùa đông "
              "của bé”. Mời quý phụ huynh cùng đọc với con ở nhà nhé!"),
            P("Mùa đông gió lạnh về rồi", "br"),
            P("Mẹ cho bé mặc áo bông thật dày", "br"),
            P("Khăn len quàng cổ xinh thay", "br"),
            P("Bé đi học sớm má hây ửng hồng.", "br"),
            Raw(""),
            P("Cô ơi bé chẳng lạnh đâu", "br"),
            P("Vì bao bạn nhỏ cùng nhau vui đùa", "br"),
            P("Sân trường rộn tiếng reo hò", "br"),
            P("Mùa đông ấm áp tiếng thơ bé đọc.", "br"),
            Img(f"{M}/hoat-dong/2026/11/be-doc-tho.jpg", None, None, "md"),
            Raw('<p style="text-align: right;"><em>Cô Phạm Thị Ngọc Lan – GV lớp Chồi 1</em></p>'),
        ],
        authors=["Phạm Thị Ngọc Lan"],
        opts={"by": "Quản trị Website"},
    ),
    Story(
        4,
        "dinh-duong-cho-tre-ngay-tro-lanh",
        "Chế độ dinh dưỡng cho trẻ trong những ngày trời trở lạnh",
        "Góc phụ huynh",
        "2026-11-28T20:00:00+07:00",
        [
            P("Khi thời tiết chuyển lạnh, sức đề kháng của trẻ mầm non giảm, trẻ dễ mắc các bệnh "
              "về đường hô hấp. Chế độ ăn uống hợp lý giúp trẻ khỏe mạnh suốt mùa đông."),
            P("1. Bổ sung đủ năng lượng", "h3"),
            P("Trẻ cần được ăn đủ bốn nhóm chất: tinh bột, đạm, béo, vitamin và khoáng chất. "
              "Nên cho trẻ ăn thức ăn nóng, mềm, dễ tiêu như cháo, súp, canh.", "soft"),
            P("2. Tăng cường vitamin C và kẽm", "h3"),
            P("Cam, quýt, bưởi, ổi là nguồn vitamin C dồi dào. Kẽm có nhiều trong thịt bò, hàu "
              "và lòng đỏ trứng.", "fnref1"),
            P("3. Uống đủ nước", "h3"),
            P("Trẻ thường lười uống nước vào mùa lạnh. Phụ huynh nên cho trẻ uống nước ấm chia "
              "thành nhiều lần trong ngày.", "fnref2"),
            P("Không cho trẻ uống nước đá, nước ngọt có ga.", "li"),
            P("Hạn chế đồ chiên rán, nhiều dầu mỡ.", "li"),
            P("Theo khuyến nghị, trẻ 3–5 tuổi cần 1,3–1,5 lít nước mỗi ngày kể cả nước trong thức ăn.", "fn"),
            P("Bảng nhu cầu khuyến nghị năng lượng cho người Việt Nam, 2016.", "fn"),
            Raw("<p><em>Theo Viện Dinh dưỡng Quốc gia</em></p>"),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        opts={"by": "Quản trị Website"},
    ),
    Story(
        5,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "Tin tức - Sự kiện",
        "2026-11-20",
        [
            P("Hòa chung không khí cả nước hướng về ngày Nhà giáo Việt Nam, Trường Mầm non Tuổi "
              "Thơ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – "
              "20/11/2026)."),
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT thành phố Quy Nhơn, UBND phường "
              "Lê Lợi, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên "
              "nhà trường."),
            Img(f"{M}/su-kien/2026/11/le-20-11.jpg", "(Ảnh: Lê Văn Tâm)", None, "md"),
            P("Phát biểu tại buổi lễ, cô Hiệu trưởng Trần Thị Kim Oanh ôn lại truyền thống vẻ vang "
              "của ngày Nhà giáo Việt Nam và ghi nhận những nỗ lực của tập thể sư phạm trong "
              "năm qua.", "soft"),
            P("Dịp này, nhà trường khen thưởng 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
              "trường và 2 giáo viên dạy giỏi cấp thành phố."),
        ],
        photographers=["Lê Văn Tâm"],
        opts={"by": "Quản trị Website"},
    ),
    Story(
        6,
        "bep-an-ban-tru-an-toan-thuc-pham",
        "Bếp ăn bán trú: đảm bảo an toàn vệ sinh thực phẩm",
        "Tin tức - Sự kiện",
        "2026-11-17T10:30:00+07:00",
        [
            P("Ngày 16/11/2026, Đoàn kiểm tra liên ngành của thành phố đã kiểm tra công tác an "
              "toàn vệ sinh thực phẩm tại bếp ăn bán trú của nhà trường."),
            P("Đoàn kiểm tra hồ sơ nguồn gốc thực phẩm, sổ kiểm thực ba bước, lưu mẫu thức ăn 24 "
              "giờ và điều kiện vệ sinh khu vực chế biến. Kết quả như sau:"),
            P("Nội dung | Yêu cầu | Kết quả", "th"),
            P("Hồ sơ nguồn gốc thực phẩm | Đầy đủ, có hợp đồng | Đạt", "td"),
            P("Kiểm thực ba bước | Ghi chép hằng ngày | Đạt", "td"),
            P("Lưu mẫu thức ăn | 24 giờ, đúng quy định | Đạt", "td"),
            P("Khu vực chế biến một chiều | Sạch sẽ, thông thoáng | Đạt", "td"),
            P("Đoàn đánh giá cao sự chuẩn bị chu đáo của bếp ăn và đề nghị nhà trường tiếp tục "
              "duy trì, nâng cao chất lượng bữa ăn cho trẻ."),
            Raw('<p style="text-align: right;"><strong>Tổ Dinh dưỡng</strong></p>'),
        ],
        authors=["Tổ Dinh dưỡng"],
        opts={"by": "tuoitho.admin"},
    ),
    Story(
        7,
        "be-lop-la-tham-quan-nong-trai-phu-phong",
        "Các bé lớp Lá tham quan nông trại giáo dục Phú Phong",
        "Hoạt động của bé",
        "2026-11-12T14:00:00+07:00",
        [
            P("Nhằm giúp trẻ trải nghiệm thực tế, ngày 11/11/2026, nhà trường tổ chức cho 96 bé "
              "lớp Lá tham quan nông trại giáo dục tại thị xã Phú Phong."),
            Img(f"{M}/hoat-dong/2026/11/nong-trai-1.jpg", "Bé tập làm nông dân tí hon",
                "Bé tập làm nông dân tí hon", "md"),
            P("Tại đây, các bé được tự tay gieo hạt, tưới rau, cho thỏ ăn và tìm hiểu quy trình "
              "trồng lúa. Những gương mặt hớn hở cho thấy các bé rất thích thú."),
            P("Chuyến đi giúp trẻ hiểu hơn về công việc của người nông dân và biết quý trọng "
              "hạt gạo, lá rau mỗi ngày."),
            Raw("<p><strong>Tin: Trần Thị Bích Ngọc - Ảnh: Võ Minh Khoa</strong></p>"),
            _feat(7, "IMG_20261111_0915.jpg", "Các bé lớp Lá tại nông trại"),
            _feat(8, "IMG_20261111_1002.jpg", "Bé cho thỏ ăn"),
        ],
        authors=["Trần Thị Bích Ngọc"],
        photographers=["Võ Minh Khoa"],
        opts={"by": "Quản trị Website"},
    ),
    Story(
        8,
        "hop-phu-huynh-dau-nam-hoc-2026-2027",
        "Họp phụ huynh học sinh đầu năm học 2026–2027",
        "Tin tức - Sự kiện",
        "2026-10-08T17:30:00+07:00",
        [
            P("Tối ngày 07/10/2026, Trường Mầm non Tuổi Thơ tổ chức họp phụ huynh học sinh đầu "
              "năm học 2026–2027 tại 12 nhóm, lớp."),
            P("Tại buổi họp, giáo viên chủ nhiệm thông qua kế hoạch chăm sóc, giáo dục trẻ, các "
              "khoản thu theo quy định và bầu Ban đại diện cha mẹ học sinh của lớp."),
            P("“Nhà trường mong muốn phụ huynh luôn đồng hành, phối hợp chặt chẽ với cô giáo để "
              "các cháu được phát triển toàn diện”, cô Hiệu trưởng chia sẻ.", "quote"),
            P("Buổi họp diễn ra trong không khí cởi mở, nhiều ý kiến đóng góp thiết thực của phụ "
              "huynh đã được nhà trường ghi nhận."),
        ],
        opts={"by": "Quản trị Website", "cats": ["Tin tức - Sự kiện", "Thông báo"]},
    ),
    Story(
        9,
        "ngay-hoi-be-voi-an-toan-giao-thong",
        "Ngày hội “Bé với an toàn giao thông”",
        "Hoạt động của bé",
        "2026-10-15T08:00:00+07:00",
        [
            P("Hưởng ứng tháng an toàn giao thông, sáng 14/10/2026 nhà trường tổ chức Ngày hội "
              "“Bé với an toàn giao thông” cho toàn thể các cháu."),
            P("Các bé được làm quen với đèn tín hiệu, vạch kẻ đường dành cho người đi bộ và thực "
              "hành đội mũ bảo hiểm đúng cách trên mô hình sa bàn.", "soft"),
            Img(f"{M}/hoat-dong/2026/10/atgt.jpg", "Bé thực hành qua đường trên sa bàn",
                "Bé thực hành qua đường trên sa bàn", "md"),
            P("Đèn đỏ dừng lại, đèn xanh đi, đèn vàng đi chậm – câu vè ngắn gọn giúp các bé ghi "
              "nhớ luật giao thông thật dễ dàng."),
        ],
        opts={"by": "Quản trị Website"},
    ),
    Story(
        10,
        "phong-chong-benh-tay-chan-mieng",
        "Phòng chống bệnh tay chân miệng trong trường mầm non",
        "Góc phụ huynh",
        "2026-10-22T11:20:00+07:00",
        [
            P("Bệnh tay chân miệng thường gia tăng vào các tháng mùa mưa. Phụ huynh cần chủ động "
              "phòng bệnh cho trẻ tại gia đình.", "bold"),
            P("Dấu hiệu nhận biết", "h3"),
            P("Sốt nhẹ, mệt mỏi, đau họng, biếng ăn.", "li"),
            P("Nổi bóng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông.", "li"),
            P("Loét miệng, chảy nước bọt nhiều.", "li"),
            P("Cách phòng bệnh", "h3"),
            P("Rửa tay bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày, đặc biệt trước khi "
              "ăn và sau khi đi vệ sinh.", "oli"),
            P("Ăn chín, uống chín; đồ chơi, vật dụng của trẻ được lau rửa thường xuyên.", "oli"),
            P("Khi trẻ có dấu hiệu nghi ngờ, cho trẻ nghỉ học và đưa đến cơ sở y tế.", "oli"),
            Raw("<p><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Bình Định</em></p>"),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Bình Định",
        summary="Bệnh tay chân miệng thường gia tăng vào các tháng mùa mưa. Phụ huynh cần chủ động "
        "phòng bệnh cho trẻ tại gia đình.",
        opts={"by": "tuoitho.admin"},
    ),
    Story(
        11,
        "be-lam-thiep-tang-me-20-10",
        "Bé làm thiệp tặng mẹ, tặng cô nhân ngày Phụ nữ Việt Nam 20/10",
        "Hoạt động của bé",
        "2026-10-19T16:05:00+07:00",
        [
            P("Chào mừng ngày Phụ nữ Việt Nam 20/10, các bé lớp Mầm và Chồi đã cùng cô giáo làm "
              "những tấm thiệp xinh xắn để tặng mẹ, tặng bà và tặng cô."),
            P("🌸 Từ giấy màu, bông gòn, hạt cườm, các bé khéo léo cắt dán thành những bông hoa "
              "rực rỡ kèm lời chúc ngộ nghĩnh."),
            P("Hoạt động giúp trẻ phát triển vận động tinh, óc sáng tạo và biết bày tỏ tình cảm "
              "yêu thương với người thân."),
            _feat(11, "DSC_0457.JPG", "Thiệp của bé lớp Chồi 2"),
        ],
        opts={"by": "Quản trị Website", "cats": ["Hoạt động của bé", "Tin tức - Sự kiện"]},
    ),
    Story(
        12,
        "thong-bao-tuyen-dung-giao-vien-hop-dong-2026",
        "Thông báo tuyển dụng giáo viên mầm non hợp đồng năm 2026",
        "Thông báo",
        "2026-10-05T07:45:00+07:00",
        [
            P("Trường Mầm non Tuổi Thơ thông báo tuyển dụng 03 giáo viên mầm non theo hình thức "
              "hợp đồng lao động năm học 2026–2027."),
            P("Điều kiện dự tuyển", "h3"),
            P("Có bằng tốt nghiệp cao đẳng sư phạm mầm non trở lên.", "li"),
            P("Có sức khỏe tốt, lý lịch rõ ràng, yêu nghề mến trẻ.", "li"),
            P("Hồ sơ và thời gian", "h3"),
            P("Hồ sơ nộp tại Văn phòng nhà trường từ ngày 05/10/2026 đến hết ngày 20/10/2026 "
              "trong giờ hành chính. Điện thoại liên hệ: 0256 3822 456."),
            Raw('<p>Tải về: <a href="/storage/app/media/van-ban/2026/tuyen-dung-gv-2026.pdf">'
                "tuyen-dung-gv-2026.pdf</a></p>"),
        ],
        opts={"by": "tuoitho.admin"},
    ),
    Story(
        13,
        "chuyen-de-phat-trien-ngon-ngu-qua-truyen-ke",
        "Chuyên đề “Phát triển ngôn ngữ cho trẻ 3–4 tuổi qua truyện kể”",
        "Tin tức - Sự kiện",
        "2026-10-02T13:30:00+07:00",
        [
            P("Ngày 01/10/2026, tổ chuyên môn khối Mầm tổ chức chuyên đề “Phát triển ngôn ngữ cho "
              "trẻ 3–4 tuổi qua truyện kể” với sự tham gia của 18 giáo viên."),
            P("Tiết dạy minh họa câu chuyện “Chú vịt xám” do cô Huỳnh Thị Mai thực hiện đã sử dụng "
              "rối tay, tranh động và âm thanh sinh động, thu hút sự chú ý của trẻ."),
            Img(f"{M}/chuyen-mon/2026/10/chuyen-de-truyen-ke.jpg",
                "Tiết dạy minh họa câu chuyện “Chú vịt xám”",
                "Tiết dạy minh họa câu chuyện “Chú vịt xám”", "md"),
            P("Qua chuyên đề, giáo viên được trao đổi kinh nghiệm tổ chức hoạt động làm quen văn "
              "học, giúp trẻ mạnh dạn kể lại chuyện theo tranh."),
            Raw('<p style="text-align: right;"><strong>ThS. Đặng Thị Hồng Nhung</strong><br />\n'
                "Phó Hiệu trưởng</p>"),
        ],
        authors=["Đặng Thị Hồng Nhung"],
        opts={"by": "Quản trị Website"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
ORDERED = sorted(STORIES, key=lambda s: s.published_at, reverse=True)


def _cats(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def _local(story: Story) -> tuple[int, int, int, int, int]:
    d = story.published_at
    y, mo, da = int(d[0:4]), int(d[5:7]), int(d[8:10])
    hh, mm = (int(d[11:13]), int(d[14:16])) if len(d) > 10 else (0, 0)
    return y, mo, da, hh, mm


def _utc(story: Story) -> tuple[int, int, int, int, int]:
    import datetime as dt

    y, mo, da, hh, mm = _local(story)
    t = dt.datetime(y, mo, da, hh, mm) - dt.timedelta(hours=7)
    return t.year, t.month, t.day, t.hour, t.minute


def _local_str(story: Story) -> str:
    y, mo, da, hh, mm = _local(story)
    return f"{hh:02d}:{mm:02d} - {da:02d}/{mo:02d}/{y}"


def _utc_iso(story: Story) -> str:
    y, mo, da, hh, mm = _utc(story)
    return f"{y}-{mo:02d}-{da:02d}T{hh:02d}:{mm:02d}:00+00:00"


def _utc_english(story: Story) -> str:
    y, mo, da, _, _ = _utc(story)
    return f"{MONTHS[mo - 1]} {da:02d}, {y}"


def _thumb(story: Story) -> str:
    h = f"{0x5f3a0000 + story.id * 4099:08x}"
    return f"{U}/{h[:3]}/{h[3:6]}/{h[6:8]}{story.id:01d}/thumb_{400 + story.id}_360_240_0_0_crop.jpg"


def post_path(story: Story) -> str:
    return f"/blog/post/{story.slug}"


# --- content_html as Parsedown prints it ------------------------------------------------------


def _soft(text: str) -> str:
    """Put the editor's line break (a raw newline) at the space nearest the middle."""
    mid = len(text) // 2
    cut = text.rfind(" ", 0, mid)
    return esc(text[:cut]) + "\n" + esc(text[cut + 1:]) if cut > 0 else esc(text)


def _content(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("feat:"))]
    fn_count = 0
    notes: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            alt = b.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            out.append(f'<p><img src="{esc(b.src)}" alt="{esc(alt)}" title="Click để phóng to" /></p>')
            if b.printed:
                out.append(f"<p><em>{esc(b.printed)}</em></p>")
            i += 1
            continue
        style = b.style
        if style in ("li", "oli", "br", "quote", "fn") or style in ("th", "td"):
            group = [b]
            kinds = ("th", "td") if style in ("th", "td") else (style,)
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in kinds:
                group.append(blocks[j])
                j += 1
            i = j
            if style in ("li", "oli"):
                tag = "ul" if style == "li" else "ol"
                out.append(f"<{tag}>\n" + "\n".join(f"<li>{esc(g.text)}</li>" for g in group) + f"\n</{tag}>")
            elif style == "br":
                out.append("<p>" + "<br />\n".join(esc(g.text) for g in group) + "</p>")
            elif style == "quote":
                out.append("<blockquote>\n" + "\n".join(f"<p>{esc(g.text)}</p>" for g in group) + "\n</blockquote>")
            elif style == "fn":
                notes.extend(g.text for g in group)
            else:
                rows = []
                head = [g for g in group if g.style == "th"]
                body = [g for g in group if g.style == "td"]
                for g in head:
                    cells = "".join(f"<th>{esc(c)}</th>" for c in g.text.split(" | "))
                    rows.append(f"<thead>\n<tr>\n{cells}\n</tr>\n</thead>")
                trs = "\n".join(
                    "<tr>\n" + "".join(f"<td>{esc(c)}</td>" for c in g.text.split(" | ")) + "\n</tr>"
                    for g in body
                )
                rows.append(f"<tbody>\n{trs}\n</tbody>")
                out.append("<table>\n" + "\n".join(rows) + "\n</table>")
            continue
        if style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif style == "soft":
            out.append(f"<p>{_soft(b.text)}</p>")
        elif style == "bold":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif style.startswith("fnref"):
            fn_count += 1
            n = fn_count
            out.append(
                f'<p>{esc(b.text)}<sup id="fnref1:{n}"><a href="#fn1:{n}" class="footnote-ref">{n}</a></sup></p>'
            )
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if notes:
        items = "\n".join(
            f'<li id="fn1:{n}">\n<p>{esc(t)}&#160;<a href="#fnref1:{n}" rev="footnote" '
            f'class="footnote-backref">&#8617;</a></p>\n</li>'
            for n, t in enumerate(notes, 1)
        )
        out.append(f'<div class="footnotes">\n<hr />\n<ol>\n{items}\n</ol>\n</div>')
    return "\n".join(out)


def _featured(story: Story) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("feat:")]
    if not imgs:
        return ""
    ps = "\n".join(
        f'    <p><img data-src="{esc(b.style[5:])}" src="{esc(b.src)}" alt="{esc(b.printed or "")}" '
        f'style="max-width: 100%" /></p>'
        for b in imgs
    )
    return f'<div class="featured-images text-center">\n{ps}\n</div>'


# --- chrome ---------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(
        f'<li><a href="/blog/category/{slug}">{esc(name)}</a></li>' for slug, name in CATS.items()
    )
    return (
        '<nav class="mn-chinh" id="menu-7"><ul class="mn-l1">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li class="co-con"><a href="/gioi-thieu">Giới thiệu</a><ul class="mn-l2">'
        '<li><a href="/gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/doi-ngu-giao-vien">Đội ngũ giáo viên</a></li></ul></li>'
        f'<li class="co-con"><a href="/blog">Tin tức</a><ul class="mn-l2">{cats}</ul></li>'
        '<li><a href="/thuc-don">Thực đơn</a></li>'
        '<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _sidebar() -> str:
    most = sorted(ORDERED[:6], key=lambda s: s.views(), reverse=True)[:4]
    items = "".join(
        f'<li><a href="{post_path(s)}/">{esc(s.title)}</a> <span class="lx">({s.views()})</span></li>'
        for s in most
    )
    cats = "".join(
        f'<li><a href="/blog/category/{slug}">{esc(name)}</a></li>' for slug, name in CATS.items()
    )
    return (
        '<aside class="cot-phai">'
        f'<div class="kh-box" id="kh-21"><div class="kh-tde">Chuyên mục</div><ul>{cats}</ul></div>'
        f'<div class="kh-box" id="kh-22"><div class="kh-tde">Xem nhiều</div><ol>{items}</ol></div>'
        '<div class="kh-box" id="kh-23"><div class="kh-tde">Liên kết</div><ul>'
        '<li><a href="https://moet.gov.vn" rel="nofollow">Bộ GD&amp;ĐT</a></li>'
        '<li><a href="https://binhdinh.edu.vn" rel="nofollow">Sở GD&amp;ĐT Bình Định</a></li>'
        '<li><a href="https://www.facebook.com/mamnontuoithoquynhon" rel="nofollow">Fanpage nhà trường</a></li>'
        "</ul></div>"
        '<div class="kh-box" id="kh-24"><div class="kh-tde">Thăm dò ý kiến</div>'
        '<form data-request="poll::onVote"><p>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú?</p>'
        '<label><input type="radio" name="opt" value="1"> Rất tốt</label>'
        '<label><input type="radio" name="opt" value="2"> Tốt</label>'
        '<label><input type="radio" name="opt" value="3"> Cần cải thiện</label>'
        '<button type="submit">Bình chọn</button></form></div>'
        '<div class="kh-box" id="kh-25"><div class="kh-tde">Thống kê truy cập</div>'
        "<p>Đang online: 14</p><p>Hôm nay: 387</p><p>Tổng truy cập: 215.462</p></div>"
        "</aside>"
    )


def _page(title: str, main: str, crumbs: list[tuple[str, str | None]] | None = None) -> str:
    bc = ""
    if crumbs:
        parts = ['<a href="/">Trang chủ</a>']
        for label, href in crumbs:
            parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
        bc = '<div class="dd-bc">' + " <i>›</i> ".join(parts) + "</div>"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {SCHOOL}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Winter CMS">
<link rel="stylesheet" href="/themes/tuoitho/assets/css/theme.css?v=1.2.7">
<link rel="icon" href="/themes/tuoitho/assets/images/favicon.png">
</head>
<body class="layout-default">
<div class="top-bar"><span class="ngay-hn">{HEADER_TODAY}</span>
<span class="hotline">Hotline: 0256 3822 456</span>
<form class="lang" method="POST" data-request="localePicker::onSwitchLocale">
<select name="locale"><option value="vi" selected>Tiếng Việt</option><option value="en">English</option></select></form>
</div>
<header class="dau-trang"><a href="/" class="logo"><img src="/themes/tuoitho/assets/images/logo-tuoi-tho.png" alt="Logo"></a>
<div class="ten-truong"><span>PHÒNG GD&amp;ĐT THÀNH PHỐ QUY NHƠN</span><strong>TRƯỜNG MẦM NON TUỔI THƠ</strong></div>
<form class="tim-kiem" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..."></form>
</header>
{_menu()}
<div class="khung">
{bc}
<div class="cot-trai">
{main}
</div>
{_sidebar()}
</div>
<footer class="chan-trang"><p><strong>TRƯỜNG MẦM NON TUỔI THƠ</strong></p>
<p>Địa chỉ: 45 Trần Hưng Đạo, phường Lê Lợi, TP Quy Nhơn, tỉnh Bình Định</p>
<p>Điện thoại: 0256 3822 456 – Email: mntuoitho.qn@binhdinh.edu.vn</p>
<p>© 2026 Bản quyền thuộc về Trường Mầm non Tuổi Thơ. Thiết kế bởi Công ty TNHH Web Xanh Quy Nhơn.</p></footer>
<script src="/modules/system/assets/js/framework.combined-min.js"></script>
<script src="/themes/tuoitho/assets/js/app.js"></script>
</body>
</html>"""


def _card(s: Story) -> str:
    cats = ", ".join(f'<a href="/blog/category/{CAT_SLUG[c]}">{esc(c)}</a>' for c in _cats(s))
    excerpt = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(excerpt) > 160:
        excerpt = excerpt[:157].rsplit(" ", 1)[0] + "..."
    return (
        '<li class="bv-item">'
        f'<a class="bv-anh" href="{post_path(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}"></a>'
        f'<h3><a href="{post_path(s)}">{esc(s.title)}</a></h3>'
        f'<p class="info">Posted in {cats} on {_utc_english(s)}</p>'
        f'<p class="excerpt">{esc(excerpt)}</p></li>'
    )


def _pager(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""
    items = []
    if current > 1:
        items.append(f'<li><a href="{base}?page={current - 1}">&larr; Prev</a></li>')
    for n in range(1, last + 1):
        cls = ' class="active"' if n == current else ""
        items.append(f'<li{cls}><a href="{base}?page={n}">{n}</a></li>')
    if current < last:
        items.append(f'<li><a href="{base}?page={current + 1}">Next &rarr;</a></li>')
    return '<ul class="pagination">' + "".join(items) + "</ul>"


def _listing(req: Request, base: str, posts: list[Story], per: int, title: str,
             crumbs: list[tuple[str, str | None]]) -> Response:
    last = max(1, (len(posts) + per - 1) // per)
    raw = req.params.get("page", "1")
    try:
        page = int(raw)
    except ValueError:
        page = 1
    if page > last:
        return redirect(f"{base}?page={last}")
    page = max(page, 1)
    chunk = posts[(page - 1) * per: page * per]
    main = (
        f'<h1 class="ds-tde">{esc(title)}</h1>'
        f'<ul class="post-list">{"".join(_card(s) for s in chunk)}</ul>'
        f"{_pager(base, page, last)}"
    )
    return html(_page(title, main, crumbs))


def _post(story: Story) -> Response:
    idx = ORDERED.index(story)
    newer = ORDERED[idx - 1] if idx > 0 else None
    older = ORDERED[idx + 1] if idx + 1 < len(ORDERED) else None
    cats = _cats(story)
    cat_links = ", ".join(f'<a href="/blog/category/{CAT_SLUG[c]}">{esc(c)}</a>' for c in cats)
    sapo = (
        f'<div class="bv-sapo">{esc(story.summary)}</div>' if story.summary and story.sapo_outside else ""
    )
    nav = '<div class="bv-dieuhuong">'
    if older:
        nav += f'<a class="prev" href="{post_path(older)}">« Bài trước: {esc(older.title)}</a>'
    if newer:
        nav += f'<a class="next" href="{post_path(newer)}">Bài sau: {esc(newer.title)} »</a>'
    nav += "</div>"
    related = [s for s in ORDERED if s is not story and story.cat in _cats(s)][:4]
    rel = "".join(f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <em>({_local_str(s)[8:]})</em></li>'
                  for s in related)
    main = f"""<div class="bv-ctiet" id="post-{story.id}">
<h1 class="bv-tde">{esc(story.title)}</h1>
<div class="bv-tt"><i class="ic-clock"></i> <time datetime="{_utc_iso(story)}">{_local_str(story)}</time>
 <span class="bv-nguoidang"><i class="ic-user"></i> Đăng bởi: {esc(story.opts["by"])}</span>
 <span class="bv-lx"><i class="ic-eye"></i> {story.views()} lượt xem</span></div>
{sapo}
<div class="bv-nd">
{_content(story)}
</div>
{_featured(story)}
<p class="info">Posted in {cat_links} on {_utc_english(story)}</p>
<div class="bv-congcu"><a href="https://www.facebook.com/sharer/sharer.php?u=" rel="nofollow">Chia sẻ Facebook</a>
 <a href="javascript:window.print()">In bài viết</a></div>
{nav}
<div class="bv-cungcm"><div class="kh-tde">Bài viết cùng chuyên mục</div><ul>{rel}</ul></div>
</div>"""
    crumbs = [("Tin tức", "/blog"), (story.cat, f"/blog/category/{CAT_SLUG[story.cat]}")]
    return html(_page(story.title, main, crumbs))


def _home() -> Response:
    slider = "".join(
        f'<div class="sl-item"><a href="{post_path(s)}/"><img src="{_thumb(s)}" alt="">'
        f"<span>{esc(s.title)}</span></a></div>"
        for s in ORDERED[:3]
    )
    newest = "".join(_card(s) for s in ORDERED[:4])
    parents = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>'
        for s in ORDERED if s.cat == "Góc phụ huynh"
    )
    main = (
        f'<div class="slider owl-carousel">{slider}</div>'
        f'<div class="kh-box"><div class="kh-tde">Tin mới</div><ul class="post-list" id="ds-tin">{newest}</ul>'
        '<button class="btn-xemthem" data-request="blogPosts::onLoadMore" data-request-data="page: 2" '
        "data-request-update=\"'blog/posts': '@#ds-tin'\">Xem thêm bài viết</button></div>"
        f'<div class="kh-box"><div class="kh-tde">Góc phụ huynh</div><ul>{parents}</ul></div>'
    )
    return html(_page("Trang chủ", main))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<p>Trường Mầm non Tuổi Thơ được thành lập năm 1986, là trường mầm non công lập trực thuộc "
        "Phòng GD&amp;ĐT thành phố Quy Nhơn. Trường đạt chuẩn quốc gia mức độ 2 năm 2022.</p>"
        "<p>Hiện nay trường có 12 nhóm, lớp với 320 cháu và 38 cán bộ, giáo viên, nhân viên.</p>"
        f'<p><img src="{M}/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh trường"></p>',
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        "<table><tr><th>Họ và tên</th><th>Chức vụ</th></tr>"
        "<tr><td>Trần Thị Kim Oanh</td><td>Hiệu trưởng</td></tr>"
        "<tr><td>Đặng Thị Hồng Nhung</td><td>Phó Hiệu trưởng</td></tr>"
        "<tr><td>Phạm Thị Ngọc Lan</td><td>Giáo viên lớp Chồi 1</td></tr></table>",
    ),
    "thuc-don": (
        "Thực đơn tuần 1 tháng 12/2026",
        "<table><tr><th>Thứ</th><th>Bữa trưa</th><th>Bữa xế</th></tr>"
        "<tr><td>Thứ Hai</td><td>Cơm, thịt kho trứng, canh bí</td><td>Sữa chua</td></tr>"
        "<tr><td>Thứ Ba</td><td>Cơm, cá thu sốt cà, canh rau ngót</td><td>Chuối</td></tr>"
        "<tr><td>Thứ Tư</td><td>Bún bò, rau sống</td><td>Bánh flan</td></tr></table>",
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="album">'
        + "".join(
            f'<a href="{M}/album/2026/anh-{n}.jpg" data-lightbox="album"><img src="{M}/album/2026/anh-{n}-sm.jpg" alt=""></a>'
            for n in range(1, 7)
        )
        + "</div>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: 45 Trần Hưng Đạo, phường Lê Lợi, TP Quy Nhơn, tỉnh Bình Định</p>"
        "<p>Điện thoại: 0256 3822 456</p><p>Email: mntuoitho.qn@binhdinh.edu.vn</p>"
        '<form data-request="contactForm::onSend"><input name="name"><textarea name="msg"></textarea>'
        "<button>Gửi</button></form>",
    ),
}


class Site:
    def respond(self, req: Request) -> Response | None:
        path = urlsplit(req.path).path
        if path.startswith(("/storage/", "/themes/", "/modules/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return _home()
        if path == "/blog":
            return _listing(req, "/blog", ORDERED, PER_PAGE, "Tin tức", [("Tin tức", None)])
        if path.startswith("/blog/category/"):
            slug = path[len("/blog/category/"):]
            if slug not in CATS:
                return None
            name = CATS[slug]
            posts = [s for s in ORDERED if name in _cats(s)]
            return _listing(req, f"/blog/category/{slug}", posts, CAT_PER_PAGE, name,
                            [("Tin tức", "/blog"), (name, None)])
        if path.startswith("/blog/post/"):
            slug = path[len("/blog/post/"):]
            if slug.endswith("/"):
                slug = slug[:-1]
            story = BY_SLUG.get(slug)
            return _post(story) if story else None
        slug = path.strip("/")
        if path == f"/{slug}" and slug in STATIC_PAGES:
            title, body = STATIC_PAGES[slug]
            main = f'<div class="tr-tinh"><h1 class="ds-tde">{esc(title)}</h1>{body}</div>'
            return html(_page(title, main, [(title, None)]))
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(s, post_path(s), s.cat, alt_paths=[post_path(s) + "/"])
    for s in ORDERED
]

NON_ARTICLES = ["/gioi-thieu", "/doi-ngu-giao-vien", "/thuc-don", "/thu-vien-anh", "/lien-he"]
