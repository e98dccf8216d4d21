"""Trường Chính trị tỉnh Quảng Ngãi: NukeViet 4.5, news module with the viewcat_grid layout.

Platform
--------
NukeViet 4.5 (``<meta name="generator" content="NukeViet v4.5">``) with a vendor theme
``tct_quangngai`` built on the default theme's 24-column Bootstrap 3 grid: a top banner with the
school's emblem and name, a horizontal mega menu (``ul.mnu-ngang`` with drop-downs), a left column
of blocks (``Tin mới`` = the news module's global block_news, ``Thông báo`` = an admin-written HTML
block scrolling in a ``<marquee>``, ``Liên kết website`` = a ``<select onchange=window.open>``, the
global counter block ``Đang truy cập / Hôm nay / Tháng hiện tại / Tổng lượt truy cập`` and a
voting block), breadcrumbs as NukeViet prints them (a *hidden* ``ul.temp-breadcrumbs`` that the
theme's JS copies into the visible, empty ``ul.breadcrumbs``), and a footer with address, phone,
e-mail, the person in charge and the CMS credit.

URL scheme (rewrite on, language in the path)
---------------------------------------------
- ``/``: site home (slider "Tin nổi bật", one box per category with its 3 newest, left column);
  ``/vi/`` answers 301 to ``/``.
- ``/vi/news/``: module home (viewhome ``viewcat_main_bottom``: each category's newest 3).
- ``/vi/news/<cat>/`` and ``/vi/news/<cat>/page-<n>/``: viewcat_grid, 4 items a page (the first
  item of page 1 large with its hometext and "Xem tiếp", the others as thumbnail cards);
  ``page-1/`` answers 301 to the category, a page past the end 301 to the category as well.
- ``/vi/news/<cat>/<alias>-<id>.html``: detail; ``/vi/news/print/<cat>/<alias>-<id>.html``:
  print view (opened by ``nv_open_browse()`` in an onclick only);
  ``/vi/news/savefile/<cat>/<alias>-<id>.html``: the "Lưu bài viết này" download of the same
  article (``Content-Disposition: attachment``), linked by a plain href on articles that allow it;
  ``/vi/news/sendmail/<cat>/<alias>-<id>.html``: the send-to-a-friend pop-up (onclick only).
- ``/vi/news/tag/<tag>/``: tag listing; ``/vi/about/`` (page module: 3 pages
  ``/vi/about/<alias>.html``), ``/vi/contact/``, ``/vi/laws/`` and ``/vi/laws/detail/<alias>/``;
  ``/vi/seek/`` the search page.
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>.html``: the non-rewritten form, served
  like the rewritten one (an admin-written block links to it).
- Images: full size under ``/uploads/news/<yyyy_mm>/``, listing thumbnails under
  ``/assets/news/<yyyy_mm>/`` (NukeViet's thumbnail cache), theme images under ``/themes/…``.

Page templates
--------------
Detail (``div.news_column.panel`` with schema.org microdata): ``h1.title``, a row with
``span.h5`` "Thứ sáu - 04/12/2026 16:20" and the tool icons, then NukeViet's hidden microdata
spans (``itemprop=author`` = the CMS account that posted, ``datePublished``, ``dateModified``),
the home image (``figure.article.left`` with ``figcaption`` when ``imgposition`` = 1, a large
``figure.article.center`` after the lead when it is 2, nothing when 0), the lead in
``div.hometext`` (bold), ``div#news-bodyhtml.bodytext``, the "Tác giả" / "Nguồn tin" lines
(``p.h5.text-right``), a vendor "Cập nhật lần cuối" line on edited articles, then separate
panels: attachments ("Tài liệu đính kèm"), "Từ khóa" tags, the rating form ("Tổng số điểm của bài
viết là: … trong … đánh giá"), share buttons, the comment module (earlier readers' comments with
names and times, then the form) and "Những tin mới hơn" / "Những tin cũ hơn" lists (3 each, same
category as the URL's, with "(dd/mm/yyyy)").

How each gold article is reached
--------------------------------
Category listings (4 a page, newest first; an external-link item takes a slot in "Tin tức - Sự
kiện"):

- Tin tức - Sự kiện: p1 = T1 418, T2 415, [external item, baoquangngai.vn], T3 409;
  p2 = T4 401, T5 388.
- Đào tạo - Bồi dưỡng: p1 = D1 416, T2 415 (filed in both categories), D2 411, D3 403;
  p2 = D4 392.
- Nghiên cứu - Trao đổi: N1 414, N2 398.  Thông báo: B1 419, B2 406.

The home page and the module home show each category's newest 3 (listing links always use the
article's first category); the "Tin mới" block the newest 5 (T1 under its stale alias); the
admin's "Thông báo" block B1 (non-rewritten URL) and B2; tag pages the tagged articles. T4, T5
and D4 are on no home page, block or first listing page: a crawler finds them on page 2 of their
category, or one hop further through the detail pages ("Những tin cũ hơn", T3's pasted "Tin liên
quan" box, D3's "Xem thêm" line). T2's second-category URL is linked only from the "Những tin
mới hơn / cũ hơn" lists of the "Đào tạo - Bồi dưỡng" articles (NukeViet builds them with the
category of the URL being read).

Traps
-----
1. *Breadcrumb in a hidden list* (not in the README's list): NukeViet prints the trail in
   ``ul.temp-breadcrumbs.hidden`` and JS copies it into the visible ``ul.breadcrumbs``, which is
   empty in the HTML. Gold ``category`` is the last item of that hidden trail on the article's
   canonical page ("Tin tức - Sự kiện" …), never the module name "Tin tức".
2. *One article in two categories* (NukeViet ``listcatid``): T2 is listed in "Tin tức - Sự kiện"
   and in "Đào tạo - Bồi dưỡng" and answers 200 under both paths; under the second its
   breadcrumb, related lists and og:url follow the category of the URL, but ``rel=canonical``
   names the first. Gold: path and category of the canonical one, the other path in alt_paths.
3. *A stale alias from a block cache* (not in the README's list): T1's title was corrected after
   publication ("giảng viên giỏi" -> "giảng viên dạy giỏi"); the cached "Tin mới" block still
   prints the old title and alias, and NukeViet, finding the article by its id, serves the old
   URL with 200 (canonical to the new one). Gold: the new path and the title printed on the page,
   the old path in alt_paths.
4. *The non-rewritten CMS URL* (not in the README's list): the admin's "Thông báo" HTML block
   links B1 as ``/index.php?language=vi&nv=news&op=thong-bao/…-419.html``, which NukeViet serves
   without redirecting. Gold: in alt_paths of B1.
5. *Article-URL variants that are not the article* (not in the README's list): the attachment
   panel links ``<article>.html?download=1&id=0`` (a PDF) and an iframe ``?pdf=1&id=0`` (the same
   PDF); they are neither gold nor alt paths. The save icon's ``/vi/news/savefile/…`` is the same
   article sent as an attachment download (text/html): alt_paths. The print view, reached only
   through an onclick, is the same article too: alt_paths.
6. *The home image and its alt text* (not in the README's list): with ``imgposition`` 1 or 2 the
   home image is printed (before or after the lead, outside ``#news-bodyhtml``) and its
   ``figcaption`` is the caption; with 0 it is only a listing thumbnail and ``og:image``, not an
   article photo. When the editor left the image note empty NukeViet puts the *title* in the alt
   and prints no figcaption (T4): caption None, not the title.
7. *The lead only in listings* (not in the README's list): articles saved with "Hiển thị phần
   giới thiệu" off (N2, B1) print no ``div.hometext`` on their page, although the listings, the
   tooltips (``data-content``) and the meta description carry it. Gold: summary null, the body
   starts with the bodytext; everywhere else the bold lead is the summary and the body's first
   paragraph.
8. *Lazy-loaded photos* (not in the README's list): the vendor theme rewrites the pictures of
   D3 and T2 as ``<img class="lazy" src="/themes/…/loading.gif" data-src="/uploads/…">``. Gold
   images: the ``data-src`` photos, never the placeholder.
9. *Dates*: the page prints "Thứ sáu - 04/12/2026 16:20" (NukeViet's lower-case weekday); the
   related lists print other articles' days "(27/11/2026)" after each link, the comments print
   their times, an edited article prints "Cập nhật lần cuối: 05/12/2026 08:03" after the text
   and ``dateModified``. Gold: the publication time. T5 was published at "00:00": the day alone.
   B1 is an official notice: the letterhead's day "2026-12-03", not its posting time.
10. *Bylines as NukeViet prints them*: "Tác giả: ThS. Trần Thị Mỹ Linh - Khoa Lý luận cơ sở" ->
    "Trần Thị Mỹ Linh"; "Tác giả: Văn Thành, Thu Hiền" -> both; "Tác giả: Ngọc Ánh (Công đoàn
    Trường)" -> "Ngọc Ánh"; "Tác giả: Ban Biên tập" -> nobody; "Tác giả: Phòng Quản lý đào tạo"
    -> the unit as printed; with no "Tác giả" line, the text's closing line "Tin, ảnh: Thanh Tâm"
    or "Tin: Minh Quân - Ảnh: Hữu Phước" (not body) gives authors and photographers. The hidden
    microdata author is the CMS account "qtv_tct": nobody. "Nguồn tin: <a>Tạp chí Sinh hoạt lý
    luận</a>" -> source.
11. *Widgets inside ``#news-bodyhtml``*: an editor-pasted "Tin liên quan" box (T3), a "Xem
    thêm:" line (D3), a "Tải về:" attachment line (B2) and a Zalo share button (N1) sit inside
    the text's container: not body.
12. *Encodings*: N2's text was pasted as decomposed Unicode (Unikey "tổ hợp"); T4's text was
    saved by an old CKEditor configuration with entities for every second letter. Gold: NFC text.
13. *Comments and rating*: the comment module prints readers' names, times and texts under the
    article (T2, D2) and the rating block a sentence of scores: not body, not authors.

Gold decisions on ambiguous points
----------------------------------
- The official notice B1 (letterhead table, "THÔNG BÁO", its subject, "Nơi nhận", signer): body
  = the notice's own paragraphs and numbered items; author = the signer "Lê Minh Tuấn"; its date
  the letterhead's "2026-12-03" (the README's convention).
- B2's closing right-aligned unit "Phòng Đào tạo - Quản lý khoa học" is its author as printed.
- A table row is a paragraph with its cells joined by " | " (D2's results, B2's schedule).
- N1's footnote calls "[1]" are printed in brackets in ``<sup>`` right after the sentence: they
  stay glued ("…thực tiễn.[1]"); the notes under "Chú thích" and their heading are body.
- A photo line in parentheses loses them; a line that only credits ("Ảnh: Thanh Tâm") is no
  caption, the name is a photographer.
- The external-link listing item (a Báo Quảng Ngãi article) is off-site: not gold.
- T5's photo sits in a two-row layout table (``table.tbl-anh``: the image, then its line): the
  second row is the photo's caption, not a table paragraph of the text.
- The hidden microdata (``itemprop=description`` even when the lead is not shown, the poster
  account as ``author``) is not printed: it gives neither a summary nor an author.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "nukeviet45_viewcat_grid_tct"
PLATFORM = "NukeViet 4.5 (news module, viewcat_grid, vendor theme tct_quangngai)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Quảng Ngãi"
THEME = "/themes/tct_quangngai"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
ST_LINKS = 3
MODULE_TITLE = "Tin tức"

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "thong-bao": "Thông báo",
}

TAGS: dict[str, str] = {
    "truong-chinh-tri": "trường chính trị",
    "giang-vien": "giảng viên",
    "trung-cap-ly-luan-chinh-tri": "trung cấp lý luận chính trị",
    "boi-duong-can-bo": "bồi dưỡng cán bộ",
    "xay-dung-dang": "xây dựng đảng",
    "chinh-quyen-dia-phuong-hai-cap": "chính quyền địa phương hai cấp",
}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

# --- the articles ---------------------------------------------------------------------------

U = "/uploads/news"

T1 = Story(
    id=418,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026-thanh-cong-tot-dep",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026 thành công tốt đẹp",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "Sau gần hai tuần tranh tài sôi nổi, chiều 04/12/2026, Trường Chính trị tỉnh Quảng Ngãi "
        "tổ chức bế mạc và trao giải Hội thi giảng viên dạy giỏi cấp trường năm 2026 với sự tham "
        "gia của 18 giảng viên đến từ 4 khoa chuyên môn."
    ),
    sapo_outside=True,
    authors=["Văn Thành", "Thu Hiền"],
    blocks=[
        Img(f"{U}/2026_12/be-mac-hoi-thi-gvdg-2026.jpg", "Quang cảnh buổi bế mạc Hội thi",
            "Quang cảnh buổi bế mạc Hội thi", style="homeimg"),
        P("Hội thi được tổ chức nhằm đánh giá thực chất năng lực sư phạm, khả năng vận dụng "
          "phương pháp giảng dạy tích cực và ứng dụng công nghệ thông tin của đội ngũ giảng viên; "
          "đồng thời phát hiện, bồi dưỡng những nhân tố tiêu biểu để tham gia Hội thi giảng viên "
          "dạy giỏi các trường chính trị toàn quốc lần thứ VII."),
        P("Năm nay, lần đầu tiên hội thi có sự tham gia của giảng viên đang công tác tại Cơ sở 2 "
          "(phường Kon Tum) sau khi hợp nhất hai trường chính trị. Các thí sinh trải qua hai phần "
          "thi: trình bày kế hoạch bài giảng và giảng thực hành một tiết học trước Hội đồng giám "
          "khảo cùng học viên lớp Trung cấp lý luận chính trị K26."),
        Img(f"{U}/2026_12/trao-giai-nhat-hoi-thi-gvdg.jpg",
            "Đồng chí Phó Hiệu trưởng Nhà trường trao giải Nhất cho các giảng viên",
            "Đồng chí Phó Hiệu trưởng Nhà trường trao giải Nhất cho các giảng viên",
            style="figure"),
        P("Theo đánh giá của Hội đồng giám khảo, các bài giảng được chuẩn bị công phu, bám sát "
          "chương trình mới của Học viện Chính trị quốc gia Hồ Chí Minh; nhiều giảng viên đã khéo "
          "léo lồng ghép các vấn đề thực tiễn của tỉnh như vận hành chính quyền địa phương hai cấp, "
          "phát triển Khu kinh tế Dung Quất, bảo vệ chủ quyền biển, đảo."),
        P("Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích. "
          "Giải Nhất thuộc về giảng viên Nguyễn Thị Hồng Nhung (Khoa Lý luận cơ sở) với bài giảng "
          "“Chủ nghĩa duy vật lịch sử” và giảng viên Lê Quang Huy (Khoa Nhà nước và pháp luật) với "
          "bài giảng “Quản lý hành chính nhà nước ở cấp xã”."),
        P("Phát biểu bế mạc, đồng chí Phạm Thị Thanh Hương, Phó Hiệu trưởng Nhà trường ghi nhận "
          "tinh thần nghiêm túc, cầu thị của các thí sinh và đề nghị các khoa tiếp tục duy trì sinh "
          "hoạt chuyên môn, dự giờ, rút kinh nghiệm thường xuyên để nâng cao chất lượng bài giảng."),
    ],
    opts={
        "publtime": "2026-12-04T16:20",
        "cats": ["tin-tuc-su-kien"],
        "imgpos": 1,
        "tags": ["giang-vien", "truong-chinh-tri"],
        "author_line": "Văn Thành, Thu Hiền",
        "edittime": "2026-12-05T08:03",
        "old_alias": "hoi-thi-giang-vien-gioi-cap-truong-nam-2026-thanh-cong-tot-dep",
        "old_title": "Hội thi giảng viên giỏi cấp trường năm 2026 thành công tốt đẹp",
        "save": True,
        "rating": (14, 3),
    },
)

T2 = Story(
    id=415,
    slug="doan-kiem-tra-cua-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh",
    title="Đoàn kiểm tra của Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T10:05:00+07:00",
    summary=(
        "Sáng 26/11, Đoàn kiểm tra của Học viện Chính trị khu vực III do PGS.TS Trần Văn Phúc, "
        "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh "
        "Quảng Ngãi về việc thực hiện chương trình Trung cấp lý luận chính trị năm 2026."
    ),
    sapo_outside=True,
    authors=["Đỗ Hoàng Yến"],
    blocks=[
        Img(f"{U}/2026_11/hvct-kv3-lam-viec-tct.jpg",
            "PGS.TS Trần Văn Phúc phát biểu tại buổi làm việc",
            "PGS.TS Trần Văn Phúc phát biểu tại buổi làm việc", style="imgfull"),
        P("Tiếp và làm việc với đoàn có đồng chí Huỳnh Văn Lợi, Hiệu trưởng Nhà trường;"),
        P("đại diện Ban Giám hiệu, lãnh đạo các khoa, phòng chuyên môn của Cơ sở 1 và Cơ sở 2.",
          style="br"),
        P("Báo cáo với đoàn, Nhà trường cho biết từ đầu năm đến nay đã mở 14 lớp Trung cấp lý luận "
          "chính trị với 1.126 học viên, trong đó có 5 lớp hệ tập trung. Việc tổ chức dạy học được "
          "thực hiện đúng chương trình, kế hoạch; công tác quản lý học viên, kiểm tra, thi, viết "
          "tiểu luận cuối khóa được tiến hành nghiêm túc, đúng quy chế."),
        Img(f"{U}/2026_11/quang-canh-buoi-lam-viec-hvct.jpg", "(Quang cảnh buổi làm việc)",
            "Quang cảnh buổi làm việc", style="lazy"),
        P("Bên cạnh kết quả đạt được, Nhà trường cũng nêu những khó khăn như đội ngũ giảng viên "
          "có học vị tiến sĩ còn ít, cơ sở vật chất tại Cơ sở 2 xuống cấp, kinh phí tổ chức đi "
          "nghiên cứu thực tế cho học viên còn hạn chế."),
        P("Kết luận buổi làm việc, PGS.TS Trần Văn Phúc đánh giá cao sự chủ động của Nhà trường "
          "trong việc ổn định tổ chức bộ máy sau hợp nhất, đồng thời đề nghị tiếp tục đổi mới "
          "phương pháp giảng dạy, tăng cường kiểm tra, giám sát và quan tâm đào tạo, bồi dưỡng "
          "đội ngũ giảng viên trẻ."),
    ],
    opts={
        "publtime": "2026-11-27T10:05",
        "cats": ["tin-tuc-su-kien", "dao-tao-boi-duong"],
        "imgpos": 2,
        "tags": ["truong-chinh-tri", "trung-cap-ly-luan-chinh-tri"],
        "author_line": "ThS. Đỗ Hoàng Yến",
        "rating": (23, 5),
        "comments": [
            ("Trần Quốc Bảo", "27/11/2026 14:32",
             "Chúc Nhà trường ngày càng phát triển, đào tạo nhiều cán bộ giỏi cho tỉnh nhà."),
            ("Lê Thị Ngọc", "28/11/2026 08:15",
             "Mong Nhà trường sớm được đầu tư sửa chữa ký túc xá tại Cơ sở 2 để học viên yên tâm học tập."),
        ],
    },
)

T3 = Story(
    id=409,
    slug="mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-18T11:45:00+07:00",
    summary=(
        "Sáng 18/11, Trường Chính trị tỉnh Quảng Ngãi long trọng tổ chức mít tinh kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong "
        "năm học 2025 - 2026."
    ),
    sapo_outside=True,
    authors=["Thanh Tâm"],
    photographers=["Thanh Tâm"],
    blocks=[
        P("Dự buổi mít tinh có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo dục "
          "và Đào tạo cùng đông đủ cán bộ, giảng viên, nhân viên và học viên các lớp đang học tập "
          "tại trường."),
        P("Ôn lại truyền thống Ngày Nhà giáo Việt Nam, diễn văn của Ban Giám hiệu khẳng định trong "
          "suốt quá trình xây dựng và phát triển, đội ngũ nhà giáo của Trường luôn giữ vững phẩm "
          "chất chính trị, tận tụy với nghề, góp phần đào tạo hàng chục nghìn cán bộ cho hệ thống "
          "chính trị của tỉnh."),
        Img(f"{U}/2026_11/mit-tinh-20-11-2026.jpg", "Các đại biểu dự lễ mít tinh",
            "Các đại biểu dự lễ mít tinh", style="next"),
        P("Nhân dịp này, Nhà trường trao Giấy khen cho 6 tập thể và 21 cá nhân; đồng thời trao "
          "Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 4 nhà giáo có nhiều đóng góp."),
        P("Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.",
          style="q"),
        P("Thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh, mỗi cán bộ, giảng viên Nhà trường nguyện tiếp "
          "tục rèn luyện, học tập suốt đời, xứng đáng với niềm tin của Đảng bộ và Nhân dân tỉnh "
          "nhà."),
        Img(f"{U}/2026_11/tuyen-duong-nha-giao-2026.jpg", "Ảnh: Thanh Tâm", None, style="next"),
        Raw('<div class="tct-tlq" style="border:1px dashed #c00;padding:6px 10px;margin:10px 0">'
            '<p><strong>TIN LIÊN QUAN:</strong></p><ul>'
            '<li><a href="/vi/news/tin-tuc-su-kien/'
            'chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-401.html">'
            'Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV</a></li>'
            '<li><a href="/vi/news/tin-tuc-su-kien/'
            'cong-doan-truong-toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam-388.html">'
            'Công đoàn Trường tọa đàm kỷ niệm 96 năm Ngày thành lập Hội LHPN Việt Nam</a></li>'
            '</ul></div>'),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Thanh Tâm</strong></p>'),
    ],
    opts={
        "publtime": "2026-11-18T11:45",
        "cats": ["tin-tuc-su-kien"],
        "imgpos": 0,
        "homeimg": f"{U}/2026_11/mit-tinh-20-11-2026.jpg",
        "tags": ["truong-chinh-tri", "giang-vien"],
        "rating": (10, 2),
    },
)

T4 = Story(
    id=401,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Nêu cao tinh thần trách nhiệm, nói đi đôi với làm”",
    cat="tin-tuc-su-kien",
    published_at="2026-11-06T14:00:00+07:00",
    summary=(
        "Chiều 05/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026 với "
        "chủ đề “Nêu cao tinh thần trách nhiệm, nói đi đôi với làm” gắn với việc học tập và làm "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    ),
    sapo_outside=True,
    authors=[],
    blocks=[
        Img(f"{U}/2026_11/chi-bo-khoa-xdd-sinh-hoat-chuyen-de.jpg", None, None, style="homeimg"),
        P("Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ trình bày báo cáo chuyên đề, làm rõ những "
          "nội dung cơ bản trong tư tưởng Hồ Chí Minh về trách nhiệm của người cán bộ, đảng viên; "
          "liên hệ với thực tiễn công tác giảng dạy, nghiên cứu khoa học của giảng viên trong khoa."),
        P("Các đảng viên đã thảo luận sôi nổi, thẳng thắn chỉ ra những hạn chế như việc đổi mới "
          "phương pháp giảng dạy ở một số bài chưa đồng đều, việc viết bài nghiên cứu, trao đổi "
          "đăng trên trang thông tin điện tử của Trường còn ít."),
        P("Chi bộ thống nhất đề ra các giải pháp cụ thể: mỗi đảng viên đăng ký ít nhất một việc "
          "làm theo gương Bác; mỗi giảng viên dự giờ tối thiểu 4 tiết mỗi học kỳ và có ít nhất một "
          "bài viết nghiên cứu trong năm 2027."),
        P("Kết thúc buổi sinh hoạt, Chi bộ đã biểu dương 3 đảng viên tiêu biểu trong việc thực "
          "hiện chuyên đề năm 2026."),
    ],
    opts={
        "publtime": "2026-11-06T14:00",
        "cats": ["tin-tuc-su-kien"],
        "imgpos": 1,
        "tags": ["xay-dung-dang"],
        "author_line": "Ban Biên tập",
        "enc": "entities",
        "rating": (0, 0),
    },
)

T5 = Story(
    id=388,
    slug="cong-doan-truong-toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
    title="Công đoàn Trường tọa đàm kỷ niệm 96 năm Ngày thành lập Hội LHPN Việt Nam",
    cat="tin-tuc-su-kien",
    published_at="2026-10-20",
    summary=(
        "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
        "20/10/2026), Công đoàn Trường Chính trị tỉnh Quảng Ngãi tổ chức buổi tọa đàm với chủ "
        "đề “Phụ nữ Trường Chính trị tự tin, trách nhiệm, hạnh phúc”."
    ),
    sapo_outside=True,
    authors=["Ngọc Ánh"],
    blocks=[
        P("Tham dự buổi tọa đàm có hơn 50 nữ cán bộ, giảng viên, nhân viên đang công tác tại cả "
          "hai cơ sở của Nhà trường."),
        Img(f"{U}/2026_10/toa-dam-20-10-cong-doan.jpg",
            "Các nữ cán bộ, giảng viên chụp ảnh lưu niệm tại buổi tọa đàm",
            "Các nữ cán bộ, giảng viên chụp ảnh lưu niệm tại buổi tọa đàm", style="table"),
        P("Tại buổi tọa đàm, các chị em đã chia sẻ kinh nghiệm cân bằng giữa công việc chuyên môn "
          "và chăm lo gia đình, nuôi dạy con cái; trao đổi về kỹ năng chăm sóc sức khỏe và phòng "
          "chống bạo lực gia đình."),
        P("Dịp này, Công đoàn Trường đã tặng quà cho 12 nữ đoàn viên có hoàn cảnh khó khăn và "
          "biểu dương 8 chị đạt danh hiệu “Giỏi việc trường, đảm việc nhà” năm 2026."),
    ],
    opts={
        "publtime": "2026-10-20T00:00",
        "cats": ["tin-tuc-su-kien"],
        "imgpos": 0,
        "homeimg": f"{U}/2026_10/toa-dam-20-10-cong-doan.jpg",
        "tags": ["truong-chinh-tri"],
        "author_line": "Ngọc Ánh (Công đoàn Trường)",
        "rating": (5, 1),
    },
)

D1 = Story(
    id=416,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-k27-tai-co-so-2",
    title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung K27 tại Cơ sở 2",
    cat="dao-tao-boi-duong",
    published_at="2026-12-01T07:50:00+07:00",
    summary=(
        "Ngày 30/11/2026, tại Cơ sở 2, Trường Chính trị tỉnh Quảng Ngãi tổ chức khai giảng lớp "
        "Trung cấp lý luận chính trị hệ không tập trung K27 cho 86 học viên là cán bộ, công chức "
        "các xã, phường khu vực phía Bắc của tỉnh."
    ),
    sapo_outside=True,
    authors=["Phòng Quản lý đào tạo"],
    blocks=[
        Img(f"{U}/2026_12/khai-giang-tccl-k27-cs2.jpg",
            "Đồng chí Huỳnh Văn Lợi, Hiệu trưởng Nhà trường phát biểu khai giảng",
            "Đồng chí Huỳnh Văn Lợi, Hiệu trưởng Nhà trường phát biểu khai giảng",
            style="homeimg"),
        P("Lớp học được tổ chức theo Quyết định số 342-QĐ/TCT của Hiệu trưởng Trường Chính trị "
          "tỉnh, thời gian học từ tháng 12/2026 đến tháng 10/2027, mỗi tháng học tập trung 10 "
          "ngày."),
        P("Chương trình gồm 4 phần học:"),
        P("Phần I: Những vấn đề cơ bản về chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh;",
          style="li"),
        P("Phần II: Những vấn đề cơ bản về Đảng Cộng sản và Nhà nước pháp quyền xã hội chủ nghĩa "
          "Việt Nam;", style="li"),
        P("Phần III: Những vấn đề cơ bản về kỹ năng lãnh đạo, quản lý ở cơ sở;", style="li"),
        P("Phần IV: Thực tiễn địa phương và nghiên cứu thực tế.", style="li"),
        P("Phát biểu khai giảng, đồng chí Hiệu trưởng đề nghị học viên chấp hành nghiêm quy chế, "
          "sắp xếp công việc hợp lý để tham gia đầy đủ các buổi học, tích cực trao đổi, liên hệ "
          "thực tiễn công tác tại cơ sở sau khi sắp xếp đơn vị hành chính."),
    ],
    opts={
        "publtime": "2026-12-01T07:50",
        "cats": ["dao-tao-boi-duong"],
        "imgpos": 1,
        "tags": ["trung-cap-ly-luan-chinh-tri", "boi-duong-can-bo"],
        "author_line": "Phòng Quản lý đào tạo",
        "save": True,
        "rating": (9, 2),
    },
)

D2 = Story(
    id=411,
    slug="be-giang-lop-boi-duong-lanh-dao-quan-ly-cap-phong-va-tuong-duong-khoa-ii-nam-2026",
    title="Bế giảng lớp Bồi dưỡng lãnh đạo, quản lý cấp phòng và tương đương khóa II năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-23T15:10:00+07:00",
    summary=(
        "Chiều 23/11, Trường Chính trị tỉnh tổ chức bế giảng lớp Bồi dưỡng lãnh đạo, quản lý cấp "
        "phòng và tương đương khóa II năm 2026 cho 72 học viên."
    ),
    sapo_outside=True,
    authors=["Thu Hà"],
    blocks=[
        P("Sau 6 tuần học tập, các học viên đã được trang bị kiến thức về quản lý nhà nước, kỹ "
          "năng lãnh đạo, quản lý, kỹ năng xử lý tình huống và xây dựng kế hoạch công tác ở cấp "
          "phòng trong bối cảnh chuyển đổi số."),
        P("Kết quả học tập của lớp như sau:"),
        P("Xếp loại | Số học viên | Tỷ lệ", style="row"),
        P("Giỏi | 21 | 29,2%", style="row"),
        P("Khá | 48 | 66,7%", style="row"),
        P("Trung bình | 3 | 4,1%", style="row"),
        P("Tại buổi bế giảng, Nhà trường đã trao chứng chỉ cho các học viên hoàn thành chương "
          "trình và khen thưởng 5 học viên có thành tích xuất sắc trong học tập."),
        P("Thay mặt học viên, đồng chí Nguyễn Văn Tín, lớp trưởng, cảm ơn sự tận tình của các thầy, "
          "cô giáo và hứa sẽ vận dụng kiến thức đã học vào thực tiễn công tác tại đơn vị."),
    ],
    opts={
        "publtime": "2026-11-23T15:10",
        "cats": ["dao-tao-boi-duong"],
        "imgpos": 0,
        "homeimg": f"{U}/2026_11/be-giang-lop-cap-phong-k2.jpg",
        "tags": ["boi-duong-can-bo"],
        "author_line": "Thu Hà",
        "rating": (4, 1),
        "comments": [
            ("Phan Văn Hùng", "23/11/2026 20:47",
             "Lớp học rất bổ ích, cảm ơn các thầy cô Khoa Nhà nước và pháp luật."),
        ],
    },
)

D3 = Story(
    id=403,
    slug="lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k25-nghien-cuu-thuc-te-tai-dac-khu-ly-son",
    title="Lớp Trung cấp lý luận chính trị - hành chính K25 nghiên cứu thực tế tại đặc khu Lý Sơn",
    cat="dao-tao-boi-duong",
    published_at="2026-11-10T08:00:00+07:00",
    summary=(
        "Từ ngày 05 đến 07/11/2026, 64 học viên lớp Trung cấp lý luận chính trị - hành chính "
        "K25 hệ tập trung đã đi nghiên cứu thực tế tại đặc khu Lý Sơn."
    ),
    sapo_outside=True,
    authors=["Minh Quân"],
    photographers=["Hữu Phước"],
    blocks=[
        P("Chuyến đi nhằm giúp học viên tìm hiểu tình hình phát triển kinh tế - xã hội, công tác "
          "xây dựng Đảng, xây dựng chính quyền và bảo đảm quốc phòng, an ninh tại đặc khu, qua "
          "đó hoàn thành bài thu hoạch cuối khóa."),
        P("Tại buổi làm việc với Đảng ủy đặc khu, các học viên được nghe giới thiệu về mô hình tổ "
          "chức chính quyền đặc khu, những thuận lợi, khó khăn trong quản lý nhà nước ở huyện đảo "
          "trước đây và đặc khu hiện nay."),
        Img(f"{U}/2026_11/hoc-vien-k25-lam-viec-dang-uy-ly-son.jpg",
            "Học viên làm việc với Đảng ủy đặc khu Lý Sơn",
            "Học viên làm việc với Đảng ủy đặc khu Lý Sơn", style="lazy"),
        P("Đoàn đã đến dâng hương tại Nhà trưng bày Hải đội Hoàng Sa kiêm quản Bắc Hải, thăm "
          "Âm linh tự và tìm hiểu lễ Khao lề thế lính Hoàng Sa, di sản văn hóa phi vật thể quốc "
          "gia."),
        P("Học viên cũng tham quan mô hình trồng hành, tỏi theo hướng hữu cơ của Hợp tác xã nông "
          "nghiệp An Vĩnh và trao đổi với ngư dân về hoạt động khai thác hải sản gắn với bảo vệ "
          "chủ quyền biển, đảo."),
        Img(f"{U}/2026_11/hoc-vien-k25-tham-hop-tac-xa-an-vinh.jpg",
            "Tham quan mô hình trồng tỏi hữu cơ",
            "Tham quan mô hình trồng tỏi hữu cơ", style="lazy"),
        P("Kết thúc đợt nghiên cứu thực tế, mỗi tổ học viên xây dựng một báo cáo chuyên đề, "
          "trình bày trước lớp vào tuần cuối của khóa học."),
        Raw('<p><em>Xem thêm: <a href="/vi/news/dao-tao-boi-duong/'
            'to-chuc-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-k24-392.html">'
            'Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị K24</a></em></p>'),
        Raw('<p style="text-align: right;"><em>Tin: Minh Quân - Ảnh: Hữu Phước</em></p>'),
    ],
    opts={
        "publtime": "2026-11-10T08:00",
        "cats": ["dao-tao-boi-duong"],
        "imgpos": 0,
        "homeimg": f"{U}/2026_11/hoc-vien-k25-lam-viec-dang-uy-ly-son.jpg",
        "tags": ["trung-cap-ly-luan-chinh-tri"],
        "rating": (12, 3),
    },
)

D4 = Story(
    id=392,
    slug="to-chuc-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-k24",
    title="Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị K24",
    cat="dao-tao-boi-duong",
    published_at="2026-10-27T10:30:00+07:00",
    summary=(
        "Trong hai ngày 26 và 27/10/2026, Trường Chính trị tỉnh tổ chức thi tốt nghiệp cho 58 học "
        "viên lớp Trung cấp lý luận chính trị K24 hệ không tập trung."
    ),
    sapo_outside=True,
    authors=["Kim Oanh"],
    blocks=[
        P("Học viên dự thi hai môn: Những vấn đề cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí "
          "Minh và đường lối của Đảng; Kỹ năng lãnh đạo, quản lý và thực tiễn địa phương."),
        P("Kỳ thi được tổ chức theo đúng quy chế của Học viện Chính trị quốc gia Hồ Chí Minh; đề "
          "thi bảo đảm bám sát chương trình, có tính vận dụng thực tiễn cao. Hội đồng thi bố trí "
          "cán bộ coi thi, giám sát đầy đủ, không có trường hợp vi phạm quy chế."),
        P("Dự kiến lễ bế giảng và trao bằng tốt nghiệp cho học viên sẽ được tổ chức vào giữa tháng "
          "12/2026."),
    ],
    opts={
        "publtime": "2026-10-27T10:30",
        "cats": ["dao-tao-boi-duong"],
        "imgpos": 0,
        "homeimg": f"{U}/2026_10/thi-tot-nghiep-tccl-k24.jpg",
        "tags": ["trung-cap-ly-luan-chinh-tri"],
        "author_line": "Kim Oanh",
        "rating": (0, 0),
    },
)

N1 = Story(
    id=414,
    slug="nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
    title=(
        "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương trong "
        "bối cảnh vận hành chính quyền địa phương hai cấp"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-25T09:00:00+07:00",
    summary=(
        "Trong bối cảnh chính quyền địa phương hai cấp chính thức vận hành từ ngày 01/7/2025, "
        "yêu cầu gắn lý luận với thực tiễn trong giảng dạy lý luận chính trị tại trường chính trị "
        "cấp tỉnh càng trở nên cấp thiết. Bài viết phân tích thực trạng và đề xuất một số giải "
        "pháp nhằm nâng cao chất lượng giảng dạy ở Trường Chính trị tỉnh Quảng Ngãi."
    ),
    sapo_outside=True,
    authors=["Trần Thị Mỹ Linh"],
    blocks=[
        P("1. Yêu cầu gắn lý luận với thực tiễn địa phương", style="h"),
        P("Nguyên tắc lý luận gắn với thực tiễn, “học đi đôi với hành” là nguyên tắc xuyên suốt "
          "trong công tác đào tạo, bồi dưỡng cán bộ của Đảng ta.[1] Đối với trường chính trị cấp "
          "tỉnh, thực tiễn địa phương vừa là nội dung, vừa là phương tiện để làm sáng tỏ những "
          "vấn đề lý luận."),
        P("Sau khi sắp xếp đơn vị hành chính, tỉnh Quảng Ngãi có 96 xã, phường và đặc khu; đội ngũ "
          "cán bộ cấp xã được giao nhiều nhiệm vụ mới trước đây thuộc cấp huyện. Điều đó đòi hỏi "
          "bài giảng phải cung cấp cho học viên những kiến thức, kỹ năng sát với vị trí việc "
          "làm.[2]"),
        P("2. Thực trạng", style="h"),
        P("Thời gian qua, phần lớn giảng viên của Trường đã chủ động đưa số liệu, tình huống của "
          "địa phương vào bài giảng; nhiều khoa tổ chức cho giảng viên đi thực tế tại cơ sở theo "
          "đúng quy định."),
        P("Tuy nhiên, việc cập nhật thực tiễn ở một số bài giảng còn mang tính minh họa, chưa phân "
          "tích sâu nguyên nhân và giải pháp; tư liệu thực tiễn chưa được hệ thống hóa thành ngân "
          "hàng tình huống dùng chung."),
        P("3. Một số giải pháp", style="h"),
        P("Một là, xây dựng và cập nhật thường xuyên ngân hàng tư liệu thực tiễn của tỉnh theo từng "
          "phần học, giao các khoa chịu trách nhiệm khai thác, chọn lọc."),
        P("Hai là, tăng cường mời báo cáo viên là lãnh đạo các sở, ngành, địa phương tham gia giảng "
          "dạy các chuyên đề thực tiễn."),
        P("Ba là, đổi mới hình thức nghiên cứu thực tế của giảng viên theo hướng gắn với đề tài "
          "khoa học và nhu cầu của cơ sở."),
        P("Chú thích", style="h"),
        P("[1] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, Nxb Chính "
          "trị quốc gia Sự thật, Hà Nội, 2026, t.I, tr.187.", style="note"),
        P("[2] Ủy ban Thường vụ Quốc hội: Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã "
          "của tỉnh Quảng Ngãi năm 2025.", style="note"),
        Raw('<div class="tct-chiase" style="margin-top:8px"><span>Chia sẻ qua Zalo</span> '
            '<div class="zalo-share-button" data-href="" data-oaid="579745863508352884" '
            'data-layout="2" data-color="blue" data-customize="false"></div></div>'),
    ],
    opts={
        "publtime": "2026-11-25T09:00",
        "cats": ["nghien-cuu-trao-doi"],
        "imgpos": 0,
        "homeimg": f"{U}/2026_11/giang-day-llct-thuc-tien.jpg",
        "tags": ["chinh-quyen-dia-phuong-hai-cap", "giang-vien"],
        "author_line": "ThS. Trần Thị Mỹ Linh - Khoa Lý luận cơ sở",
        "edittime": "2026-11-28T09:41",
        "footnotes": True,
        "save": True,
        "rating": (19, 4),
    },
)

N2 = Story(
    id=398,
    slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so",
    title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng đội ngũ cán bộ cơ sở hiện nay",
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-02T15:45:00+07:00",
    summary=None,
    authors=["Nguyễn Văn Đức"],
    source="Tạp chí Sinh hoạt lý luận",
    blocks=[
        P("Chủ tịch Hồ Chí Minh luôn coi cán bộ là gốc của mọi công việc. Người khẳng định: “Cán "
          "bộ là những người đem chính sách của Đảng, của Chính phủ giải thích cho dân chúng hiểu "
          "rõ và thi hành. Đồng thời đem tình hình của dân chúng báo cáo cho Đảng, cho Chính phủ "
          "hiểu rõ, để đặt chính sách cho đúng”."),
        P("Đối với cán bộ cơ sở, Người đặc biệt nhấn mạnh yêu cầu gần dân, hiểu dân, học dân và "
          "có trách nhiệm với dân:"),
        P("Cấp xã là gần gũi dân nhất, là nền tảng của hành chính. Cấp xã làm được việc thì mọi "
          "công việc đều xong xuôi.", style="q"),
        P("Vận dụng tư tưởng đó, thời gian qua Trường Chính trị tỉnh đã chú trọng đổi mới nội dung, "
          "chương trình bồi dưỡng cho cán bộ cấp xã theo hướng thiết thực, tăng thời lượng thảo "
          "luận, xử lý tình huống."),
        P("Tuy vậy, sau khi kết thúc hoạt động của cấp huyện, khối lượng công việc ở cấp xã tăng "
          "lên đáng kể, trong khi một bộ phận cán bộ chưa được đào tạo đầy đủ về quản lý nhà nước, "
          "đất đai, tài chính và chuyển đổi số."),
        P("Thời gian tới, Nhà trường cần tiếp tục rà soát nhu cầu bồi dưỡng theo vị trí việc làm, "
          "thiết kế các chuyên đề ngắn hạn, linh hoạt; kết hợp học trực tiếp với học trực tuyến để "
          "cán bộ cơ sở vừa học vừa bảo đảm công việc."),
        P("Đồng thời, cần coi trọng giáo dục đạo đức cách mạng, tinh thần phục vụ Nhân dân, bởi "
          "như Người đã dạy, cán bộ phải là người đầy tớ trung thành của Nhân dân."),
    ],
    opts={
        "publtime": "2026-11-02T15:45",
        "cats": ["nghien-cuu-trao-doi"],
        "imgpos": 0,
        "homeimg": f"{U}/2026_11/tu-tuong-hcm-ve-can-bo.jpg",
        "showhometext": False,
        "hometext": (
            "Bài viết làm rõ những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ và đề xuất "
            "việc vận dụng vào đào tạo, bồi dưỡng cán bộ cơ sở sau sắp xếp đơn vị hành chính."
        ),
        "tags": ["xay-dung-dang", "boi-duong-can-bo"],
        "author_line": "TS. Nguyễn Văn Đức - Phó Trưởng khoa Xây dựng Đảng",
        "source_line": ("Tạp chí Sinh hoạt lý luận", "https://sinhhoatlyluan.hcma.vn"),
        "enc": "nfd",
        "rating": (8, 2),
    },
)

_B1_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
    '<tbody><tr><td style="text-align:center;width:45%;vertical-align:top">TỈNH ỦY QUẢNG NGÃI<br />'
    '<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số 215-TB/TCT</td>'
    '<td style="text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong>'
    '<br /><br /><em>Quảng Ngãi, ngày 03 tháng 12 năm 2026</em></td></tr></tbody></table>'
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    '<strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung năm 2027</strong></p>'
    '<p style="text-align:center">-----</p>'
)
_B1_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top;width:50%"><p><strong><em>Nơi nhận:</em></strong><br />'
    '- Ban Tổ chức Tỉnh ủy;<br />- Các đảng ủy trực thuộc Tỉnh ủy;<br />- Sở Nội vụ;<br />'
    '- Lưu VT, P.QLĐT.</p></td>'
    '<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG'
    '</strong><br /><br /><em>(đã ký)</em><br /><br /><strong>Lê Minh Tuấn</strong></td>'
    '</tr></tbody></table>'
)

B1 = Story(
    id=419,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung năm 2027",
    cat="thong-bao",
    published_at="2026-12-03",
    summary=None,
    authors=["Lê Minh Tuấn"],
    blocks=[
        Raw(_B1_LETTERHEAD),
        P("Căn cứ Kế hoạch số 125-KH/TCT ngày 20/11/2026 của Trường Chính trị tỉnh về đào tạo, bồi "
          "dưỡng năm 2027, Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính "
          "trị hệ tập trung năm 2027 như sau:"),
        P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản "
          "lý cấp phòng và tương đương; cán bộ chủ chốt cấp xã chưa có trình độ trung cấp lý luận "
          "chính trị."),
        P("2. Số lượng: 70 học viên (02 lớp)."),
        P("3. Thời gian học: 04 tháng, dự kiến khai giảng ngày 05/01/2027 tại Cơ sở 1 (phường Cẩm "
          "Thành)."),
        P("4. Hồ sơ gồm: quyết định cử đi học của cơ quan có thẩm quyền; bản sao bằng tốt nghiệp "
          "trung học phổ thông và bằng chuyên môn cao nhất; sơ yếu lý lịch có xác nhận của cơ "
          "quan."),
        P("Hồ sơ gửi về Phòng Quản lý đào tạo, Trường Chính trị tỉnh trước ngày 25/12/2026. Mọi chi "
          "tiết xin liên hệ số điện thoại 0255.3822.416 (trong giờ hành chính)."),
        Raw(_B1_CLOSING),
    ],
    opts={
        "publtime": "2026-12-04T09:00",
        "cats": ["thong-bao"],
        "imgpos": 0,
        "homeimg": "/themes/tct_quangngai/images/no_image_thongbao.jpg",
        "showhometext": False,
        "hometext": (
            "Trường Chính trị tỉnh thông báo tuyển sinh 02 lớp Trung cấp lý luận chính trị hệ tập "
            "trung năm 2027, dự kiến khai giảng ngày 05/01/2027."
        ),
        "tags": ["trung-cap-ly-luan-chinh-tri"],
        "files": [("Thong-bao-215-TB-TCT.pdf", "Thông báo số 215-TB/TCT")],
        "rating": (0, 0),
    },
)

B2 = Story(
    id=406,
    slug="thong-bao-lich-hoc-lop-boi-duong-nghiep-vu-cong-tac-dan-van-dot-2-nam-2026",
    title=(
        "Thông báo lịch học lớp Bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ, công chức cấp xã "
        "đợt 2 năm 2026"
    ),
    cat="thong-bao",
    published_at="2026-11-13T16:30:00+07:00",
    summary=(
        "Phòng Đào tạo - Quản lý khoa học thông báo lịch học lớp Bồi dưỡng nghiệp vụ công tác dân "
        "vận cho cán bộ, công chức cấp xã đợt 2 năm 2026 như sau:"
    ),
    sapo_outside=True,
    authors=["Phòng Đào tạo - Quản lý khoa học"],
    blocks=[
        P("Thời gian: từ ngày 23/11/2026 đến ngày 04/12/2026 (học các buổi sáng và chiều, trừ thứ "
          "Bảy và Chủ nhật)."),
        P("Địa điểm: Hội trường B, Cơ sở 1 Trường Chính trị tỉnh."),
        P("Lịch học cụ thể:"),
        P("Thời gian | Chuyên đề | Giảng viên", style="row"),
        P("23/11 - 25/11 | Quan điểm của Đảng về công tác dân vận trong tình hình mới | ThS. Võ "
          "Thị Kim Liên", style="row"),
        P("26/11 - 28/11 | Kỹ năng vận động quần chúng ở cơ sở | ThS. Đinh Văn Khoa", style="row"),
        P("01/12 - 02/12 | Dân vận chính quyền và thực hiện dân chủ ở cơ sở | TS. Nguyễn Văn Đức",
          style="row"),
        P("03/12 - 04/12 | Thảo luận, viết thu hoạch và bế giảng | Phòng Đào tạo - Quản lý khoa "
          "học", style="row"),
        P("Đề nghị học viên có mặt trước 7 giờ 30 ngày 23/11/2026 để làm thủ tục nhập học và nhận "
          "tài liệu."),
        Raw('<p><img alt="pdf" src="/themes/tct_quangngai/images/icons/pdf.png" width="16" /> '
            'Tải về: <a href="/uploads/news/2026_11/lich-hoc-dan-van-dot-2-2026.pdf">'
            'Lịch học chi tiết (PDF, 212 KB)</a></p>'),
        Raw('<p style="text-align: right;"><strong>Phòng Đào tạo - Quản lý khoa học</strong></p>'),
    ],
    opts={
        "publtime": "2026-11-13T16:30",
        "cats": ["thong-bao"],
        "imgpos": 0,
        "homeimg": "/themes/tct_quangngai/images/no_image_thongbao.jpg",
        "tags": ["boi-duong-can-bo"],
        "rating": (0, 0),
    },
)

STORIES: list[Story] = [T1, T2, T3, T4, T5, D1, D2, D3, D4, N1, N2, B1, B2]
BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


class External:
    """A listing item with NukeViet's "external_link" flag: the card links off-site."""

    id = 410
    title = "Quảng Ngãi: Hơn 2.300 cán bộ được bồi dưỡng lý luận chính trị trong năm 2026"
    url = "https://baoquangngai.vn/thoi-su/202611/quang-ngai-hon-2300-can-bo-duoc-boi-duong-ly-luan-chinh-tri-a12345.html"
    publtime = "2026-11-20T08:30"
    hometext = (
        "Năm 2026, Trường Chính trị tỉnh và các trung tâm chính trị đã mở 56 lớp đào tạo, bồi "
        "dưỡng lý luận chính trị cho hơn 2.300 cán bộ, đảng viên."
    )
    thumb = "/assets/news/2026_11/bao-qn-boi-duong-llct.jpg"
    cats = ("tin-tuc-su-kien",)


# --- small helpers --------------------------------------------------------------------------


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _publ(item) -> datetime:
    return _dt(item.opts["publtime"] if isinstance(item, Story) else item.publtime)


def _detail_time(when: datetime) -> str:
    """NukeViet's ``nv_date('l - d/m/Y H:i')`` in Vietnamese: "Thứ sáu - 04/12/2026 16:20"."""
    return f"{WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _hometext(story: Story) -> str:
    return story.summary or story.opts.get("hometext", "")


def _homeimg(story: Story) -> str:
    for block in story.blocks:
        if isinstance(block, Img) and block.style in ("homeimg", "imgfull"):
            return block.src
    return story.opts["homeimg"]


def _thumb(path: str) -> str:
    """NukeViet keeps listing thumbnails of /uploads/news/… under /assets/news/…."""
    if path.startswith(U + "/"):
        return "/assets/news/" + path[len(U) + 1 :]
    return path


def _link(story: Story, cat: str | None = None, alias: str | None = None) -> str:
    return f"/vi/news/{cat or story.opts['cats'][0]}/{alias or story.slug}-{story.id}.html"


def _item_link(item) -> str:
    return _link(item) if isinstance(item, Story) else item.url


def _item_title(item) -> str:
    return item.title


def _item_text(item) -> str:
    return _hometext(item) if isinstance(item, Story) else item.hometext


def _item_thumb(item) -> str:
    return _thumb(_homeimg(item)) if isinstance(item, Story) else item.thumb


def _target(item) -> str:
    return "" if isinstance(item, Story) else ' target="_blank" rel="nofollow"'


def _listing(cat: str) -> list:
    items: list = [s for s in STORIES if cat in s.opts["cats"]]
    if cat in External.cats:
        items.append(External)
    return sorted(items, key=_publ, reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=_publ, reverse=True)[:n]


def _attr(value: str) -> str:
    return esc(" ".join(value.split()))


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/vi/about/", [
        ("Giới thiệu chung", "/vi/about/gioi-thieu-chung.html"),
        ("Chức năng, nhiệm vụ", "/vi/about/chuc-nang-nhiem-vu.html"),
        ("Cơ cấu tổ chức", "/vi/about/co-cau-to-chuc.html"),
    ]),
    ("Tin tức", "/vi/news/", [
        ("Tin tức - Sự kiện", "/vi/news/tin-tuc-su-kien/"),
        ("Nghiên cứu - Trao đổi", "/vi/news/nghien-cuu-trao-doi/"),
    ]),
    ("Đào tạo - Bồi dưỡng", "/vi/news/dao-tao-boi-duong/", []),
    ("Văn bản", "/vi/laws/", [
        ("Văn bản của Trường", "/vi/laws/"),
    ]),
    ("Thông báo", "/vi/news/thong-bao/", []),
    ("Liên hệ", "/vi/contact/", []),
]


def _menu(active: str) -> str:
    out = ['<ul class="mnu-ngang clearfix">']
    for label, href, subs in _MENU:
        cls = ' class="mnu-on"' if href == active else ""
        if not subs:
            out.append(f'<li{cls}><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>')
            continue
        out.append(
            f'<li class="mnu-xo{" mnu-on" if href == active else ""}"><a href="{href}" '
            f'title="{esc(label)}">{esc(label)} <em class="fa fa-caret-down"></em></a>'
            '<div class="mnu-khoi"><ul>'
        )
        out.extend(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for t, h in subs)
        out.append("</ul></div></li>")
    out.append("</ul>")
    return "".join(out)


def _block_tinmoi() -> str:
    rows = []
    for s in _newest(5):
        # the block is cached: T1 still carries its title and alias of before the correction
        title = s.opts.get("old_title", s.title)
        href = _link(s, alias=s.opts.get("old_alias"))
        rows.append(
            f'<li class="clearfix"><a href="{href}" title="{esc(title)}"><img src="{_thumb(_homeimg(s))}" '
            f'alt="{esc(title)}" width="70" class="img-thumbnail pull-left mr-1"/></a>'
            f'<a class="show" href="{href}" data-content="{_attr(_hometext(s))}" '
            f'data-img="{_thumb(_homeimg(s))}" data-rel="block_news_tooltip">{esc(title)}</a></li>'
        )
    return (
        '<div class="panel panel-tct"><div class="panel-heading"><span>Tin mới</span></div>'
        '<div class="panel-body"><ul class="block_news list-none list-items">'
        + "".join(rows)
        + "</ul></div></div>"
    )


def _block_thongbao() -> str:
    # an admin-written "global.html" block: links pasted by hand, one in the non-rewritten form
    return (
        '<div class="panel panel-tct"><div class="panel-heading"><span>Thông báo</span></div>'
        '<div class="panel-body"><div class="tct-tb-chay">'
        '<marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" '
        'onmouseout="this.start()">'
        f'<p><img src="{THEME}/images/new.gif" alt="new" /> <a href="/index.php?language=vi&amp;'
        f'nv=news&amp;op=thong-bao/{B1.slug}-{B1.id}.html">Thông báo tuyển sinh lớp TCLLCT hệ tập '
        'trung năm 2027</a></p>'
        f'<p><a href="{_link(B2)}">Lịch học lớp Bồi dưỡng nghiệp vụ công tác dân vận đợt 2</a></p>'
        '<p><a href="/vi/laws/">Văn bản hướng dẫn của Nhà trường</a></p>'
        "</marquee></div></div></div>"
    )


def _block_lienket() -> str:
    opts = [
        ("Cổng thông tin điện tử tỉnh Quảng Ngãi", "https://www.quangngai.gov.vn"),
        ("Học viện Chính trị quốc gia Hồ Chí Minh", "https://hcma.vn"),
        ("Học viện Chính trị khu vực III", "https://hvctkv3.hcma.vn"),
        ("Báo Quảng Ngãi", "https://baoquangngai.vn"),
        ("Tạp chí Cộng sản", "https://www.tapchicongsan.org.vn"),
    ]
    return (
        '<div class="panel panel-tct"><div class="panel-heading"><span>Liên kết website</span></div>'
        '<div class="panel-body"><select class="form-control" name="lkweb" '
        "onchange=\"if(this.value!='')window.open(this.value,'_blank');\">"
        '<option value="">-- Chọn liên kết --</option>'
        + "".join(f'<option value="{u}">{esc(t)}</option>' for t, u in opts)
        + "</select></div></div>"
    )


def _block_counter() -> str:
    return (
        '<div class="panel panel-tct"><div class="panel-heading"><span>Thống kê truy cập</span></div>'
        '<div class="panel-body"><ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span>'
        '<span class="margin-top-lg">1.204</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>6.812</span></li>'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.145.337</span></li>'
        "</ul></div></div>"
    )


def _block_voting() -> str:
    choices = ["Rất hữu ích", "Hữu ích", "Bình thường", "Cần cải tiến thêm"]
    return (
        '<div class="panel panel-tct"><div class="panel-heading"><span>Thăm dò ý kiến</span></div>'
        '<div class="panel-body"><form action="/index.php?language=vi&amp;nv=voting" method="post">'
        '<p><strong>Bạn đánh giá thế nào về Trang thông tin điện tử của Trường?</strong></p>'
        + "".join(
            f'<div class="radio"><label><input type="radio" name="option" value="{i}"/> {esc(c)}</label></div>'
            for i, c in enumerate(choices, 1)
        )
        + '<input type="button" class="btn btn-success btn-sm" value="Biểu quyết" '
        "onclick=\"nv_sendvoting(this.form, '2', '1', 'd41d8cd98f00b204e9800998ecf8427e', '', '0');\"/>"
        '<input type="button" class="btn btn-primary btn-sm" value="Kết quả" '
        "onclick=\"nv_sendvoting(this.form, '2', 0, 'd41d8cd98f00b204e9800998ecf8427e', '', '0');\"/>"
        "</form></div></div>"
    )


def _left_column() -> str:
    return _block_tinmoi() + _block_thongbao() + _block_lienket() + _block_counter() + _block_voting()


def _crumbs(trail: list[tuple[str, str]]) -> str:
    """NukeViet 4.5: a hidden schema.org list, copied by JS into the visible ``ul.breadcrumbs``."""
    items = [("Trang nhất", "/"), *trail]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">{esc(label)}'
        f'</span></a><i class="hidden" itemprop="position" content="{i}"></i></li>'
        for i, (label, href) in enumerate(items, 1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        f"{lis}</ul></div>"
    )


def _layout(
    request: Request,
    *,
    title: str,
    main: str,
    trail: list[tuple[str, str]] | None = None,
    active: str = "/",
    description: str = "",
    head_extra: str = "",
    func: str = "main",
    module: str = "news",
) -> str:
    crumbs = _crumbs(trail) if trail is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{_attr(description or SITE_NAME + ' - Trang thông tin điện tử')}">
<meta name="author" content="{SITE_NAME}">
<meta name="copyright" content="{SITE_NAME} [truongchinhtri@quangngai.gov.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{SITE_NAME}">
{head_extra}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1730451612">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1730451612">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css?t=1730451612">
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1730451612">
<link rel="StyleSheet" href="{THEME}/css/style.responsive.css?t=1730451612">
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1730451612">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_T7c2q",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js?t=1730451612"></script>
<script src="/assets/js/language/vi.js?t=1730451612"></script>
<script src="/assets/js/global.js?t=1730451612"></script>
<script src="/assets/js/site.js?t=1730451612"></script>
<script src="{THEME}/js/main.js?t=1730451612"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="tct-khung">
<header>
<div class="tct-bandau"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-4 col-md-3 logo"><a title="{SITE_NAME}" href="/"><img src="/uploads/logo-tct-quangngai.png" width="110" height="110" alt="{SITE_NAME}" /></a></div>
<div class="col-xs-24 col-sm-20 col-md-21 tct-tentruong"><p class="tct-dong1">TỈNH ỦY QUẢNG NGÃI</p><p class="tct-dong2">TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</p><p class="tct-dong3">Trung thành - Sáng tạo - Chuẩn mực - Hiệu quả</p></div>
</div></div></div>
<nav class="tct-thanhmenu"><div class="container">{_menu(active)}
<div class="tct-timkiem"><form action="/vi/seek/" method="get"><input type="text" name="q" maxlength="60" placeholder="Nhập từ khóa..." class="form-control" /><button type="submit" class="btn"><em class="fa fa-search"></em></button></form></div>
</div></nav>
<div class="container tct-dongngay"><span class="tct-homnay"><em class="fa fa-calendar"></em> {HEADER_DAY}</span>
<span class="tct-chaychu">Chào mừng Đại hội Đảng bộ Trường Chính trị tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030</span></div>
</header>
<section><div class="container" id="body">
{crumbs}
<div class="row">
<div class="col-sm-16 col-md-18 col-sm-push-8 col-md-push-6">
{main}
</div>
<div class="col-sm-8 col-md-6 col-sm-pull-16 col-md-pull-18">
{_left_column()}
</div>
</div>
</div></section>
<footer id="footer"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-14">
<p class="tct-ft-ten"><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</strong></p>
<p>Cơ sở 1: Số 02 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi - Điện thoại: 0255.3822.416 - Fax: 0255.3822.417</p>
<p>Cơ sở 2: Số 118 Bà Triệu, phường Kon Tum, tỉnh Quảng Ngãi - Điện thoại: 0260.3862.254</p>
<p>Email: <a href="mailto:truongchinhtri@quangngai.gov.vn">truongchinhtri@quangngai.gov.vn</a></p>
<p>Chịu trách nhiệm chính: Đồng chí Huỳnh Văn Lợi - Hiệu trưởng</p>
</div>
<div class="col-xs-24 col-sm-10 text-right">
<p>Giấy phép số 45/GP-STTTT ngày 12/4/2021 của Sở Thông tin và Truyền thông tỉnh Quảng Ngãi</p>
<p>© Bản quyền thuộc về {SITE_NAME}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="small">Powered by <a href="https://nukeviet.vn" target="_blank" rel="nofollow">NukeViet CMS</a>. Thiết kế bởi <a href="https://vinades.vn" target="_blank" rel="nofollow">VINADES.,JSC</a></p>
</div>
</div></div></footer>
</div>
<a id="totop" href="#" title="Lên đầu trang"><em class="fa fa-chevron-up"></em></a>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<script src="/assets/js/jquery.lazy.min.js?t=1730451612"></script>
<script>$(function(){{$("img.lazy").Lazy();}});</script>
</body>
</html>
"""


# --- the text of an article -----------------------------------------------------------------

_FTN_CALL = re.compile(r"\[(\d+)\]")


def _ptext(story: Story, block: P) -> str:
    value = esc(block.text)
    if story.opts.get("footnotes") and block.style != "note":
        value = _FTN_CALL.sub(
            r'<a href="#_ftn\1" name="_ftnref\1" title=""><sup>[\1]</sup></a>', value
        )
    if story.opts.get("enc") == "nfd":
        # pasted from Word: every run wrapped in its font spans
        value = f'<span style="font-size:14px;"><span style="font-family:Times New Roman,Times,serif;">{value}</span></span>'
    return value


def _img_html(img: Img, title: str) -> str:
    src = esc(img.src)
    printed = esc(img.printed) if img.printed else ""
    if img.style == "figure":
        cap = f"<figcaption>{printed}</figcaption>" if printed else ""
        return (
            '<div style="text-align:center"><figure class="image" style="display:inline-block">'
            f'<img alt="{esc(title)}" height="533" src="{src}" width="800" />{cap}</figure></div>'
        )
    if img.style == "lazy":
        cap = (
            f'<p style="text-align:center"><span style="color:#0000cd;"><em>{printed}</em></span></p>'
            if printed
            else ""
        )
        return (
            f'<p style="text-align:center"><img class="lazy" alt="" src="{THEME}/images/loading.gif" '
            f'data-src="{src}" style="width:100%;max-width:800px" /></p>{cap}'
        )
    if img.style == "table":
        cap = f'<tr><td style="text-align:center"><em>{printed}</em></td></tr>' if printed else ""
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            f'style="width:700px"><tbody><tr><td><img alt="" src="{src}" style="width:700px" /></td></tr>'
            f"{cap}</tbody></table>"
        )
    cap = f'<p style="text-align: center;"><em>{printed}</em></p>' if printed else ""
    return (
        f'<p style="text-align: center;"><img alt="" src="{src}" '
        f'style="width: 800px; height: 533px;" /></p>{cap}'
    )


def _bodyhtml(story: Story) -> str:
    out: list[str] = []
    group: list[str] = []
    group_kind = ""

    def flush() -> None:
        nonlocal group, group_kind
        if group_kind == "li":
            out.append("<ul>" + "".join(f"<li>{g}</li>" for g in group) + "</ul>")
        elif group_kind == "row":
            rows = []
            for i, g in enumerate(group):
                cells = g.split(" | ")
                tag = "<td><strong>{}</strong></td>" if i == 0 else "<td>{}</td>"
                rows.append("<tr>" + "".join(tag.format(c) for c in cells) + "</tr>")
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
        group, group_kind = [], ""

    for block in story.blocks:
        if isinstance(block, P) and block.style in ("li", "row"):
            if group_kind != block.style:
                flush()
                group_kind = block.style
            group.append(_ptext(story, block) if block.style == "li" else esc(block.text))
            continue
        flush()
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            if block.style not in ("homeimg", "imgfull"):
                out.append(_img_html(block, story.title))
        elif block.style == "br":
            assert out and out[-1].endswith("</p>")
            out[-1] = out[-1][: -len("</p>")] + "<br />\n" + _ptext(story, block) + "</p>"
        elif block.style == "h":
            out.append(f'<p style="text-align: justify;"><strong>{_ptext(story, block)}</strong></p>')
        elif block.style == "q":
            out.append(f"<blockquote><p><em>{_ptext(story, block)}</em></p></blockquote>")
        elif block.style == "note":
            num = _FTN_CALL.match(block.text)
            assert num
            n = num.group(1)
            rest = esc(block.text[num.end() :])
            out.append(
                f'<div id="ftn{n}"><p class="MsoFootnoteText"><a href="#_ftnref{n}" name="_ftn{n}" '
                f'title="">[{n}]</a>{rest}</p></div>'
            )
        elif story.id == D4.id:
            out.append(f'<div style="text-align: justify;">{_ptext(story, block)}</div>')
        else:
            out.append(f'<p style="text-align: justify;">{_ptext(story, block)}</p>')
    flush()
    body = "\n".join(out)
    if story.opts.get("enc") == "entities":
        body = entity_mix(body, 2)
    elif story.opts.get("enc") == "nfd":
        body = unicodedata.normalize("NFD", body)
    return body


# --- the detail page ------------------------------------------------------------------------


def _homeimg_html(story: Story, position: str) -> str:
    pos = story.opts.get("imgpos", 0)
    img = next(
        (b for b in story.blocks if isinstance(b, Img) and b.style in ("homeimg", "imgfull")), None
    )
    if img is None:
        return ""
    alt = esc(img.printed or story.title)
    note = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    if pos == 1 and position == "left":
        return (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            f'<div id="imgpreview" style="width:240px;"><p class="text-center"><img alt="{alt}" '
            f'src="{esc(img.src)}" width="240" class="img-thumbnail"/></p>{note}</div></figure>'
        )
    if pos == 2 and position == "full":
        return (
            '<div class="margin-bottom-lg"><figure class="article center">'
            f'<img alt="{alt}" src="{esc(img.src)}" width="760" class="img-thumbnail" />{note}'
            "</figure></div>"
        )
    return ""


def _others(story: Story, cat: str) -> str:
    items = [s for s in _listing(cat) if isinstance(s, Story) and s.id != story.id]
    me = _publ(story)
    newer = sorted((s for s in items if _publ(s) > me), key=_publ)[:ST_LINKS]
    newer.reverse()
    older = [s for s in items if _publ(s) < me][:ST_LINKS]

    def ul(label: str, rows: list[Story]) -> str:
        if not rows:
            return ""
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{_link(s, cat)}" '
            f'title="{esc(s.title)}" data-content="{_attr(_hometext(s))}" '
            f'data-img="{_thumb(_homeimg(s))}" data-rel="tooltip" data-placement="top">'
            f"{esc(s.title)}</a><em>({_publ(s):%d/%m/%Y})</em></li>"
            for s in rows
        )
        return (
            f'<p class="h3"><strong>{label}</strong></p><div class="clearfix">'
            f'<ul class="detail-related related list-none list-items">{lis}</ul></div>'
        )

    inner = ul("Những tin mới hơn", newer) + ul("Những tin cũ hơn", older)
    if not inner:
        return ""
    return f'<div class="news_column panel panel-default"><div class="panel-body other-news">{inner}</div></div>'


def _comments(story: Story) -> str:
    rows = "".join(
        '<div class="comment-box"><div class="media"><a class="pull-left" href="#">'
        '<img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" '
        'alt="" width="40"/></a><div class="media-body"><div class="media-heading">'
        f"<strong>{esc(name)}</strong> - <em>{when}</em></div>"
        f'<div class="comment-content">{esc(body)}</div>'
        '<div class="comment-action"><a href="#" onclick="nv_commment_feedback(0, this);return false;">'
        "Trả lời</a> &nbsp; <a href=\"#\" onclick=\"return false;\"><em class=\"fa fa-thumbs-o-up\"></em> Thích</a>"
        "</div></div></div></div>"
        for name, when, body in story.opts.get("comments", [])
    )
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news" data-area="8" data-id="{story.id}" data-allowed="4" data-checkss="3f0c2b6a9d41e7c5">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
<div class="col-xs-12 text-right"><select class="form-control" id="sort"><option value="0" selected="selected">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div></div>
<div id="showcomment" class="margin-bottom-lg">{rows}</div>
<div id="formcomment" class="comment-form"><form method="post" role="form" target="submitcommentarea" action="/index.php?language=vi&amp;nv=comment&amp;op=post" onsubmit="return nv_commment_check(this);" autocomplete="off" novalidate>
<input type="hidden" name="module" value="news"/><input type="hidden" name="area" value="8"/><input type="hidden" name="id" value="{story.id}"/><input type="hidden" name="pid" value="0"/>
<div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" class="form-control" name="name" placeholder="Tên của bạn"/></div><div class="col-xs-12"><input type="email" class="form-control" name="email" placeholder="Email"/></div></div></div>
<div class="form-group clearfix"><textarea class="form-control" style="width: 100%" name="content" cols="20" rows="5" placeholder="Nội dung bình luận"></textarea></div>
<div class="form-group clearfix"><div class="row"><label class="col-xs-24 col-sm-6 control-label">Mã bảo mật</label><div class="col-xs-12 col-sm-8"><img class="captchaImg display-inline-block" src="/index.php?scaptcha=captcha&amp;t=1733360000" width="150" height="40" alt="" title=""/></div><div class="col-xs-12 col-sm-10"><input type="text" class="form-control" maxlength="6" name="code" placeholder="Nhập mã bảo mật"/></div></div></div>
<div class="form-group text-center"><input type="button" value="Thiết lập lại" class="reset btn btn-default"/> <input type="submit" value="Gửi bình luận" class="btn btn-primary"/></div>
</form><iframe class="hidden" id="submitcommentarea" name="submitcommentarea"></iframe></div>
</div></div></div>"""


def _rating(story: Story) -> str:
    points, votes = story.opts.get("rating", (0, 0))
    stars = "".join(
        f'<input class="hover-star required" type="radio" value="{i}" title="{t}" />'
        for i, t in enumerate(
            ["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1
        )
    )
    aggregate = (
        '<span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none" '
        f'itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWorkSeries"><span itemprop="name">{esc(story.title)}</span></span>'
        f'<span class="hidden d-none" itemprop="ratingValue">{points / votes:.1f}</span>'
        f'<span class="hidden d-none" itemprop="ratingCount">{votes}</span></span>'
        if votes
        else ""
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        '<div class="h5 clearfix"><p id="stringrating">'
        f"Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>{aggregate}"
        f'<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">'
        "Click để đánh giá bài viết</span></div></div></form></div></div>"
    )


def _article_meta(request: Request, story: Story, cat: str) -> str:
    base = base_url(request)
    publ = _publ(story)
    edit = _dt(story.opts.get("edittime", story.opts["publtime"]))
    tags = "".join(
        f'<meta property="article:tag" content="{esc(TAGS[t])}">\n' for t in story.opts.get("tags", [])
    )
    return (
        f'<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in story.opts.get("tags", [])))}">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:description" content="{_attr(_hometext(story))}">\n'
        f'<meta property="og:image" content="{base}{_homeimg(story)}">\n'
        f'<meta property="og:url" content="{base}{_link(story, cat)}">\n'
        f'<meta property="article:published_time" content="{_iso(publ)}">\n'
        f'<meta property="article:modified_time" content="{_iso(edit)}">\n'
        f'<meta property="article:section" content="{esc(CATS[cat])}">\n'
        f"{tags}"
        f'<link rel="canonical" href="{base}{_link(story)}">'
    )


def _detail_main(request: Request, story: Story, cat: str) -> str:
    base = base_url(request)
    publ = _publ(story)
    edit = _dt(story.opts.get("edittime", story.opts["publtime"]))
    here = _link(story, cat)
    print_url = f"/vi/news/print/{story.opts['cats'][0]}/{story.slug}-{story.id}.html"
    mail_url = f"/vi/news/sendmail/{story.opts['cats'][0]}/{story.slug}-{story.id}.html"
    save = (
        f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" '
        f'href="/vi/news/savefile/{story.opts["cats"][0]}/{story.slug}-{story.id}.html">'
        '<em class="fa fa-save fa-lg">&nbsp;</em></a></li>'
        if story.opts.get("save")
        else ""
    )
    tools = (
        '<ul class="list-inline text-right">'
        f'<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{mail_url}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_url}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        f'<em class="fa fa-print fa-lg">&nbsp;</em></a></li>{save}</ul>'
    )
    show_home = story.opts.get("showhometext", True)
    lead = ""
    if show_home:
        lead = (
            f'<div class="clearfix">{_homeimg_html(story, "left")}'
            f'<div class="hometext m-bottom"><strong>{esc(story.summary or "")}</strong></div></div>'
            f"{_homeimg_html(story, 'full')}"
        )
    byline = ""
    if story.opts.get("author_line") or story.opts.get("source_line"):
        byline = '<div class="margin-bottom-lg">'
        if story.opts.get("author_line"):
            byline += (
                '<p class="h5 text-right"><strong>Tác giả: </strong>'
                f"{esc(story.opts['author_line'])}</p>"
            )
        if story.opts.get("source_line"):
            name, url = story.opts["source_line"]
            byline += (
                '<p class="h5 text-right"><strong>Nguồn tin: </strong>'
                f'<a title="{esc(name)}" rel="nofollow" href="{url}">{esc(name)}</a></p>'
            )
        byline += "</div>"
    updated = (
        f'<p class="tct-capnhat text-right text-muted"><em>Cập nhật lần cuối: {edit:%d/%m/%Y %H:%M}</em></p>'
        if "edittime" in story.opts
        else ""
    )
    files = ""
    if story.opts.get("files"):
        rows = "".join(
            '<div class="list-group-item">'
            f'<span class="badge"><a role="button" data-toggle="collapse" href="#file-{i}" '
            'aria-expanded="false">Xem trực tuyến</a></span>'
            f'<a href="{here}?download=1&amp;id={i}" title="{esc(label)}"><em class="fa fa-file-pdf-o"></em> {esc(fname)}</a>'
            f'<div class="clearfix"></div><div id="file-{i}" class="collapse">'
            f'<iframe class="file-viewer" frameborder="0" height="600" width="100%" '
            f'data-src="{here}?pdf=1&amp;id={i}"></iframe></div></div>'
            for i, (fname, label) in enumerate(story.opts["files"])
        )
        files = (
            '<div class="news_column panel panel-default"><div class="panel-body">'
            '<p class="h3"><em class="fa fa-download"></em> <strong>Tài liệu đính kèm</strong></p>'
            f'<div class="list-group news-download-file">{rows}</div></div></div>'
        )
    tags = ""
    if story.opts.get("tags"):
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/vi/news/tag/{t}/"><em>{esc(TAGS[t])}</em></a>'
            for t in story.opts["tags"]
        )
        tags = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
        )
    social = (
        '<div class="news_column panel panel-default"><div class="panel-body" style="margin-bottom:0">'
        '<div style="display:flex;align-items:flex-start;"><div class="margin-right">'
        f'<div class="fb-like" style="float:left!important;margin-right:0!important" data-href="{base}{_link(story)}" '
        'data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>'
        f'<div class="margin-right"><a href="http://twitter.com/share" class="twitter-share-button">Tweet</a></div>'
        f'<div class="zalo-share-button" data-href="{base}{_link(story)}" data-oaid="579745863508352884" '
        'data-layout="1" data-color="blue" data-customize="false"></div></div></div></div>'
    )
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">qtv_tct</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{_iso(publ)}</span>
<span class="hidden hide d-none" itemprop="dateModified">{_iso(edit)}</span>
<span class="hidden hide d-none" itemprop="description">{esc(_hometext(story))}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">{base}{_link(story)}</span>
<span class="hidden hide d-none" itemprop="image">{base}{_homeimg(story)}</span>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{SITE_NAME}</span><span class="hidden hide d-none" itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope><span itemprop="url">{base}/uploads/logo-tct-quangngai.png</span></span></div>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5"><em class="fa fa-clock-o"></em> {_detail_time(publ)}</span> &nbsp; <span class="h5 text-muted"><em class="fa fa-eye"></em> Lượt xem: {story.views()}</span></div>
<div class="col-md-12">{tools}</div>
</div>
{lead}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_bodyhtml(story)}
</div>
{byline}
{updated}
</div>
</div>
{files}
{tags}
{_rating(story)}
{social}
{_comments(story)}
{_others(story, cat)}
"""


def _detail(request: Request, story: Story, cat: str) -> Response:
    page = _layout(
        request,
        title=f"{story.title} - {CATS[cat]} - {SITE_NAME}",
        main=_detail_main(request, story, cat),
        trail=[(MODULE_TITLE, "/vi/news/"), (CATS[cat], f"/vi/news/{cat}/")],
        active=f"/vi/news/{cat}/" if cat != "tin-tuc-su-kien" else "/vi/news/",
        description=_hometext(story),
        head_extra=_article_meta(request, story, cat),
        func="detail",
    )
    return html(page)


# --- print view, save-file download, send-mail pop-up ----------------------------------------


def _print_page(request: Request, story: Story, *, for_save: bool = False) -> str:
    """NukeViet's print.tpl (the save-file download is the same page without the buttons)."""
    base = base_url(request)
    publ = _publ(story)
    img = next(
        (b for b in story.blocks if isinstance(b, Img) and b.style in ("homeimg", "imgfull")), None
    )
    image = ""
    if img is not None and story.opts.get("showhometext", True):
        note = f"<p><em>{esc(img.printed)}</em></p>" if img.printed else ""
        image = f'<div class="imghome"><img alt="{esc(img.printed or story.title)}" src="{esc(img.src)}" width="460" />{note}</div>'
    hometext = ""
    if story.opts.get("showhometext", True):
        hometext = f'<div id="hometext">{image}<strong>{esc(story.summary or "")}</strong></div>'
    author = ""
    if story.opts.get("author_line"):
        author += f"<p><strong>Tác giả:</strong> {esc(story.opts['author_line'])}</p>"
    if story.opts.get("source_line"):
        author += f"<p><strong>Nguồn tin:</strong> {esc(story.opts['source_line'][0])}</p>"
    buttons = (
        ""
        if for_save
        else '<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" '
        'href="javascript:;" onclick="window.print()">In ra</a></li>'
        '<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" '
        'href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="{THEME}/css/news.print.css" />
</head>
<body>
<div id="print">
<div id="hd_print"><h2 class="pull-left">{SITE_NAME}</h2><p class="pull-right"><a title="{SITE_NAME}" href="{base}/">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_detail_time(publ)}</li>{buttons}</ul>
<div class="clear"></div>
{hometext}
<div class="clear"></div>
<div id="bodytext" class="clearfix">
{_bodyhtml(story)}
</div>
<div id="author">{author}</div>
<div class="clear"></div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong>{base}{_link(story)}</div>
<div class="clear"></div>
<div class="copyright">&copy; {SITE_NAME}</div>
<div id="contact"><a href="mailto:truongchinhtri@quangngai.gov.vn">truongchinhtri@quangngai.gov.vn</a></div>
</div>
</div>
</body>
</html>
"""


def _sendmail_page(story: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow" /></head>
<body><div id="sendmail"><div class="panel panel-default"><div class="panel-body">
<p class="h3 text-center"><strong>{esc(story.title)}</strong></p>
<form id="sendmailForm" action="" method="post" class="form-horizontal" role="form">
<div class="form-group"><label class="col-sm-8 control-label">Tên của bạn</label><div class="col-sm-16"><input class="form-control" type="text" name="name" /></div></div>
<div class="form-group"><label class="col-sm-8 control-label">Email của bạn</label><div class="col-sm-16"><input class="form-control" type="email" name="youremail" /></div></div>
<div class="form-group"><label class="col-sm-8 control-label">Email người nhận</label><div class="col-sm-16"><input class="form-control" type="email" name="email" /></div></div>
<div class="form-group"><label class="col-sm-8 control-label">Nội dung</label><div class="col-sm-16"><textarea class="form-control" name="content" rows="5"></textarea></div></div>
<div class="text-center"><input type="hidden" name="checkss" value="6f2b0c1d" /><input type="submit" class="btn btn-primary" value="Gửi" /></div>
</form></div></div></div></body></html>
"""


# --- listings -------------------------------------------------------------------------------


def _pages(cat: str) -> int:
    return max(1, -(-len(_listing(cat)) // PER_PAGE))


def _pagination(cat: str, page: int) -> str:
    total = _pages(cat)
    if total == 1:
        return ""

    def href(n: int) -> str:
        return f"/vi/news/{cat}/" if n == 1 else f"/vi/news/{cat}/page-{n}/"

    out = ['<div class="text-center"><ul class="pagination">']
    if page > 1:
        out.append(f'<li><a href="{href(page - 1)}" title="Trang {page - 1}">&laquo;</a></li>')
    else:
        out.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, total + 1):
        if n == page:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            rel = ' rel="next"' if n == page + 1 else (' rel="prev"' if n == page - 1 else "")
            out.append(f'<li><a{rel} href="{href(n)}" title="Trang {n}">{n}</a></li>')
    if page < total:
        out.append(f'<li><a href="{href(page + 1)}" title="Trang {page + 1}">&raquo;</a></li>')
    else:
        out.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    out.append("</ul></div>")
    return "".join(out)


def _card(item) -> str:
    href = _item_link(item)
    title = esc(_item_title(item))
    text = _item_text(item)
    short = text if len(text) <= 150 else text[:147].rsplit(" ", 1)[0] + "..."
    return (
        '<div class="col-xs-24 col-sm-8 col-md-8"><div class="thumbnail tct-the">'
        f'<a title="{title}" href="{href}"{_target(item)}><img alt="{title}" src="{_item_thumb(item)}" '
        'width="260" class="img-thumbnail"/></a><div class="caption">'
        f'<h3><a class="show" href="{href}"{_target(item)} data-content="{_attr(text)}" '
        f'data-img="{_item_thumb(item)}" data-rel="tooltip" data-placement="bottom" title="{title}">'
        f"{title}</a></h3>"
        f'<p class="tct-tomtat">{esc(short)}</p>'
        f'<p class="text-right"><a class="tct-xt" href="{href}"{_target(item)}>Xem tiếp '
        '<em class="fa fa-angle-double-right"></em></a></p></div></div></div>'
    )


def _featured(item) -> str:
    href = _item_link(item)
    title = esc(_item_title(item))
    return (
        '<div class="tct-nb clearfix">'
        f'<a href="{href}" title="{title}"{_target(item)}><img src="{_item_thumb(item)}" alt="{title}" '
        'width="360" class="img-thumbnail pull-left imghome"/></a>'
        f'<h2><a href="{href}" title="{title}"{_target(item)}>{title}</a></h2>'
        f'<p class="tct-ngay"><em class="fa fa-clock-o"></em> {_publ(item):%d/%m/%Y %H:%M}</p>'
        f'<div class="text-justify">{esc(_item_text(item))}</div>'
        f'<p class="text-right"><a class="tct-xt" href="{href}"{_target(item)}>Xem tiếp '
        '<em class="fa fa-angle-double-right"></em></a></p></div>'
    )


def _category(request: Request, cat: str, page: int) -> Response:
    items = _listing(cat)[(page - 1) * PER_PAGE : page * PER_PAGE]
    head = ""
    rest = items
    if page == 1:
        head, rest = _featured(items[0]), items[1:]
    cards = "".join(_card(i) for i in rest)
    main = (
        f'<div class="news_column tct-luoi"><h1 class="tct-tde"><span>{esc(CATS[cat])}</span></h1>'
        f'{head}<div class="row tct-dong">{cards}<div class="clear">&nbsp;</div></div>'
        f"{_pagination(cat, page)}</div>"
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    base = base_url(request)
    canon = f"/vi/news/{cat}/" + (f"page-{page}/" if page > 1 else "")
    return html(
        _layout(
            request,
            title=f"{CATS[cat]}{suffix} - {SITE_NAME}",
            main=main,
            trail=[(MODULE_TITLE, "/vi/news/"), (CATS[cat], f"/vi/news/{cat}/")],
            active=f"/vi/news/{cat}/",
            description=f"{CATS[cat]}{suffix}",
            head_extra=f'<link rel="canonical" href="{base}{canon}">',
            func="viewcat",
        )
    )


def _cat_boxes() -> str:
    out = []
    for cat, label in CATS.items():
        items = _listing(cat)[:3]
        first, others = items[0], items[1:]
        lis = "".join(
            f'<li><em class="fa fa-angle-right"></em> <a href="{_item_link(i)}"{_target(i)} '
            f'title="{esc(i.title)}">{esc(i.title)}</a> <span class="text-muted">({_publ(i):%d/%m/%Y})</span></li>'
            for i in others
        )
        out.append(
            '<div class="panel panel-default tct-hopcm"><div class="panel-heading">'
            f'<a href="/vi/news/{cat}/" title="{esc(label)}">{esc(label)}</a>'
            f'<a class="pull-right tct-xemtatca" href="/vi/news/{cat}/">Xem tất cả</a></div>'
            '<div class="panel-body"><div class="row"><div class="col-md-12">'
            f'<a href="{_item_link(first)}"{_target(first)}><img src="{_item_thumb(first)}" alt="{esc(first.title)}" '
            'class="img-thumbnail" width="300"/></a>'
            f'<h3><a href="{_item_link(first)}"{_target(first)} title="{esc(first.title)}">{esc(first.title)}</a></h3>'
            f'<p>{esc(_item_text(first))}</p></div>'
            f'<div class="col-md-12"><ul class="list-none tct-dstin">{lis}</ul></div></div></div></div>'
        )
    return "".join(out)


def _home(request: Request) -> Response:
    slides = "".join(
        f'<div class="swiper-slide"><a href="{_link(s)}" title="{esc(s.title)}">'
        f'<img src="{_homeimg(s)}" alt="{esc(s.title)}" width="760" height="420"/></a>'
        f'<div class="tct-slide-td"><a href="{_link(s)}">{esc(s.title)}</a></div></div>'
        for s in (T1, D1, T2)
    )
    main = (
        '<div class="tct-noibat panel panel-default"><div class="panel-heading"><span>Tin nổi bật</span></div>'
        f'<div class="panel-body"><div class="swiper tct-slider"><div class="swiper-wrapper">{slides}</div>'
        '<div class="swiper-pagination"></div></div></div></div>' + _cat_boxes()
    )
    return html(
        _layout(
            request,
            title=f"{SITE_NAME} - Trang thông tin điện tử",
            main=main,
            trail=None,
            active="/",
            head_extra=f'<link rel="canonical" href="{base_url(request)}/">',
        )
    )


def _module_home(request: Request) -> Response:
    return html(
        _layout(
            request,
            title=f"{MODULE_TITLE} - {SITE_NAME}",
            main=f'<div class="news_column"><h1 class="hidden">{MODULE_TITLE}</h1>{_cat_boxes()}</div>',
            trail=[(MODULE_TITLE, "/vi/news/")],
            active="/vi/news/",
        )
    )


def _tag_page(request: Request, tag: str) -> Response:
    items = [s for s in sorted(STORIES, key=_publ, reverse=True) if tag in s.opts.get("tags", [])]
    rows = "".join(
        '<div class="panel panel-default"><div class="panel-body">'
        f'<a href="{_link(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{_thumb(_homeimg(s))}" '
        'width="140" class="img-thumbnail pull-left imghome"/></a>'
        f'<h3><a href="{_link(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<p><em class="fa fa-clock-o">&nbsp;</em> {_detail_time(_publ(s))}</p>'
        f"<p>{esc(_hometext(s))}</p></div></div>"
        for s in items
    )
    main = (
        '<div class="news_column"><div class="alert alert-info clearfix">'
        f'<h1>Từ khóa: {esc(TAGS[tag])}</h1></div>{rows}</div>'
    )
    return html(
        _layout(
            request,
            title=f"{TAGS[tag]} - {MODULE_TITLE} - {SITE_NAME}",
            main=main,
            trail=[(MODULE_TITLE, "/vi/news/"), (f"Từ khóa: {TAGS[tag]}", f"/vi/news/tag/{tag}/")],
            active="/vi/news/",
            func="tag",
        )
    )


# --- other modules ---------------------------------------------------------------------------

ABOUT: dict[str, tuple[str, list[str]]] = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Trường Chính trị tỉnh Quảng Ngãi là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, chịu "
            "sự lãnh đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự chỉ đạo, hướng dẫn về "
            "chuyên môn, nghiệp vụ của Học viện Chính trị quốc gia Hồ Chí Minh.",
            "Từ ngày 01/7/2025, trên cơ sở hợp nhất Trường Chính trị tỉnh Quảng Ngãi và Trường Chính "
            "trị tỉnh Kon Tum, Nhà trường hoạt động tại hai cơ sở: Cơ sở 1 tại phường Cẩm Thành và "
            "Cơ sở 2 tại phường Kon Tum.",
            "Trải qua hơn 75 năm xây dựng và trưởng thành, Nhà trường đã được Đảng và Nhà nước tặng "
            "thưởng Huân chương Độc lập hạng Ba, Huân chương Lao động hạng Nhất và nhiều phần thưởng "
            "cao quý khác.",
        ],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý trong "
            "hệ thống chính trị ở cơ sở; cán bộ, công chức, viên chức cấp tỉnh và cấp xã về lý luận "
            "chính trị, chuyên môn, nghiệp vụ.",
            "Nhà trường tổ chức nghiên cứu khoa học, tổng kết thực tiễn góp phần phục vụ công tác "
            "giảng dạy, học tập và tham mưu cho cấp ủy, chính quyền địa phương.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu gồm Hiệu trưởng và các Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Đào tạo - Quản lý khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp "
            "luật; Khoa Dân vận.",
        ],
    ),
}

LAWS: dict[str, dict[str, str]] = {
    "Ke-hoach-so-125-KH-TCT-dao-tao-boi-duong-nam-2027-8": {
        "so": "125-KH/TCT",
        "ngay": "20/11/2026",
        "trichyeu": "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2027",
        "loai": "Kế hoạch",
        "nguoiky": "Huỳnh Văn Lợi",
        "file": "/uploads/laws/ke-hoach-125-kh-tct.pdf",
    },
    "Quyet-dinh-so-342-QD-TCT-mo-lop-TCLLCT-K27-7": {
        "so": "342-QĐ/TCT",
        "ngay": "15/11/2026",
        "trichyeu": "Quyết định mở lớp Trung cấp lý luận chính trị hệ không tập trung K27 tại Cơ sở 2",
        "loai": "Quyết định",
        "nguoiky": "Phạm Thị Thanh Hương",
        "file": "/uploads/laws/quyet-dinh-342-qd-tct.pdf",
    },
}
PDF_PATHS = {v["file"] for v in LAWS.values()} | {
    "/uploads/news/2026_11/lich-hoc-dan-van-dot-2-2026.pdf",
}


def _about_list(request: Request) -> Response:
    rows = "".join(
        f'<li><em class="fa fa-angle-right"></em> <a href="/vi/about/{a}.html" title="{esc(t)}">{esc(t)}</a></li>'
        for a, (t, _) in ABOUT.items()
    )
    main = f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title">Giới thiệu</h1><ul class="list-none tct-dstin">{rows}</ul></div></div>'
    return html(_layout(request, title=f"Giới thiệu - {SITE_NAME}", main=main,
                        trail=[("Giới thiệu", "/vi/about/")], active="/vi/about/", module="about"))


def _about_page(request: Request, alias: str) -> Response:
    title, paras = ABOUT[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    others = "".join(
        f'<li><a href="/vi/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items() if a != alias
    )
    main = (
        '<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>'
        f'<div class="panel-body"><h1 class="title margin-bottom-lg" itemprop="headline">{esc(title)}</h1>'
        '<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" '
        f'itemscope><span itemprop="name">{SITE_NAME}</span></div>'
        '<p class="h5 text-muted"><em class="fa fa-clock-o"></em> Cập nhật: 14/03/2026 10:25</p>'
        f'<div class="bodytext margin-bottom-lg" itemprop="articleBody">{body}</div>'
        f'<hr /><p class="h3"><strong>Các trang khác</strong></p><ul class="related list-none">{others}</ul>'
        "</div></div>"
    )
    return html(_layout(request, title=f"{title} - Giới thiệu - {SITE_NAME}", main=main,
                        trail=[("Giới thiệu", "/vi/about/"), (title, f"/vi/about/{alias}.html")],
                        active="/vi/about/", module="about", func="main"))


def _contact(request: Request) -> Response:
    main = """<div class="panel panel-default"><div class="panel-body">
<h1 class="title">Liên hệ</h1>
<div class="well"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</strong></p>
<p><em class="fa fa-map-marker"></em> Cơ sở 1: Số 02 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi</p>
<p><em class="fa fa-map-marker"></em> Cơ sở 2: Số 118 Bà Triệu, phường Kon Tum, tỉnh Quảng Ngãi</p>
<p><em class="fa fa-phone"></em> Điện thoại: 0255.3822.416 &nbsp; <em class="fa fa-fax"></em> Fax: 0255.3822.417</p>
<p><em class="fa fa-envelope"></em> Email: <a href="mailto:truongchinhtri@quangngai.gov.vn">truongchinhtri@quangngai.gov.vn</a></p></div>
<form id="fcontact" method="post" action="/vi/contact/" class="form-horizontal" novalidate>
<div class="form-group"><label class="col-sm-6 control-label">Bộ phận cần liên hệ</label><div class="col-sm-18"><select class="form-control" name="fpart"><option value="1">Phòng Tổ chức - Hành chính</option><option value="2">Phòng Đào tạo - Quản lý khoa học</option></select></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Họ và tên</label><div class="col-sm-18"><input type="text" class="form-control" name="fname" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Email</label><div class="col-sm-18"><input type="email" class="form-control" name="femail" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Tiêu đề</label><div class="col-sm-18"><input type="text" class="form-control" name="ftitle" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Nội dung</label><div class="col-sm-18"><textarea class="form-control" name="fcon" rows="6"></textarea></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Mã bảo mật</label><div class="col-sm-18"><input type="text" class="form-control" name="fcode" maxlength="6" /></div></div>
<div class="text-center"><input type="hidden" name="checkss" value="9a1e2c" /><input type="submit" class="btn btn-primary" value="Gửi thư" /></div>
</form></div></div>"""
    return html(_layout(request, title=f"Liên hệ - {SITE_NAME}", main=main,
                        trail=[("Liên hệ", "/vi/contact/")], active="/vi/contact/", module="contact"))


def _laws_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td class="text-center">{i}</td><td><a href="/vi/laws/detail/{a}/">{esc(d["so"])}</a></td>'
        f'<td>{d["ngay"]}</td><td><a href="/vi/laws/detail/{a}/" title="{esc(d["trichyeu"])}">{esc(d["trichyeu"])}</a></td>'
        f'<td class="text-center"><a href="{d["file"]}" title="Tải về"><em class="fa fa-download"></em></a></td></tr>'
        for i, (a, d) in enumerate(LAWS.items(), 1)
    )
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="title">Văn bản của Trường</h1>'
        '<table class="table table-striped table-bordered table-hover"><thead><tr><th>STT</th>'
        "<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div></div>"
    )
    return html(_layout(request, title=f"Văn bản - {SITE_NAME}", main=main,
                        trail=[("Văn bản", "/vi/laws/")], active="/vi/laws/", module="laws"))


def _laws_detail(request: Request, alias: str) -> Response:
    d = LAWS[alias]
    fields = [
        ("Số ký hiệu", d["so"]),
        ("Ngày ban hành", d["ngay"]),
        ("Ngày có hiệu lực", d["ngay"]),
        ("Trích yếu", d["trichyeu"]),
        ("Thể loại", d["loai"]),
        ("Cơ quan ban hành", SITE_NAME),
        ("Người ký", d["nguoiky"]),
    ]
    rows = "".join(f"<tr><th style=\"width:30%\">{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in fields)
    main = (
        f'<div class="panel panel-default"><div class="panel-body"><h1 class="title">{esc(d["loai"])} số {esc(d["so"])}</h1>'
        f'<table class="table table-bordered"><tbody>{rows}</tbody></table>'
        f'<p><strong>File đính kèm:</strong> <a href="{d["file"]}"><em class="fa fa-file-pdf-o"></em> '
        f'{esc(d["file"].rsplit("/", 1)[1])}</a></p></div></div>'
    )
    return html(_layout(request, title=f"{d['loai']} số {d['so']} - Văn bản - {SITE_NAME}", main=main,
                        trail=[("Văn bản", "/vi/laws/"), (d["so"], f"/vi/laws/detail/{alias}/")],
                        active="/vi/laws/", module="laws", func="detail"))


def _seek(request: Request) -> Response:
    q = request.params.get("q", "")
    found = (
        '<p class="alert alert-warning">Không tìm thấy kết quả nào phù hợp với từ khóa '
        f"<strong>{esc(q)}</strong>.</p>"
        if q
        else ""
    )
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="title">Tìm kiếm</h1>'
        '<form action="/vi/seek/" method="get" class="form-inline"><input type="text" name="q" '
        f'class="form-control" value="{esc(q)}" maxlength="60"/> <button type="submit" class="btn btn-primary">'
        f"Tìm kiếm</button></form>{found}</div></div>"
    )
    return html(_layout(request, title=f"Tìm kiếm - {SITE_NAME}", main=main,
                        trail=[("Tìm kiếm", "/vi/seek/")], module="seek"))


def _pdf(name: str) -> Response:
    return Response(
        200,
        PDF,
        {"Content-Type": "application/pdf", "Content-Disposition": f'inline; filename="{name}"'},
    )


# --- routing --------------------------------------------------------------------------------

_TOOL = re.compile(r"^/vi/news/(print|savefile|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_DETAIL = re.compile(r"^/vi/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/vi/news/([a-z0-9-]+)/(?:page-(\d+)/)?$")
_TAG = re.compile(r"^/vi/news/tag/([a-z0-9-]+)/$")
_OP = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")


def _find(cat: str, alias: str, ident: str) -> Story | None:
    story = BY_ID.get(int(ident))
    if story is None or cat not in story.opts["cats"]:
        return None
    if alias == story.slug:
        return story
    if alias == story.opts.get("old_alias") and cat == story.opts["cats"][0]:
        return story
    return None


class Site:
    """The portal: routes NukeViet's rewritten URLs (and the few non-rewritten ones it serves)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            if path in PDF_PATHS:
                return _pdf(path.rsplit("/", 1)[1])
            return static_file(path)
        if path == "/":
            return _home(request) if not request.query else None
        if path == "/index.php":
            return self._index_php(request)
        if path == "/vi":
            return redirect("/", 301)
        if path == "/vi/":
            return redirect("/", 301)
        if path == "/vi/news":
            return redirect("/vi/news/", 301)
        if path == "/vi/news/":
            return _module_home(request)
        if m := _TOOL.match(path):
            kind, cat, alias, ident = m.groups()
            story = _find(cat, alias, ident)
            if story is None or cat != story.opts["cats"][0] or alias != story.slug:
                return None
            if kind == "print":
                return html(_print_page(request, story))
            if kind == "savefile":
                if not story.opts.get("save"):
                    return None
                return html(
                    _print_page(request, story, for_save=True),
                    headers={"Content-Disposition": f'attachment; filename="{story.slug}.html"'},
                )
            return html(_sendmail_page(story))
        if m := _TAG.match(path):
            return _tag_page(request, m.group(1)) if m.group(1) in TAGS else None
        if m := _DETAIL.match(path):
            story = _find(*m.groups())
            if story is None:
                return None
            return self._detail_or_file(request, story, m.group(1))
        if m := _CAT.match(path):
            cat, page = m.group(1), m.group(2)
            if cat not in CATS or request.query:
                return None
            if page is None:
                return _category(request, cat, 1)
            n = int(page)
            if n <= 1 or n > _pages(cat):
                return redirect(f"/vi/news/{cat}/", 301)
            return _category(request, cat, n)
        if re.match(r"^/vi/news/[a-z0-9-]+$", path) and path.rsplit("/", 1)[1] in CATS:
            return redirect(path + "/", 301)
        if path == "/vi/about/":
            return _about_list(request)
        if (m := re.match(r"^/vi/about/([a-z0-9-]+)\.html$", path)) and m.group(1) in ABOUT:
            return _about_page(request, m.group(1))
        if path == "/vi/contact/":
            if request.method == "POST":
                return html("<div class=\"alert alert-danger\">Mã bảo mật không chính xác</div>")
            return _contact(request)
        if path == "/vi/laws/":
            return _laws_list(request)
        if (m := re.match(r"^/vi/laws/detail/([A-Za-z0-9-]+)/$", path)) and m.group(1) in LAWS:
            return _laws_detail(request, m.group(1))
        if path == "/vi/seek/":
            return _seek(request)
        if path in ("/favicon.ico", "/robots.txt"):
            if path == "/robots.txt":
                return Response(
                    200,
                    b"User-agent: *\nDisallow: /admin/\nDisallow: /includes/\nDisallow: /install/\n"
                    b"Disallow: /vendor/\nSitemap: /sitemap.xml\n",
                    {"Content-Type": "text/plain; charset=utf-8"},
                )
            return static_file(path)
        return None

    def _detail_or_file(self, request: Request, story: Story, cat: str) -> Response | None:
        if not request.query:
            return _detail(request, story, cat)
        params = request.params
        files = story.opts.get("files", [])
        if (
            set(params) in ({"download", "id"}, {"pdf", "id"})
            and params.get("download", params.get("pdf")) == "1"
            and params["id"].isdigit()
        ):
            i = int(params["id"])
            if i < len(files) and cat == story.opts["cats"][0] and story.slug in request.path:
                return _pdf(files[i][0])
        return None

    def _index_php(self, request: Request) -> Response | None:
        params = request.params
        if "scaptcha" in params:
            return static_file("captcha.png")
        if params.get("nv") == "comment" and request.method == "POST":
            return html("ERR_Mã bảo mật không chính xác")
        if params.get("nv") == "voting" and request.method == "POST":
            return html("<p>Cảm ơn bạn đã tham gia biểu quyết.</p>")
        if params.get("language") == "vi" and params.get("nv") == "news" and set(params) == {
            "language",
            "nv",
            "op",
        }:
            m = _OP.match(params["op"])
            if m:
                story = _find(*m.groups())
                if story is not None and m.group(2) == story.slug:
                    return _detail(request, story, m.group(1))
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    cat = story.opts["cats"][0]
    alts = [f"/vi/news/print/{cat}/{story.slug}-{story.id}.html"]
    if story.opts.get("save"):
        alts.append(f"/vi/news/savefile/{cat}/{story.slug}-{story.id}.html")
    if story.opts.get("old_alias"):
        alts.append(_link(story, alias=story.opts["old_alias"]))
    alts.extend(_link(story, other) for other in story.opts["cats"][1:])
    if story is B1:
        alts.append(f"/index.php?language=vi&nv=news&op={cat}/{story.slug}-{story.id}.html")
    return alts


GOLD: list[dict] = [
    gold_record(s, _link(s), CATS[s.opts["cats"][0]], alt_paths=_alts(s)) for s in STORIES
]

NON_ARTICLES: list[str] = [
    "/vi/about/gioi-thieu-chung.html",
    "/vi/about/chuc-nang-nhiem-vu.html",
    "/vi/about/co-cau-to-chuc.html",
    "/vi/contact/",
    "/vi/laws/detail/Ke-hoach-so-125-KH-TCT-dao-tao-boi-duong-nam-2027-8/",
    "/vi/laws/detail/Quyet-dinh-so-342-QD-TCT-mo-lop-TCLLCT-K27-7/",
]
