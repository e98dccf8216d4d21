"""NukeViet 4.5 news module with block groups, topics and tags: Sở GD&ĐT tỉnh Hậu Giang.

Platform
--------
NukeViet 4.5 (VINADES), module ``news`` as the site's default module, the ``default`` theme
re-skinned for the department (theme folder ``sgd_haugiang``: a top bar with today's date, a blue
menu, a "Thông báo" marquee). Bootstrap-3 markup on NukeViet's 24-column grid (``col-md-16``),
``news_column panel panel-default`` boxes, the ``third-nav`` breadcrumb bar whose visible list is
filled by JavaScript from a hidden ``temp-breadcrumbs`` list.

URL scheme
----------
- ``/`` and ``/vi/news/``: the news home (viewcat_main_right: each category's three newest),
  with the "Tin nổi bật" block group on top and a "Thông báo" marquee;
- ``/vi/news/<cat-alias>/`` and ``/vi/news/<cat-alias>/page-<n>``: a category (viewcat_page_new,
  4 per page; a page past the last one answers 301 to the category);
- ``/vi/news/<cat-alias>/<alias>-<id>.html``: an article; ``?download=1&id=0`` on it sends the
  attached file (a PDF), a wrong alias answers 301 to the current one;
- ``/vi/news/print/…``, ``/vi/news/savefile/…``, ``/vi/news/sendmail/…`` + ``<cat>/<alias>-<id>.html``:
  the print view, the "save" download (an HTML file, ``Content-Disposition: attachment``) and the
  e-mail form;
- ``/vi/news/groups/<alias>/`` (+ ``/page-<n>``, 5 per page): block groups "Tin nổi bật", "Tin mới";
- ``/vi/news/topic/<alias>/``: topic page; ``/vi/news/tag/<alias>``: tag page;
- ``/vi/news/rss/``: RSS 2.0;
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``: the non-rewritten form of an article
  URL, which NukeViet still serves;
- ``/vi/about/<alias>.html``, ``/vi/contact/``, ``/vi/laws/``, ``/vi/laws/detail/<alias>/``,
  ``/vi/photos/<cat>/<album>-<id>/``: the other modules.

Categories: "Tin tức - Sự kiện" (tin-tuc-su-kien, 6 articles: page 1 = 358 356 353 349, page 2 =
344 339), "Hoạt động chuyên môn" (hoat-dong-chuyen-mon, 4 own + 353 filed there too: page 1 = 355
353 351 347, page 2 = 341), "Thông báo" (thong-bao, 357 350 343, one page).

How each gold article is reached
--------------------------------
- 358, 356, 353, 357, 350, 343, 355, 351: the home page (category boxes, "Tin nổi bật", "Tin mới",
  "Xem nhiều", marquee) and their category's page 1;
- 349: home ("Xem nhiều", "Tin nổi bật"), category page 1, topic and tag pages;
- 347: category page 1 of "Hoạt động chuyên môn", tag "giao-vien";
- 344, 339 (tin-tuc-su-kien/page-2) and 341 (hoat-dong-chuyen-mon/page-2): ONLY from page 2 of
  their category (articles link only to newer articles: "Những tin mới hơn").

Traps
-----
1. Hidden breadcrumb (not in the README): NukeViet 4.5 prints an EMPTY visible
   ``<ul class="breadcrumbs">``; the path is only in ``<ul class="temp-breadcrumbs hidden">``
   (schema.org BreadcrumbList) that the theme's JS copies. Gold ``category`` = that list's last
   item, as printed ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo").
2. One article in two categories (listcatid; not in the README): 353 is filed under
   "Tin tức - Sự kiện" (main) and "Hoạt động chuyên môn". That category's listing links it as
   ``/vi/news/hoat-dong-chuyen-mon/<alias>-353.html``, which answers 200 with the SAME article and
   a breadcrumb of "Hoạt động chuyên môn", but ``rel=canonical`` to the main URL. Gold: path =
   the main URL, the other in ``alt_paths``, ``category`` "Tin tức - Sự kiện" (the canonical page).
3. Non-rewritten URL (not in the README): an inline link in 353's text points to
   ``/index.php?language=vi&nv=news&op=thong-bao/<alias>-350``; NukeViet serves article 350 there
   (200, canonical to the rewritten URL). Gold: in 350's ``alt_paths``.
4. "Lưu bài viết" (savefile; not in the README): a real ``href`` on every article to
   ``/vi/news/savefile/<cat>/<alias>-<id>.html``, which answers the whole article as an HTML file
   download (``Content-Disposition: attachment``); the print view ``/vi/news/print/…`` is only in
   an ``onclick``. Both serve the article: both in ``alt_paths``; the sendmail form is no article.
5. Attached file on the article's own URL (not in the README): 351's "Tập tin đính kèm" panel links
   ``<article URL>?download=1&id=0`` which answers a PDF (and ``?pdf=1`` preview only in a
   ``data-src``). It is neither an article nor an alt path; the panel's file line is not body.
6. Text-to-speech player between the date line and the sapo (not in the README): 4.5's
   "Nghe đọc bài viết" box (voice select "Giọng nữ miền Nam - Lan Nhi", "Thời lượng: 03:42", an
   ``<audio>``) on 358 and 353. Not body, not summary.
7. SEO title (not in the README): 349 has a "titlesite": ``<title>``, ``og:title`` and
   ``twitter:title`` say "Làm việc về trường chuẩn quốc gia tại Châu Thành A"; the headline
   ``h1[itemprop=headline]`` is the long title. Gold ``title`` = the h1.
8. Hidden schema.org author = the CMS account (not in the README): every article carries
   ``<div class="hidden hide d-none" itemprop="author"><span itemprop="name">sgd_bientap</span>``
   (or "quantri"); authors come from the visible "Tác giả:" box under the text (degree and unit
   stripped: "ThS. Trần Minh Khoa - Văn phòng Sở" -> "Trần Minh Khoa"; "Phòng GDTrH" alone is the
   author as printed; "Nguyễn Thanh Phong, Lâm Thị Mỹ Xuyên" -> two) or from a byline the editor
   typed at the end of the text ("Tin, ảnh: Ngọc Hân"; "Tin: Huỳnh Như - Ảnh: Quốc Việt"; a
   right-aligned name over a school's name). "Nguồn tin: X" in that box -> ``source`` X.
9. Sapo and lead image outside the body container: ``div.hometext`` (itemprop=description) holds
   the sapo, the lead image is a ``figure.article`` before it (imgposition 1) or after it
   (imgposition 2) with NukeViet's ``figcaption`` (homeimgalt); both outside
   ``#news-bodyhtml``. Gold: summary = the sapo and body's first paragraph; the lead image is the
   first image with its figcaption. 349 has imgposition 0: its lead image is only in og:image /
   the hidden itemprop=image, not printed: not in gold ``images``. 344's department hid the
   hometext on the detail page (it is only the listing's teaser and the meta description):
   summary null, body starts with the text.
10. Widgets after the text: the copyright alert ("Chú ý: Việc đăng lại bài viết…"), tags
    ("Từ khóa"), the rating form ("Tổng số điểm của bài viết là…"), Facebook/Zalo share, the
    comment module ("Ý kiến bạn đọc": a parent's comment with its own date), "Cùng chủ đề" and
    "Những tin mới hơn" lists with dates in parentheses: none is body.
11. Dates: the detail line "Thứ sáu - 04/12/2026 15:20" (weekday, dash, day/month/year, time);
    349 also prints the re-skin's "Cập nhật: 21/11/2026 08:02" and meta article:modified_time:
    not the publication date. 355 was published at "00:00": the day alone "2026-11-30". 357 is an
    official notice with a letterhead: its date is the letterhead's day "2026-12-02" (the page
    prints 03/12/2026 16:00), its signer Phạm Thị Kim Loan the author, the letterhead / "THÔNG BÁO"
    / "Về việc…" / "Nơi nhận" / signer block are not body.
12. Encodings: 339 was pasted as decomposed Unicode (NFD, "Unicode tổ hợp"): gold NFC. 356's
    text went through CKEditor's ``entities`` option: Latin-1 letters and punctuation as named
    references (``&agrave;``, ``&ocirc;``, ``&ldquo;``), other Vietnamese letters raw.
13. Word paste (347): the text is one ``<div>`` of lines separated by ``<br />`` (blank lines in
    between) with the photo and its italic line inside the same ``div``: each line is a paragraph,
    the italic line under the photo is its caption.
14. Related-news box inside the text (341): a right-floated bordered table "TIN LIÊN QUAN" with
    links, typed into ``#news-bodyhtml`` before the first paragraph: not body (a related-link list),
    whereas the data tables of 355 and 343 are body (rows, cells joined by " | ").
15. Renamed alias: the tag page "truong-chuan-quoc-gia" still links 343 under its old alias
    (``cong-khai-danh-sach-truong-dat-kiem-dinh-nam-2026-343.html``), which answers 301 to the
    current URL. Gold path = current URL. Aliases end in numbers (``…-nam-hoc-2026-2027-350.html``):
    the id is the last number.
16. Captions: figure/figcaption (CKEditor image2), an italic centred line under the photo, one in
    parentheses (taken off), one in the second row of a layout table (344), a right-aligned
    "Ảnh: Thanh Tùng" (a credit: caption None, photographer).

Gold decisions on ambiguous points
----------------------------------
- The lead image's figcaption is its caption even when it only restates the event.
- 339's lead image has no figcaption (empty homeimgalt): caption None.
- A3/353 via its second category: same article, gold category from the canonical page.
- 357: summary = the hometext printed above the notice (its own element); body = that sapo, then
  the notice's own paragraphs ("Căn cứ …" lines included, the closing "… thực hiện./." included).
- Headings inside the text (``<h3>``, a bold numbered line) and list items are paragraphs.
- 341's signature: "Nguyễn Thị Bích Ngọc" over "Trường TH Long Bình 1" -> authors [that name].
- 350's right-aligned unit "Phòng Khảo thí và Kiểm định CLGD" -> the author as printed.
- A sentence whose link goes to another article (353's "thông báo đã ban hành") is text.
"""

from __future__ import annotations

import re
from datetime import datetime
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "nukeviet45_groups_sgddt"
PLATFORM = "NukeViet 4.5 (news module, block groups, topics, tags)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Hậu Giang"
SITE_SHORT = "Sở GD&ĐT Hậu Giang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
MOD = "/vi/news"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
GROUPS = {"tin-noi-bat": "Tin nổi bật", "tin-moi": "Tin mới"}
TOPICS = {"kiem-dinh-chat-luong-giao-duc": "Kiểm định chất lượng giáo dục"}
TAGS = {
    "chuyen-doi-so": "chuyển đổi số",
    "hoc-sinh-gioi": "học sinh giỏi",
    "truong-chuan-quoc-gia": "trường chuẩn quốc gia",
    "giao-vien": "giáo viên",
}
CAT_PER_PAGE = 4
GROUP_PER_PAGE = 5

# --- the articles ------------------------------------------------------------------------------

A1 = Story(
    id=358,
    slug="hoi-nghi-so-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-nam-2026",
    title="Hội nghị sơ kết công tác chuyển đổi số ngành Giáo dục năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Chiều ngày 04/12, Sở Giáo dục và Đào tạo tỉnh Hậu Giang tổ chức Hội nghị sơ kết công tác "
        "chuyển đổi số ngành Giáo dục năm 2026 và triển khai kế hoạch năm 2027. Đồng chí Trần Quốc "
        "Hưng, Giám đốc Sở chủ trì hội nghị."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_12/so-ket-cds-2026.jpg",
            "Quang cảnh hội nghị sơ kết công tác chuyển đổi số",
            "Quang cảnh hội nghị sơ kết công tác chuyển đổi số",
            style="homeimg-thumb",
        ),
        P(
            "Tham dự hội nghị có lãnh đạo Sở Khoa học và Công nghệ, Viễn thông Hậu Giang, VNPT Hậu "
            "Giang cùng lãnh đạo các phòng chuyên môn thuộc Sở, Trưởng phòng Giáo dục và Đào tạo các "
            "huyện, thị xã, thành phố và hiệu trưởng các trường trung học phổ thông trực thuộc."
        ),
        P(
            "Theo báo cáo tại hội nghị, năm 2026 toàn ngành đã triển khai đồng bộ cơ sở dữ liệu ngành "
            "với 100% cơ sở giáo dục cập nhật thông tin trường, lớp, học sinh và đội ngũ lên hệ thống; "
            "100% trường tiểu học và trung học cơ sở sử dụng học bạ số; 98,6% học sinh được cấp tài "
            "khoản để tra cứu kết quả học tập trực tuyến."
        ),
        P("Những kết quả nổi bật", style="h"),
        P(
            "Công tác thanh toán không dùng tiền mặt tiếp tục được đẩy mạnh, tỷ lệ thu học phí và các "
            "khoản thu dịch vụ qua ngân hàng, ví điện tử đạt 91,2%, tăng 14% so với năm 2025. Nhiều "
            "đơn vị đã chủ động xây dựng kho học liệu số dùng chung, tổ chức sinh hoạt chuyên môn trên "
            "môi trường mạng."
        ),
        Img(
            "/uploads/news/2026_12/so-ket-cds-2026-2.jpg",
            "Đồng chí Trần Quốc Hưng, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            "Đồng chí Trần Quốc Hưng, Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            style="figure",
        ),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như hạ tầng công nghệ "
            "thông tin tại một số điểm trường lẻ vùng sâu còn thiếu, đường truyền chưa ổn định; kỹ "
            "năng số của một bộ phận giáo viên lớn tuổi còn hạn chế."
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Trần Quốc Hưng đề nghị các đơn vị tiếp tục quán triệt chuyển "
            "đổi số là nhiệm vụ trọng tâm, gắn với trách nhiệm của người đứng đầu; rà soát, chuẩn hóa "
            "dữ liệu trước ngày 31/12/2026 để phục vụ công tác tuyển sinh đầu cấp năm học 2027-2028."
        ),
        P(
            "Dịp này, Sở GD&ĐT đã khen thưởng 12 tập thể và 25 cá nhân có thành tích tiêu biểu trong "
            "triển khai chuyển đổi số năm 2026."
        ),
        Img(
            "/uploads/news/2026_12/so-ket-cds-2026-3.jpg",
            "Lãnh đạo Sở trao giấy khen cho các tập thể có thành tích xuất sắc",
            "Lãnh đạo Sở trao giấy khen cho các tập thể có thành tích xuất sắc",
            style="p-em",
        ),
    ],
    authors=["Trần Minh Khoa"],
    opts={
        "time": "2026-12-04 15:20",
        "edit": "2026-12-04 16:05",
        "author_box": "ThS. Trần Minh Khoa - Văn phòng Sở",
        "voice": True,
        "tags": ["chuyen-doi-so"],
        "groups": ["tin-noi-bat", "tin-moi"],
        "thumb": "/assets/news/2026_12/so-ket-cds-2026.jpg",
        "poster": "sgd_bientap",
    },
)

A2 = Story(
    id=356,
    slug="phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-tren-co-so-gioi-nam-2026",
    title=(
        "Phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2026 "
        "trong ngành Giáo dục"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-12-01T08:30:00+07:00",
    summary=(
        "Sáng 30/11, tại Trường THCS Vị Tân (thành phố Vị Thanh), Sở GD&ĐT phối hợp với Công đoàn "
        "ngành tổ chức lễ phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ "
        "sở giới năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_12/phat-dong-binh-dang-gioi.jpg",
            "Các đại biểu thực hiện nghi thức phát động Tháng hành động",
            "Các đại biểu thực hiện nghi thức phát động Tháng hành động",
            style="homeimg-full",
        ),
        P(
            "Tháng hành động được tổ chức từ ngày 15/11 đến ngày 15/12/2026 với chủ đề “Chung tay "
            "thúc đẩy bình đẳng giới, chấm dứt bạo lực trên cơ sở giới trong trường học”. Đây là hoạt "
            "động thường niên nhằm nâng cao nhận thức của cán bộ, giáo viên, học sinh về quyền bình "
            "đẳng và kỹ năng phòng, tránh bạo lực."
        ),
        P(
            "Phát biểu tại lễ phát động, bà Phạm Thị Kim Loan, Phó Giám đốc Sở GD&ĐT nhấn mạnh: mỗi "
            "nhà trường phải là môi trường an toàn, lành mạnh, thân thiện; mọi hành vi bạo lực, xâm "
            "hại học sinh cần được phát hiện sớm, xử lý kịp thời và đúng quy định."
        ),
        P("Trong thời gian diễn ra Tháng hành động, các đơn vị tập trung thực hiện một số hoạt động chính:"),
        P("Treo băng rôn, khẩu hiệu hưởng ứng tại cổng trường và khu vực sinh hoạt chung;", style="li"),
        P("Lồng ghép nội dung bình đẳng giới vào tiết sinh hoạt lớp, hoạt động trải nghiệm;", style="li"),
        P(
            "Tổ chức diễn đàn “Tiếng nói học sinh” và thi vẽ tranh, viết thư về chủ đề gia đình, "
            "trường học an toàn;",
            style="li",
        ),
        P(
            "Duy trì hoạt động của tổ tư vấn tâm lý học đường, công khai số điện thoại đường dây nóng.",
            style="li",
        ),
        Img(
            "/uploads/news/2026_12/phat-dong-binh-dang-gioi-2.jpg",
            "(Học sinh Trường THCS Vị Tân biểu diễn tiểu phẩm tuyên truyền về phòng, chống bạo lực học đường)",
            "Học sinh Trường THCS Vị Tân biểu diễn tiểu phẩm tuyên truyền về phòng, chống bạo lực học đường",
            style="p-em",
        ),
        P(
            "Dịp này, Ban tổ chức đã trao 20 suất học bổng, mỗi suất trị giá 1.000.000 đồng cho các em "
            "học sinh nữ có hoàn cảnh khó khăn, vượt khó học tốt."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ngọc Hân</strong></p>'),
    ],
    authors=["Ngọc Hân"],
    photographers=["Ngọc Hân"],
    opts={
        "time": "2026-12-01 08:30",
        "edit": "2026-12-01 10:12",
        "form": "latin",
        "groups": ["tin-moi"],
        "thumb": "/assets/news/2026_12/phat-dong-binh-dang-gioi.jpg",
        "comments": [
            (
                "Phụ huynh Nguyễn Thị Hồng",
                "01/12/2026 20:14",
                "Rất ý nghĩa, mong nhà trường duy trì thường xuyên tổ tư vấn tâm lý để các cháu có chỗ "
                "chia sẻ khi gặp chuyện buồn.",
            )
        ],
        "poster": "sgd_bientap",
    },
)

A3 = Story(
    id=353,
    slug="khai-mac-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc-nam-hoc-2026-2027",
    title="Khai mạc Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T10:05:00+07:00",
    summary=(
        "Sáng 27/11, tại Trường THPT Vị Thanh, Sở GD&ĐT khai mạc Cuộc thi Khoa học kỹ thuật cấp tỉnh "
        "dành cho học sinh trung học năm học 2026-2027."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/khkt-2026.jpg",
            "Các đại biểu tham quan gian trưng bày dự án của học sinh",
            "Các đại biểu tham quan gian trưng bày dự án của học sinh",
            style="homeimg-thumb",
        ),
        P(
            "Cuộc thi năm nay thu hút 86 dự án của 142 học sinh đến từ 31 trường trung học cơ sở và "
            "trung học phổ thông trong tỉnh, tăng 17 dự án so với năm học trước. Các dự án thuộc 18 "
            "lĩnh vực như khoa học xã hội và hành vi, kỹ thuật môi trường, hệ thống nhúng, phần mềm "
            "hệ thống, nông nghiệp ứng dụng…"
        ),
        P(
            "Ban giám khảo gồm các nhà khoa học, giảng viên Trường Đại học Cần Thơ, Trường Đại học Võ "
            "Trường Toản và cán bộ Sở Khoa học và Công nghệ. Các dự án được đánh giá qua hai vòng: chấm "
            "hồ sơ và phỏng vấn trực tiếp tại gian trưng bày."
        ),
        Img(
            "/uploads/news/2026_11/khkt-2026-2.jpg",
            "Học sinh Trường THPT Chiêm Thành Tấn giới thiệu dự án máy cảm biến độ mặn cho ruộng lúa",
            "Học sinh Trường THPT Chiêm Thành Tấn giới thiệu dự án máy cảm biến độ mặn cho ruộng lúa",
            style="figure",
        ),
        P(
            "Nhiều dự án gắn với thực tiễn địa phương như hệ thống cảnh báo xâm nhập mặn, chế phẩm "
            "sinh học xử lý rơm rạ, ứng dụng hỗ trợ học sinh dân tộc Khmer học tiếng Việt… được ban "
            "giám khảo đánh giá cao về tính sáng tạo và khả năng ứng dụng."
        ),
        P(
            "Cũng trong tháng 12, Sở sẽ tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 và lớp 12 theo "
            "thông báo đã ban hành; các đơn vị chủ động bố trí lịch ôn tập hợp lý, không để ảnh hưởng "
            "đến việc chuẩn bị cho cuộc thi khoa học kỹ thuật cấp quốc gia.",
            style="link:350:thông báo đã ban hành",
        ),
        P(
            "Kết quả cuộc thi sẽ được công bố vào ngày 29/11/2026. Các dự án đạt giải cao sẽ được lựa "
            "chọn tham dự Cuộc thi khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm 2027."
        ),
    ],
    authors=["Phòng GDTrH"],
    opts={
        "time": "2026-11-27 10:05",
        "edit": "2026-11-27 11:40",
        "cats": ["tin-tuc-su-kien", "hoat-dong-chuyen-mon"],
        "author_box": "Phòng GDTrH",
        "voice": True,
        "tags": ["hoc-sinh-gioi"],
        "groups": ["tin-noi-bat", "tin-moi"],
        "thumb": "/assets/news/2026_11/khkt-2026.jpg",
        "poster": "quantri",
    },
)

A4 = Story(
    id=349,
    slug="doan-cong-tac-so-gd-dt-lam-viec-voi-ubnd-huyen-chau-thanh-a-ve-xay-dung-truong-dat-chuan-quoc-gia",
    title=(
        "Đoàn công tác Sở GD&ĐT làm việc với UBND huyện Châu Thành A về tiến độ xây dựng trường đạt "
        "chuẩn quốc gia giai đoạn 2026-2030"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T14:00:00+07:00",
    summary=(
        "Ngày 19/11, đoàn công tác Sở GD&ĐT do Phó Giám đốc Sở Nguyễn Thành Đạt làm trưởng đoàn đã "
        "làm việc với UBND huyện Châu Thành A về tiến độ xây dựng trường đạt chuẩn quốc gia."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo báo cáo của Phòng GD&ĐT huyện, đến nay toàn huyện có 38/52 trường đạt chuẩn quốc gia, "
            "đạt tỷ lệ 73,1%; trong đó có 6 trường đạt chuẩn mức độ 2. Năm 2026, huyện phấn đấu có "
            "thêm 4 trường được công nhận, tập trung ở cấp mầm non và tiểu học."
        ),
        P(
            "Tuy nhiên, việc xây dựng trường chuẩn còn gặp khó khăn do một số trường chưa đủ diện tích "
            "đất theo quy định, nhiều điểm lẻ chưa được dồn ghép; kinh phí đầu tư phòng học bộ môn, thư "
            "viện còn hạn chế."
        ),
        Img(
            "/uploads/news/2026_11/lam-viec-chau-thanh-a-2.jpg",
            "Quang cảnh buổi làm việc",
            "Quang cảnh buổi làm việc",
            style="p-em",
        ),
        P(
            "Phát biểu kết luận, ông Nguyễn Thành Đạt đề nghị huyện rà soát quỹ đất, ưu tiên bố trí vốn "
            "đầu tư công cho các trường đã đăng ký công nhận trong năm 2027; đồng thời chỉ đạo các trường "
            "thực hiện tốt công tác tự đánh giá, cải tạo cảnh quan sư phạm xanh – sạch – đẹp."
        ),
        P(
            "Ông Trương Văn Lợi, Phó Chủ tịch UBND huyện Châu Thành A tiếp thu ý kiến của đoàn và cam "
            "kết sẽ chỉ đạo các ngành phối hợp, tháo gỡ vướng mắc về đất đai để các trường sớm hoàn "
            "thiện hồ sơ."
        ),
    ],
    authors=["Minh Tâm"],
    source="Báo Hậu Giang",
    opts={
        "time": "2026-11-20 14:00",
        "edit": "2026-11-21 08:02",
        "show_edit": True,
        "titlesite": "Làm việc về trường chuẩn quốc gia tại Châu Thành A",
        "og_image": "/uploads/news/2026_11/lam-viec-chau-thanh-a.jpg",
        "author_box": "Minh Tâm",
        "source_box": ("Báo Hậu Giang", "https://baohaugiang.com.vn"),
        "topic": "kiem-dinh-chat-luong-giao-duc",
        "tags": ["truong-chuan-quoc-gia"],
        "groups": ["tin-noi-bat"],
        "thumb": "/assets/news/2026_11/lam-viec-chau-thanh-a.jpg",
        "comments": [
            (
                "Trần Văn Lộc",
                "21/11/2026 06:55",
                "Điểm trường ấp Tân Phú của xã tôi vẫn học nhờ nhà văn hóa, mong Sở quan tâm sớm dồn "
                "ghép để các cháu có phòng học đàng hoàng.",
            )
        ],
        "poster": "sgd_bientap",
    },
)

A5 = Story(
    id=344,
    slug="truong-thpt-chuyen-vi-thanh-to-chuc-ngay-hoi-stem-lan-thu-iii",
    title="Trường THPT chuyên Vị Thanh tổ chức Ngày hội STEM lần thứ III",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T07:45:00+07:00",
    blocks=[
        P(
            "Sáng 11/11, Trường THPT chuyên Vị Thanh tổ chức Ngày hội STEM lần thứ III với chủ đề "
            "“Sáng tạo vì cộng đồng xanh”. Đến dự có đại diện lãnh đạo Sở GD&ĐT, Tỉnh đoàn Hậu Giang và "
            "các trường trung học trên địa bàn thành phố Vị Thanh."
        ),
        Img(
            "/uploads/news/2026_11/ngay-hoi-stem-1.jpg",
            "Học sinh lớp 11 Toán trình diễn mô hình xe tự hành dò đường",
            "Học sinh lớp 11 Toán trình diễn mô hình xe tự hành dò đường",
            style="table",
        ),
        P(
            "Ngày hội gồm 45 gian trưng bày do các lớp và câu lạc bộ thực hiện, giới thiệu hơn 120 sản "
            "phẩm như robot phân loại rác, hệ thống tưới nhỏ giọt điều khiển bằng điện thoại, đèn học "
            "tự điều chỉnh độ sáng, mô hình nhà chống ngập…"
        ),
        P(
            "Bên cạnh khu trưng bày, học sinh còn được trải nghiệm các trạm thí nghiệm vui, thi lắp ráp "
            "mạch điện nhanh, giải mật thư khoa học và tham gia tọa đàm cùng các kỹ sư trẻ đang làm việc "
            "tại Khu công nghiệp Sông Hậu."
        ),
        Img("/uploads/news/2026_11/ngay-hoi-stem-2.jpg", "Ảnh: Thanh Tùng", None, style="credit"),
        P(
            "Theo thầy Lê Quang Vinh, Hiệu trưởng nhà trường, Ngày hội là dịp để học sinh vận dụng kiến "
            "thức liên môn vào giải quyết vấn đề thực tiễn, qua đó phát hiện, bồi dưỡng những em có năng "
            "khiếu nghiên cứu khoa học."
        ),
    ],
    authors=["Nguyễn Hoàng Yến"],
    photographers=["Thanh Tùng"],
    opts={
        "time": "2026-11-12 07:45",
        "edit": "2026-11-12 07:51",
        "hometext": (
            "Ngày hội thu hút hơn 900 học sinh tham gia với 45 gian trưng bày sản phẩm STEM do chính "
            "các em thiết kế, chế tạo."
        ),
        "hide_hometext": True,
        "author_box": "Nguyễn Hoàng Yến - Trường THPT chuyên Vị Thanh",
        "thumb": "/assets/news/2026_11/ngay-hoi-stem-1.jpg",
        "poster": "sgd_bientap",
    },
)

A6 = Story(
    id=339,
    slug="hoi-nghi-trien-khai-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Hội nghị triển khai công tác phổ cập giáo dục, xóa mù chữ năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-28T14:30:00+07:00",
    summary=(
        "Ngày 27/10, Sở GD&ĐT tổ chức hội nghị triển khai công tác phổ cập giáo dục, xóa mù chữ năm "
        "2026 cho cán bộ phụ trách của 8 huyện, thị xã, thành phố."
    ),
    sapo_outside=True,
    blocks=[
        Img("/uploads/news/2026_10/hoi-nghi-pcgd-xmc.jpg", None, None, style="homeimg-full"),
        P(
            "Năm 2025, tỉnh Hậu Giang tiếp tục duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 "
            "tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục trung học cơ sở mức độ 2 và xóa "
            "mù chữ mức độ 2; 75/75 xã, phường, thị trấn được công nhận đạt chuẩn."
        ),
        P(
            "Tại hội nghị, các đại biểu được quán triệt những điểm mới trong hệ thống thông tin điện tử "
            "quản lý phổ cập giáo dục, xóa mù chữ; hướng dẫn điều tra, cập nhật số liệu hộ gia đình và "
            "lập hồ sơ đề nghị kiểm tra công nhận."
        ),
        P(
            "Sở GD&ĐT yêu cầu các địa phương hoàn thành việc cập nhật dữ liệu trước ngày 15/12/2026, đặc "
            "biệt quan tâm vận động trẻ khuyết tật, trẻ có hoàn cảnh khó khăn ra lớp, mở các lớp xóa mù "
            "chữ tại ấp có đông đồng bào dân tộc thiểu số."
        ),
    ],
    authors=["Nguyễn Thanh Phong", "Lâm Thị Mỹ Xuyên"],
    opts={
        "time": "2026-10-28 14:30",
        "edit": "2026-10-28 14:30",
        "form": "nfd",
        "author_box": "Nguyễn Thanh Phong, Lâm Thị Mỹ Xuyên",
        "thumb": "/assets/news/2026_10/hoi-nghi-pcgd-xmc.jpg",
        "poster": "quantri",
    },
)

B1 = Story(
    id=355,
    slug="tap-huan-giao-vien-cot-can-mon-lich-su-va-dia-ly-cap-trung-hoc-co-so",
    title="Tập huấn giáo viên cốt cán môn Lịch sử và Địa lý cấp trung học cơ sở",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-30",
    summary=(
        "Từ ngày 26 đến 28/11/2026, Sở GD&ĐT tổ chức lớp tập huấn nâng cao năng lực dạy học môn Lịch "
        "sử và Địa lý cho 96 giáo viên cốt cán cấp trung học cơ sở."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/tap-huan-lich-su-dia-ly.jpg",
            "Tập huấn giáo viên cốt cán môn Lịch sử và Địa lý",
            "Tập huấn giáo viên cốt cán môn Lịch sử và Địa lý",
            style="homeimg-thumb",
        ),
        P(
            "Lớp tập huấn tập trung vào các nội dung: dạy học tích hợp phân môn Lịch sử và phân môn Địa "
            "lý theo chủ đề chung; khai thác bản đồ, lược đồ số và tư liệu lịch sử địa phương; xây dựng "
            "ma trận, bản đặc tả đề kiểm tra theo định hướng đánh giá năng lực."
        ),
        P("Lịch tập huấn cụ thể như sau:"),
        P("Ngày | Nội dung | Báo cáo viên", style="rowh"),
        P("26/11/2026 | Dạy học chủ đề chung, tích hợp lịch sử địa phương | ThS. Đặng Văn Bình", style="row"),
        P("27/11/2026 | Khai thác bản đồ số, học liệu điện tử | ThS. Lý Ngọc Thảo", style="row"),
        P("28/11/2026 | Kiểm tra, đánh giá theo định hướng phát triển năng lực | TS. Võ Minh Trí", style="row"),
        P(
            "Kết thúc lớp tập huấn, mỗi học viên hoàn thành một kế hoạch bài dạy minh họa và có trách "
            "nhiệm tập huấn lại cho giáo viên tại đơn vị trước ngày 20/12/2026."
        ),
        P(
            "Được biết, đây là năm thứ hai Sở GD&ĐT phối hợp với Trường Đại học Sư phạm Thành phố Hồ Chí "
            "Minh tổ chức bồi dưỡng chuyên sâu cho đội ngũ cốt cán môn học này."
        ),
    ],
    authors=["Lê Thị Thu Trang"],
    opts={
        "time": "2026-11-30 00:00",
        "edit": "2026-11-30 09:47",
        "author_box": "ThS. Lê Thị Thu Trang",
        "tags": ["giao-vien"],
        "groups": ["tin-moi"],
        "thumb": "/assets/news/2026_11/tap-huan-lich-su-dia-ly.jpg",
        "poster": "sgd_bientap",
    },
)

B2 = Story(
    id=351,
    slug="chuyen-de-day-hoc-tieng-anh-theo-huong-phat-trien-nang-luc-giao-tiep-cho-hoc-sinh-tieu-hoc",
    title=(
        "Chuyên đề dạy học Tiếng Anh theo hướng phát triển năng lực giao tiếp cho học sinh tiểu học "
        "tại thị xã Long Mỹ"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-24T09:10:00+07:00",
    summary=(
        "Ngày 21/11, chuyên đề cấp tỉnh được tổ chức tại Trường Tiểu học Long Phú 1 với sự tham dự "
        "của hơn 70 giáo viên dạy Tiếng Anh cấp tiểu học trong toàn tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại chuyên đề, cô Phan Thị Mỹ Duyên đã thực hiện tiết dạy minh họa Unit 7 “Our "
            "timetables” lớp 4 với nhiều hoạt động tương tác như trò chơi ô chữ, đóng vai phỏng vấn bạn "
            "về thời khóa biểu, hát theo giai điệu. Học sinh tham gia sôi nổi, mạnh dạn giao tiếp bằng "
            "tiếng Anh."
        ),
        Img(
            "/uploads/news/2026_11/chuyen-de-tieng-anh-1.jpg",
            "Tiết dạy minh họa của cô Phan Thị Mỹ Duyên",
            "Tiết dạy minh họa của cô Phan Thị Mỹ Duyên",
            style="figure",
        ),
        P(
            "Trong phần thảo luận, giáo viên các đơn vị đã chia sẻ kinh nghiệm tổ chức hoạt động nghe – "
            "nói cho lớp học đông học sinh, cách ứng dụng phần mềm luyện phát âm và thiết kế phiếu đánh "
            "giá thường xuyên bằng nhận xét."
        ),
        P(
            "Chuyên đề góp phần thực hiện Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân, "
            "giúp giáo viên tiếp cận phương pháp dạy học tích cực, lấy học sinh làm trung tâm."
        ),
        Raw('<p style="text-align:right"><em>Tin: Huỳnh Như - Ảnh: Quốc Việt</em></p>'),
    ],
    authors=["Huỳnh Như"],
    photographers=["Quốc Việt"],
    opts={
        "time": "2026-11-24 09:10",
        "edit": "2026-11-24 09:10",
        "files": [("Kế hoạch tổ chức chuyên đề", "KH-chuyen-de-tieng-anh-tieu-hoc.pdf")],
        "tags": ["giao-vien"],
        "groups": ["tin-noi-bat", "tin-moi"],
        "thumb": "/assets/news/2026_11/chuyen-de-tieng-anh-1.jpg",
        "poster": "sgd_bientap",
    },
)

B3 = Story(
    id=347,
    slug="hoi-giang-giao-vien-day-gioi-giao-duc-thuong-xuyen-cap-tinh-nam-hoc-2026-2027",
    title="Hội giảng giáo viên dạy giỏi giáo dục thường xuyên cấp tỉnh năm học 2026-2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-16T16:40:00+07:00",
    summary=(
        "Từ ngày 12 đến 14/11/2026, Sở GD&ĐT tổ chức Hội giảng giáo viên dạy giỏi giáo dục thường "
        "xuyên cấp tỉnh tại Trung tâm GDNN-GDTX huyện Phụng Hiệp."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia hội giảng có 34 giáo viên đến từ 8 trung tâm giáo dục nghề nghiệp – giáo dục "
            "thường xuyên các huyện, thị xã, thành phố, giảng dạy các môn Ngữ văn, Toán, Lịch sử, Địa "
            "lý, Vật lý, Hóa học, Sinh học và Tin học."
        ),
        P(
            "Mỗi giáo viên thực hiện hai tiết dạy, trong đó có một tiết bốc thăm ngẫu nhiên trước 24 "
            "giờ. Ban giám khảo đánh giá cao việc giáo viên vận dụng linh hoạt các phương pháp, kỹ thuật "
            "dạy học phù hợp với đối tượng học viên vừa học vừa làm."
        ),
        Img(
            "/uploads/news/2026_11/hoi-giang-gdtx.jpg",
            "Một tiết dạy của giáo viên Trung tâm GDNN-GDTX thị xã Long Mỹ",
            "Một tiết dạy của giáo viên Trung tâm GDNN-GDTX thị xã Long Mỹ",
            style="br",
        ),
        P("Kết quả, có 28 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh, trong đó 9 giáo viên xếp loại xuất sắc."),
        P(
            "Hội giảng là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, góp phần nâng cao chất lượng "
            "dạy học chương trình giáo dục thường xuyên cấp trung học phổ thông."
        ),
    ],
    source="Trung tâm GDNN-GDTX huyện Phụng Hiệp",
    opts={
        "time": "2026-11-16 16:40",
        "edit": "2026-11-17 07:30",
        "form": "br",
        "source_box": ("Trung tâm GDNN-GDTX huyện Phụng Hiệp", ""),
        "tags": ["giao-vien"],
        "thumb": "/assets/news/2026_11/hoi-giang-gdtx.jpg",
        "poster": "quantri",
    },
)

_RELATED_BOX = (
    '<table align="right" border="1" cellpadding="5" cellspacing="0" class="tbl-tinlq" '
    'style="width:270px; margin:0 0 10px 12px; border-collapse:collapse">'
    '<tbody><tr><td style="background-color:#e3eefa"><strong>TIN LIÊN QUAN</strong></td></tr>'
    '<tr><td><a href="/vi/news/hoat-dong-chuyen-mon/'
    'hoi-giang-giao-vien-day-gioi-giao-duc-thuong-xuyen-cap-tinh-nam-hoc-2026-2027-347.html">'
    "- Hội giảng giáo viên dạy giỏi giáo dục thường xuyên cấp tỉnh</a><br />"
    "- Hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài học năm học 2026-2027"
    "</td></tr></tbody></table>"
)

B4 = Story(
    id=341,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-thi-xa-long-my",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường tiểu học thị xã Long Mỹ",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-03T08:00:00+07:00",
    summary=(
        "Sáng 01/11/2026, cụm chuyên môn số 2 gồm 5 trường tiểu học của thị xã Long Mỹ tổ chức sinh "
        "hoạt chuyên môn theo nghiên cứu bài học tại Trường Tiểu học Long Bình 1."
    ),
    sapo_outside=True,
    blocks=[
        Raw(_RELATED_BOX),
        P(
            "Tiết dạy minh họa môn Toán lớp 3, bài “Làm quen với chữ số La Mã” do cô Đỗ Thị Thanh Hương "
            "thực hiện. Giáo viên dự giờ tập trung quan sát việc học của học sinh, ghi chép những biểu "
            "hiện khó khăn và cách các em hợp tác trong nhóm."
        ),
        P(
            "Trong phần thảo luận, các thầy cô không nhận xét, xếp loại tiết dạy mà cùng phân tích "
            "nguyên nhân vì sao học sinh còn lúng túng khi đọc số XIV, XIX và đề xuất điều chỉnh hoạt "
            "động khám phá bằng que tính."
        ),
        Img(
            "/uploads/news/2026_11/nghien-cuu-bai-hoc-long-binh.jpg",
            "Giáo viên cụm 2 dự giờ, quan sát học sinh học tập",
            "Giáo viên cụm 2 dự giờ, quan sát học sinh học tập",
            style="p-em",
        ),
        P(
            "Đại diện Phòng GD&ĐT thị xã đánh giá buổi sinh hoạt đã đi vào thực chất, giáo viên mạnh dạn "
            "chia sẻ; đề nghị các cụm duy trì sinh hoạt định kỳ mỗi tháng một lần và lưu trữ hồ sơ trên "
            "hệ thống trực tuyến."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Thị Bích Ngọc</strong><br />\n'
            "<em>Trường TH Long Bình 1</em></p>"
        ),
    ],
    authors=["Nguyễn Thị Bích Ngọc"],
    opts={
        "time": "2026-11-03 08:00",
        "edit": "2026-11-03 08:00",
        "thumb": "/assets/news/2026_11/nghien-cuu-bai-hoc-long-binh.jpg",
        "poster": "sgd_bientap",
    },
)

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="text-align: center; width: 42%;"><strong>UBND TỈNH HẬU GIANG<br />\n'
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />\n-------<br />\nSố: 2318/TB-SGDĐT</td>\n"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />\n'
    "Độc lập - Tự do - Hạnh phúc</strong><br />\n---------------<br />\n"
    "<em>Hậu Giang, ngày 02 tháng 12 năm 2026</em></td>\n</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
)
_SIGNATURE = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Các phòng thuộc Sở;<br />\n- Các đơn vị trực thuộc;<br />\n- Phòng GD&amp;ĐT các huyện, thị xã, "
    "thành phố;<br />\n- Lưu: VT, VP.</td>\n"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />\n'
    "PHÓ GIÁM ĐỐC</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
    "<strong>Phạm Thị Kim Loan</strong></td>\n</tr>\n</tbody>\n</table>"
)

C1 = Story(
    id=357,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027-doi-voi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong",
    title=(
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, viên chức và người "
        "lao động"
    ),
    cat="thong-bao",
    published_at="2026-12-02",
    summary=(
        "Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, "
        "viên chức và người lao động trong toàn ngành."
    ),
    sapo_outside=True,
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;", style="i"),
        P(
            "Căn cứ Công văn số 1842/UBND-VP ngày 28 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh Hậu "
            "Giang về việc nghỉ Tết Dương lịch năm 2027;",
            style="i",
        ),
        P("Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
        P(
            "1. Cán bộ, công chức, viên chức và người lao động thuộc Sở và các đơn vị trực thuộc được "
            "nghỉ 01 ngày vào Thứ Sáu, ngày 01/01/2027."
        ),
        P(
            "2. Đối với học sinh, thời gian nghỉ thực hiện theo kế hoạch thời gian năm học 2026-2027 đã "
            "ban hành; các trường bố trí dạy bù (nếu có) bảo đảm đủ chương trình."
        ),
        P(
            "3. Thủ trưởng các đơn vị phân công trực cơ quan, bảo đảm an ninh, an toàn tài sản, phòng "
            "chống cháy nổ trong thời gian nghỉ Tết; báo cáo đột xuất về Văn phòng Sở khi có tình huống "
            "phát sinh."
        ),
        P("Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện./."),
        Raw(_SIGNATURE),
    ],
    authors=["Phạm Thị Kim Loan"],
    opts={
        "time": "2026-12-03 16:00",
        "edit": "2026-12-03 16:00",
        "groups": ["tin-noi-bat", "tin-moi"],
        "thumb": "/themes/default/images/no_image.gif",
        "poster": "vanphong_sgd",
    },
)

C2 = Story(
    id=350,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-9-va-lop-12-nam-hoc-2026-2027",
    title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 và lớp 12 năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-11-23T10:30:00+07:00",
    summary=(
        "Sở GD&ĐT thông báo kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 và lớp 12 năm "
        "học 2026-2027 như sau."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Thời gian thi", style="b"),
        P(
            "Kỳ thi được tổ chức trong hai ngày 17 và 18/12/2026. Thí sinh có mặt tại điểm thi lúc 6 giờ "
            "30 phút ngày 17/12/2026 để làm thủ tục dự thi."
        ),
        P("2. Môn thi", style="b"),
        P("Lớp 9: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lý, Tin học.", style="li"),
        P(
            "Lớp 12: Ngữ văn, Toán, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý, Tiếng Anh, Tin học, "
            "Giáo dục kinh tế và pháp luật.",
            style="li",
        ),
        P("3. Địa điểm thi", style="b"),
        P("Điểm thi Trường THPT chuyên Vị Thanh: thí sinh lớp 12;", style="li"),
        P("Điểm thi Trường THCS Thị trấn Một Ngàn: thí sinh lớp 9.", style="li"),
        P(
            "Các đơn vị gửi danh sách thí sinh về Phòng Khảo thí và Kiểm định chất lượng giáo dục qua hệ "
            "thống quản lý thi trước ngày 05/12/2026."
        ),
        Raw('<p style="text-align: right;"><strong>Phòng Khảo thí và Kiểm định CLGD</strong></p>'),
    ],
    authors=["Phòng Khảo thí và Kiểm định CLGD"],
    opts={
        "time": "2026-11-23 10:30",
        "edit": "2026-11-23 10:30",
        "tags": ["hoc-sinh-gioi"],
        "groups": ["tin-moi"],
        "thumb": "/themes/default/images/no_image.gif",
        "poster": "sgd_bientap",
    },
)

C3 = Story(
    id=343,
    slug="cong-khai-danh-sach-truong-dat-kiem-dinh-chat-luong-giao-duc-va-chuan-quoc-gia-nam-2026",
    title="Công khai danh sách trường đạt kiểm định chất lượng giáo dục và chuẩn quốc gia năm 2026",
    cat="thong-bao",
    published_at="2026-11-10T14:15:00+07:00",
    summary=(
        "Thực hiện quy định về công khai đối với cơ sở giáo dục, Sở GD&ĐT công khai danh sách các "
        "trường được công nhận đạt kiểm định chất lượng giáo dục và đạt chuẩn quốc gia trong năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P("STT | Tên trường | Huyện, thị xã, thành phố | Kết quả công nhận", style="rowh"),
        P("1 | Trường Mầm non Hoa Sen | Thành phố Vị Thanh | Kiểm định cấp độ 3, chuẩn quốc gia mức độ 2", style="row"),
        P("2 | Trường Tiểu học Tân Bình 2 | Huyện Phụng Hiệp | Kiểm định cấp độ 2, chuẩn quốc gia mức độ 1", style="row"),
        P("3 | Trường THCS Vĩnh Tường | Huyện Long Mỹ | Kiểm định cấp độ 2, chuẩn quốc gia mức độ 1", style="row"),
        P("4 | Trường THPT Tầm Vu | Huyện Châu Thành A | Kiểm định cấp độ 3, chuẩn quốc gia mức độ 1", style="row"),
        P(
            "Danh sách trên được cập nhật theo các quyết định công nhận của Ủy ban nhân dân tỉnh đến "
            "ngày 31/10/2026. Mọi ý kiến phản hồi xin gửi về Phòng Khảo thí và Kiểm định chất lượng giáo "
            "dục, điện thoại 0293 3870 416."
        ),
    ],
    opts={
        "time": "2026-11-10 14:15",
        "edit": "2026-11-10 14:15",
        "old_slug": "cong-khai-danh-sach-truong-dat-kiem-dinh-nam-2026",
        "topic": "kiem-dinh-chat-luong-giao-duc",
        "tags": ["truong-chuan-quoc-gia"],
        "thumb": "/themes/default/images/no_image.gif",
        "poster": "sgd_bientap",
    },
)

STORIES = [A1, C1, A2, B1, A3, B2, C2, A4, B3, A5, C3, B4, A6]
STORIES.sort(key=lambda s: s.opts["time"], reverse=True)
BY_ID = {s.id: s for s in STORIES}
#: "Xem nhiều" (tophits) block: none of the page-2-only articles
TOPHITS = [349, 358, 350, 353, 355]


# --- helpers ------------------------------------------------------------------------------------

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def cats_of(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def art_path(story: Story, cat: str | None = None, slug: str | None = None) -> str:
    return f"{MOD}/{cat or story.cat}/{slug or story.slug}-{story.id}.html"


def tool_path(kind: str, story: Story) -> str:
    return f"{MOD}/{kind}/{story.cat}/{story.slug}-{story.id}.html"


def index_php_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def when(story: Story, key: str = "time") -> datetime:
    return datetime.strptime(story.opts[key], "%Y-%m-%d %H:%M")


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def detail_date(story: Story) -> str:
    moment = when(story)
    return f"{WEEKDAYS[moment.weekday()]} - {moment:%d/%m/%Y %H:%M}"


def list_date(story: Story) -> str:
    return f"{when(story):%d/%m/%Y %H:%M}"


def short_date(story: Story) -> str:
    return f"{when(story):%d/%m/%Y}"


def hometext(story: Story) -> str:
    return story.opts.get("hometext") or story.summary or ""


def cat_stories(cat: str) -> list[Story]:
    return [s for s in STORIES if cat in cats_of(s)]


def group_stories(group: str) -> list[Story]:
    return [s for s in STORIES if group in s.opts.get("groups", [])]


def latin_entities(escaped: str) -> str:
    """CKEditor 4's ``entities`` option: characters with an HTML 4 name become that reference."""
    out = []
    for ch in escaped:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def tx(story: Story, value: str) -> str:
    """Article text as this story's editor stored it."""
    form = story.opts.get("form", "")
    if form == "nfd":
        return text(value, nfd=True)
    if form == "latin":
        return latin_entities(text(value))
    return text(value)


def img_tag(src: str, alt: str = "", extra: str = 'width="800" height="533"') -> str:
    return f'<img alt="{esc(alt)}" src="{esc(src)}" {extra} />'


# --- the article's text -------------------------------------------------------------------------


def render_para(story: Story, block: P) -> str:
    style = block.style
    if style.startswith("link:"):
        _, target_id, anchor = style.split(":", 2)
        body = tx(story, block.text)
        target = BY_ID[int(target_id)]
        link = f'<a href="{esc(index_php_path(target))}">{tx(story, anchor)}</a>'
        return '<p style="text-align: justify;">' + body.replace(tx(story, anchor), link, 1) + "</p>"
    if style == "h":
        return f"<h3><strong>{tx(story, block.text)}</strong></h3>"
    if style == "b":
        return f'<p style="text-align: justify;"><strong>{tx(story, block.text)}</strong></p>'
    if style == "i":
        return f'<p style="text-align: justify;"><em>{tx(story, block.text)}</em></p>'
    return f'<p style="text-align: justify;">{tx(story, block.text)}</p>'


def render_img(story: Story, img: Img) -> str:
    alt = img.caption or ""
    printed = tx(story, img.printed) if img.printed else ""
    fixed = 'style="width: 800px; height: 533px;"'
    if img.style == "figure":
        tag = img_tag(img.src, alt, 'height="600" width="900"')
        return (
            '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
            f"{tag}<figcaption>{printed}</figcaption></figure>\n</div>"
        )
    if img.style == "table":
        tag = img_tag(img.src, alt, 'style="width: 100%; max-width: 760px;"')
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:100%">'
            f'<tbody><tr><td style="text-align:center">{tag}</td></tr>'
            '<tr><td style="text-align:center"><span style="font-size:12px;"><em>'
            f"{printed}</em></span></td></tr></tbody></table>"
        )
    if img.style == "credit":
        tag = img_tag(img.src, "", fixed)
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: right;"><em>{printed}</em></p>'
    # "p-em": the photo in a centred paragraph, the italic line in the next one
    tag = img_tag(img.src, alt, fixed)
    return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{printed}</em></p>'


def render_body(story: Story) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("homeimg"))]
    form = story.opts.get("form", "")
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
            i += 1
        elif form == "br" and (isinstance(block, P) or block.style == "br"):
            lines = []
            while i < len(blocks) and not isinstance(blocks[i], Raw):
                b = blocks[i]
                if isinstance(b, P):
                    lines.append(tx(story, b.text))
                else:
                    lines.append(
                        img_tag(b.src, b.caption or "", 'style="width:640px; height:427px"')
                        + "<br />\n"
                        + f"<em>{tx(story, b.printed or '')}</em>"
                    )
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\n<br />\n".join(lines) + "<br />\n&nbsp;</div>")
        elif isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{tx(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
        elif isinstance(block, P) and block.style in ("row", "rowh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "rowh"):
                b = blocks[i]
                cells = b.text.split(" | ")
                if b.style == "rowh":
                    cells_html = "".join(
                        f'<td style="text-align:center; background-color:#dbe8f5"><strong>{tx(story, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    cells_html = "".join(f"<td>{tx(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{cells_html}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:collapse">'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
            )
        elif isinstance(block, P):
            out.append(render_para(story, block))
            i += 1
        else:
            out.append(render_img(story, block))
            i += 1
    return "\n".join(out)


# --- chrome -------------------------------------------------------------------------------------


def breadcrumbs(items: list[tuple[str, str]]) -> str:
    crumbs = [("Trang nhất", "/"), *items]
    lis = "".join(
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{esc(href)}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (name, href) in enumerate(crumbs, 1)
    )
    return (
        '<div class="breadcrumbs-wrap">\n<div class="display">\n'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a>\n<ul class="breadcrumbs list-none"></ul>\n</div>\n'
        '<ul class="subs-breadcrumbs"></ul>\n'
        f'<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ul>\n'
        "</div>"
    )


def menu() -> str:
    cat_items = "".join(f'<li><a href="{MOD}/{a}/" title="{esc(n)}">{esc(n)}</a></li>' for a, n in CATS.items())
    return f"""<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default">
<span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>
<div class="collapse navbar-collapse" id="menu-site-default">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li class="dropdown" role="presentation"><a class="dropdown-toggle" role="button" aria-expanded="false" href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu"><li><a href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu chung">Giới thiệu chung</a></li><li><a href="/vi/about/chuc-nang-nhiem-vu.html" title="Chức năng, nhiệm vụ">Chức năng, nhiệm vụ</a></li><li><a href="/vi/about/co-cau-to-chuc.html" title="Cơ cấu tổ chức">Cơ cấu tổ chức</a></li></ul></li>
<li class="dropdown" role="presentation"><a class="dropdown-toggle" role="button" aria-expanded="false" href="{MOD}/" title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">{cat_items}<li><a href="{MOD}/groups/tin-noi-bat/" title="Tin nổi bật">Tin nổi bật</a></li></ul></li>
<li><a href="/vi/laws/" title="Văn bản chỉ đạo điều hành">Văn bản</a></li>
<li><a href="https://dichvucong.haugiang.gov.vn/" title="Thủ tục hành chính" target="_blank">Thủ tục hành chính</a></li>
<li><a href="https://hcm.edu.vn/" title="Cơ sở dữ liệu ngành" target="_blank">CSDL ngành</a></li>
<li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
</ul>
<div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..." /><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/vi/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>
</div></div></div></div></div>
</nav>"""


def marquee() -> str:
    notices = [s for s in STORIES if s.cat == "thong-bao"][:2]
    items = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(
        f'<a href="{art_path(s)}" title="{esc(s.title)}"><em class="fa fa-bell-o"></em> {esc(s.title)}</a>' for s in notices
    )
    return (
        '<div class="sgd-tbchay clearfix"><span class="sgd-tbchay-nhan">THÔNG BÁO</span>'
        f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{items}</marquee></div>'
    )


def block_news(title: str, href: str, stories: list[Story], with_thumb: bool = False) -> str:
    rows = []
    for s in stories:
        thumb = (
            f'<a href="{art_path(s)}" title="{esc(s.title)}"><img src="{s.opts["thumb"]}" alt="{esc(s.title)}" '
            'width="70" class="img-thumbnail pull-left margin-right-sm" /></a>'
            if with_thumb
            else ""
        )
        rows.append(
            f'<li class="clearfix">{thumb}<a class="show" href="{art_path(s)}" data-content="{esc(hometext(s))}" '
            f'data-img="{s.opts["thumb"]}" data-rel="block_news_tooltip">{esc(s.title)}</a>'
            f'<span class="sgd-ngay">({short_date(s)})</span></li>'
        )
    return (
        f'<div class="panel panel-primary"><div class="panel-heading"><a href="{href}" title="{esc(title)}">{esc(title)}</a></div>'
        f'<div class="panel-body"><ul class="block_news list-none list-items">{"".join(rows)}</ul></div></div>'
    )


def sidebar() -> str:
    newest = STORIES[:5]
    hits = [BY_ID[i] for i in TOPHITS]
    hit_rows = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> '
        f'<span class="text-muted">({s.views()} lượt xem)</span></li>'
        for s in hits
    )
    return f"""<div class="col-sm-8 col-md-8 sgd-cotphai">
{block_news("Tin mới", f"{MOD}/groups/tin-moi/", newest)}
<div class="panel panel-primary"><div class="panel-heading">Xem nhiều</div><div class="panel-body"><ul class="list-none sgd-xemnhieu">{hit_rows}</ul></div></div>
<div class="panel panel-default sgd-chude"><div class="panel-body text-center"><a href="{MOD}/topic/kiem-dinh-chat-luong-giao-duc/" title="Kiểm định chất lượng giáo dục"><img src="/uploads/banner/chu-de-kiem-dinh-clgd.png" alt="Chủ đề: Kiểm định chất lượng giáo dục" width="300" /></a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul class="list-none">
<li><em class="fa fa-file-text-o"></em> <a href="/vi/laws/detail/ke-hoach-2150-kh-sgddt-chuyen-doi-so-nam-2027/" title="Kế hoạch số 2150/KH-SGDĐT">2150/KH-SGDĐT</a> - Kế hoạch chuyển đổi số ngành Giáo dục năm 2027</li>
</ul><p class="text-right"><a href="/vi/laws/">Xem tất cả</a></p></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thư viện ảnh</div><div class="panel-body text-center">
<a href="/vi/photos/hinh-anh-hoat-dong/hoi-giang-giao-vien-gdtx-cap-tinh-2026-8/" title="Hội giảng giáo viên GDTX cấp tỉnh năm 2026"><img src="/uploads/photos/2026_11/album-hoi-giang-gdtx.jpg" alt="Hội giảng giáo viên GDTX cấp tỉnh năm 2026" width="300" class="img-thumbnail" /></a>
<p>Hội giảng giáo viên GDTX cấp tỉnh năm 2026</p></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">
<select class="form-control" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://haugiang.gov.vn">Cổng TTĐT tỉnh Hậu Giang</option>
<option value="https://baohaugiang.com.vn">Báo Hậu Giang</option><option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option></select></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body sgd-binhchon">
<p><strong>Bạn quan tâm nội dung nào nhất trên Cổng thông tin của Sở?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="11" /> Tin tức - sự kiện của ngành</label></div>
<div class="radio"><label><input type="radio" name="option" value="12" /> Thông báo, văn bản chỉ đạo</label></div>
<div class="radio"><label><input type="radio" name="option" value="13" /> Tuyển sinh, thi cử</label></div>
<input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.parentNode, '3', '1', 'c3e1b7a94d02f6', 'Bạn cần chọn một mục', '0');" />
<input class="btn btn-primary btn-sm" type="button" value="Kết quả" onclick="nv_sendvoting(this.parentNode, '3', 0, 'c3e1b7a94d02f6', '', '0');" /></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>37</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-sm"></em>Hôm nay</span><span>1.284</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>9.306</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3.912.446</span></li>
</ul></div></div>
</div>"""


FOOTER = f"""<footer id="footer">
<div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-10"><div class="panel-body">
<h3 class="margin-bottom">Thông tin liên hệ</h3>
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">{SITE}</span></li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Số 03 đường Ngô Quốc Trị, phường V, thành phố Vị Thanh, tỉnh Hậu Giang</span></span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:02933878727"><span itemprop="telephone">0293 3878 727</span></a> - Fax: 0293 3878 728</span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:sgddt@haugiang.gov.vn"><span itemprop="email">sgddt@haugiang.gov.vn</span></a></span></li>
</ul></div></div>
<div class="col-xs-24 col-sm-12 col-md-8"><div class="panel-body">
<p>Chịu trách nhiệm chính: Trần Quốc Hưng - Giám đốc Sở</p>
<p>Giấy phép số 05/GP-TTĐT ngày 14/3/2022 của Sở Thông tin và Truyền thông tỉnh Hậu Giang</p>
</div></div>
<div class="col-xs-24 col-sm-12 col-md-6"><div class="panel-body">
<a href="https://www.facebook.com/sogddthaugiang" target="_blank" rel="noopener"><em class="fa fa-facebook-square fa-2x"></em></a>
<a href="https://www.youtube.com/@sogddthaugiang" target="_blank" rel="noopener"><em class="fa fa-youtube-square fa-2x"></em></a>
<a href="{MOD}/rss/" title="RSS"><em class="fa fa-rss-square fa-2x"></em></a>
</div></div>
</div></div></div>
<div class="footer-bottom text-center">© Bản quyền thuộc về {esc(SITE_SHORT)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
Powered by <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a>. Design by <a href="https://vinades.vn" target="_blank">VINADES.,JSC</a></div>
<div class="bttop"><a class="pointer"><em class="fa fa-eject fa-lg"></em></a></div>
</footer>"""


def layout(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str]] | None,
    *,
    canonical: str,
    description: str = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hậu Giang",
    meta: str = "",
    home: bool = False,
    func: str = "main",
) -> Response:
    base = base_url(request)
    site_name = (
        f"<h1>{esc(SITE)}</h1><h2>Cổng thông tin điện tử</h2>"
        if home
        else f'<span class="site_name">{esc(SITE)}</span><span class="site_description">Cổng thông tin điện tử</span>'
    )
    bar = "" if crumbs is None else f"""<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">{breadcrumbs(crumbs)}</div>
<div class="col-xs-24 col-sm-6 col-md-6 text-right"><span class="current-time">{TODAY_LINE}</span></div>
</div></div></div></nav>"""
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="author" content="{esc(SITE)}" />
<meta name="copyright" content="{esc(SITE)} [sgddt@haugiang.gov.vn]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:description" content="{esc(description)}" />
<meta property="og:site_name" content="{esc(SITE)}" />
<meta property="og:url" content="{base}{esc(canonical)}" />
{meta}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="{base}{esc(canonical)}">
<link rel="alternate" href="{MOD}/rss/" title="Tin tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1733295044">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1733295044">
<link rel="StyleSheet" href="/themes/sgd_haugiang/css/bootstrap.min.css?t=1733295044">
<link rel="StyleSheet" href="/themes/sgd_haugiang/css/style.css?t=1733295044">
<link rel="StyleSheet" href="/themes/sgd_haugiang/css/news.css?t=1733295044">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="{func}",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Hg7x2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image";</script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="sgd-topbar"><div class="container"><span class="sgd-homnay"><em class="fa fa-calendar"></em> {TODAY_LINE}</span>
<span class="sgd-hotline pull-right"><em class="fa fa-phone"></em> Đường dây nóng: 0293 3878 727</span></div></div>
<div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(SITE)}" href="/"><img src="/uploads/logo-sgd-haugiang.png" width="90" height="90" alt="{esc(SITE)}" /></a>{site_name}</div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="sgd-banner"><img src="/uploads/banner/banner-top-sgd.jpg" alt="Ngành Giáo dục Hậu Giang - đổi mới, sáng tạo, hội nhập" width="760" /></div></div>
</div></div></header>
{menu()}
<section><div class="container" id="body">
{bar}
{marquee()}
<div class="row">
<div class="col-sm-16 col-md-16">
{main}
</div>
{sidebar()}
</div>
</div></section>
</div>
{FOOTER}
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/assets/js/jquery/jquery.min.js?t=1733295044"></script>
<script src="/assets/js/language/vi.js?t=1733295044"></script>
<script src="/assets/js/global.js?t=1733295044"></script>
<script src="/themes/default/js/news.js?t=1733295044"></script>
<script src="/themes/sgd_haugiang/js/main.js?t=1733295044"></script>
</body>
</html>"""
    return html(page)


# --- the article page ---------------------------------------------------------------------------


def lead_figures(story: Story) -> tuple[str, str]:
    """NukeViet's lead image: before the hometext (imgposition 1) or after it (imgposition 2)."""
    before = after = ""
    for img in story.images:
        if img.style == "homeimg-thumb":
            note = f"<figcaption>{tx(story, img.printed)}</figcaption>" if img.printed else ""
            before = (
                '<figure class="article left pointer" onclick="modalShowByObj(this);">'
                f'<div style="width:260px;"><p class="text-center"><img alt="{esc(img.printed or story.title)}" '
                f'src="{img.src}" width="260" class="img-thumbnail" /></p>{note}</div></figure>'
            )
        elif img.style == "homeimg-full":
            note = f"<figcaption>{tx(story, img.printed)}</figcaption>" if img.printed else ""
            after = (
                '<figure class="article center">'
                f'<img alt="{esc(img.printed or story.title)}" src="{img.src}" width="760" class="img-thumbnail" />'
                f"{note}</figure>"
            )
    return before, after


def voice_player(story: Story) -> str:
    return f"""<div class="news-voice margin-bottom-lg" id="newsVoicePlayer" data-id="{story.id}" data-checkss="9b1f03c4e2">
<div class="news-voice-heading"><em class="fa fa-headphones"></em> Nghe đọc bài viết</div>
<div class="news-voice-controls clearfix">
<button type="button" class="btn btn-primary btn-xs" data-toggle="newsVoicePlay"><em class="fa fa-play"></em> Phát</button>
<select class="form-control input-sm" name="voice_id"><option value="1" selected="selected">Giọng nữ miền Nam - Lan Nhi</option><option value="2">Giọng nam miền Bắc - Mạnh Dũng</option><option value="3">Giọng nữ miền Bắc - Ban Mai</option></select>
<span class="news-voice-duration">Thời lượng: 03:42</span>
</div>
<audio id="newsVoiceAudio" preload="none" src="/uploads/news/voices/{story.id}_1.mp3"></audio>
</div>"""


def author_box(story: Story) -> str:
    rows = []
    if story.opts.get("author_box"):
        rows.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_box"])}</p>')
    if story.opts.get("source_box"):
        name, url = story.opts["source_box"]
        shown = f'<a title="{esc(name)}" rel="nofollow" href="{esc(url)}" target="_blank">{esc(name)}</a>' if url else esc(name)
        rows.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{shown}</p>')
    return f'<div class="margin-bottom-lg">{"".join(rows)}</div>' if rows else ""


def files_panel(story: Story) -> str:
    items = []
    for n, (label, filename) in enumerate(story.opts.get("files", [])):
        link = f"{art_path(story)}?download=1&amp;id={n}"
        items.append(
            f'<div class="list-group-item"><span class="badge"><a role="button" data-toggle="collapse" '
            f'href="#nv-file-{story.id}-{n}" aria-expanded="false"><i class="fa fa-eye" data-rel="tooltip" '
            f'data-content="Xem trước"></i></a></span><a href="{link}" title="{esc(filename)}" download>'
            f'<em class="fa fa-file-pdf-o"></em> {esc(label)}</a><div class="clearfix"></div>'
            f'<div class="collapse" id="nv-file-{story.id}-{n}" data-src="{art_path(story)}?pdf=1&amp;id={n}" '
            'data-toggle="collapsepdf" data-loaded="false"><div style="height:10px"></div>'
            f'<iframe class="well well-sm margin-bottom-lg" style="width:100%;height:600px" data-src="{art_path(story)}?pdf=1&amp;id={n}"></iframe></div></div>'
        )
    if not items:
        return ""
    return (
        '<div class="news_column panel panel-default"><div class="panel-heading"><em class="fa fa-download"></em> '
        f'<strong>Tập tin đính kèm</strong></div><div class="panel-body"><div class="list-group news-download-file">{"".join(items)}</div></div></div>'
    )


def tags_panel(story: Story) -> str:
    tags = story.opts.get("tags", [])
    if not tags:
        return ""
    links = ", ".join(f'<a title="{esc(TAGS[t])}" href="{MOD}/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords">{links}</span></div></div></div>'
    )


def rating_panel(story: Story) -> str:
    votes = 3 + story.id % 9
    points = votes * 4 + story.id % 5
    stars = "".join(
        f'<input class="hover-star" type="radio" value="{n}" title="{t}" />'
        for n, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1)
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        f'<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>'
        f'<div style="display: none"><span itemprop="ratingValue">{points / votes:.1f}</span></div>'
        f'<div class="col-xs-24 col-md-12"><strong>Click để đánh giá bài viết</strong></div><div class="col-xs-24 col-md-12">{stars}</div>'
        '</div></form></div></div>'
    )


def comments_panel(story: Story) -> str:
    rows = "".join(
        '<div class="comment-list media margin-bottom-lg"><a class="pull-left" href="#">'
        f'<img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" alt="{esc(who)}" width="40" /></a>'
        f'<div class="media-body"><h4 class="media-heading"><a href="#">{esc(who)}</a> <span class="text-muted">{when_}</span></h4>'
        f"<p>{esc(what)}</p><p class=\"text-right\"><a href=\"#\" class=\"comment-reply\">Trả lời</a> <em class=\"fa fa-thumbs-o-up\"></em> 2</p></div></div>"
        for who, when_, what in story.opts.get("comments", [])
    )
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="news" data-area="8" data-id="{story.id}" data-allowed="4" data-checkss="e0d9a7f1c2">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
<div class="col-xs-12 text-right"><select id="sort" class="form-control"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div></div>
<div id="showcomment" class="margin-bottom-lg">{rows}</div>
<div id="formcomment"><div class="alert alert-info">Bạn cần <a href="javascript:void(0)" onclick="loginForm('');">đăng nhập</a> để bình luận. Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.</div></div>
</div></div></div>"""


def other_news(story: Story, cat: str) -> str:
    parts = []
    topic = story.opts.get("topic")
    if topic:
        same = [s for s in STORIES if s.opts.get("topic") == topic and s is not story]
        items = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> '
            f"<em>({short_date(s)})</em></li>"
            for s in same
        )
        parts.append(
            f'<p class="h3"><strong>Cùng chủ đề</strong> <a title="{esc(TOPICS[topic])}" href="{MOD}/topic/{topic}/">'
            f'<em>{esc(TOPICS[topic])}</em></a></p><div class="clearfix"><ul class="related list-items">{items}</ul></div>'
        )
    listing = cat_stories(cat)
    newer = listing[: listing.index(story)][-3:]
    if newer:
        items = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a class="list-inline" href="{art_path(s, cat)}" title="{esc(s.title)}">'
            f"{esc(s.title)}</a> <em>({short_date(s)})</em></li>"
            for s in newer
        )
        parts.append(f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{items}</ul></div>')
    if not parts:
        return ""
    return f'<div class="news_column panel panel-default"><div class="panel-body other-news">{"".join(parts)}</div></div>'


def og_image(story: Story) -> str:
    if story.opts.get("og_image"):
        return story.opts["og_image"]
    imgs = story.images
    return imgs[0].src if imgs else "/uploads/logo-sgd-haugiang.png"


def detail_page(request: Request, story: Story, cat: str) -> Response:
    base = base_url(request)
    canonical = art_path(story)
    before, after = lead_figures(story)
    if story.opts.get("hide_hometext"):
        lead = ""
    else:
        lead = (
            f'<div class="clearfix">{before}<div class="hometext m-bottom" itemprop="description">'
            f"{tx(story, hometext(story))}</div>{after}</div>"
        )
    edit_line = (
        f'<span class="sgd-capnhat text-muted"> &nbsp;<em class="fa fa-pencil"></em> Cập nhật: {when(story, "edit"):%d/%m/%Y %H:%M}</span>'
        if story.opts.get("show_edit")
        else ""
    )
    email_js = (
        f"nv_open_browse('{tool_path('sendmail', story)}','',650,500,'resizable=no,scrollbars=no,toolbar=no,location=no,status=no');return false"
    )
    print_js = (
        f"nv_open_browse('{tool_path('print', story)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"
    )
    copyright_note = (
        '<div class="alert alert-info margin-bottom-lg"><strong>Chú ý:</strong> Việc đăng lại bài viết trên ở website '
        f"hoặc các phương tiện truyền thông mà không ghi rõ nguồn {base}/ là vi phạm bản quyền</div>"
    )
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{story.opts["poster"]}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{iso(when(story))}</span>
<span class="hidden hide d-none" itemprop="dateModified">{iso(when(story, "edit"))}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">{base}{canonical}</span>
<span class="hidden hide d-none" itemprop="image">{base}{og_image(story)}</span>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{esc(SITE)}</span><span itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope><span itemprop="url">{base}/uploads/logo-sgd-haugiang.png</span></span></div>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{detail_date(story)}</span>{edit_line}</div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="{email_js}"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="{print_js}"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{tool_path("savefile", story)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
{voice_player(story) if story.opts.get("voice") else ""}
{lead}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}
</div>
{files_panel(story)}
{author_box(story)}
{copyright_note}
</div>
</div>
{tags_panel(story)}
{rating_panel(story)}
<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix margin-bottom-lg">
<div class="fb-like" data-href="{base}{canonical}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<div class="zalo-share-button" data-href="{base}{canonical}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
</div></div></div>
{comments_panel(story)}
{other_news(story, cat)}"""
    published = when(story)
    meta = f"""<meta property="og:type" content="article" />
<meta property="og:image" content="{base}{og_image(story)}" />
<meta property="article:published_time" content="{iso(published)}" />
<meta property="article:modified_time" content="{iso(when(story, "edit"))}" />
<meta property="article:section" content="{esc(CATS[story.cat])}" />
{"".join(f'<meta property="article:tag" content="{esc(TAGS[t])}" />' for t in story.opts.get("tags", []))}
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{esc(story.opts.get("titlesite") or story.title)}" />"""
    page_title = story.opts.get("titlesite") or story.title
    return layout(
        request,
        f"{page_title} - {CATS[cat]} - {SITE_SHORT}",
        main,
        [("Tin tức", f"{MOD}/"), (CATS[cat], f"{MOD}/{cat}/")],
        canonical=canonical,
        description=hometext(story),
        meta=meta,
        func="detail",
    )


def print_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    author = story.opts.get("author_box")
    src = story.opts.get("source_box")
    credits = ""
    if author:
        credits += f"<strong>Tác giả:</strong> {esc(author)}"
    if src:
        credits += (", " if credits else "") + f"<strong>Nguồn tin:</strong> {esc(src[0])}"
    lead = "" if story.opts.get("hide_hometext") else f'<div id="hometext">{tx(story, hometext(story))}</div>'
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}{art_path(story)}" />
<link rel="StyleSheet" href="/themes/sgd_haugiang/css/news.print.css" type="text/css" />
</head>
<body>
<div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SITE)}</h2><p class="pull-right"><a title="{esc(SITE)}" href="{base}/">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="info list-inline"><li>Ngày đăng: {detail_date(story)}</li></ul>
<div class="clear"></div>
{lead}
<div class="bodytext">{render_body(story)}</div>
<div id="author">{credits}</div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{base}{art_path(story)}" title="{esc(story.title)}">{base}{art_path(story)}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {esc(SITE)}</div>
<div id="contact"><a href="mailto:sgddt@haugiang.gov.vn">sgddt@haugiang.gov.vn</a></div>
<div class="text-center">[ <a href="javascript:;" onclick="window.print()">Bản in</a> ] [ <a href="javascript:;" onclick="window.close()">Đóng cửa sổ</a> ]</div>
</div>
</div>
</body></html>"""
    return html(page)


def savefile_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    lead = "" if story.opts.get("hide_hometext") else f"<p><strong>{tx(story, hometext(story))}</strong></p>"
    author = story.opts.get("author_box")
    credit = f'<p style="text-align:right"><strong>Tác giả:</strong> {esc(author)}</p>' if author else ""
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title></head>
<body>
<h2>{esc(story.title)}</h2>
<p>{detail_date(story)}</p>
{lead}
{render_body(story)}
{credit}
<hr /><p>Bài viết được lưu từ: <a href="{base}{art_path(story)}">{base}{art_path(story)}</a></p>
<p>&copy; {esc(SITE)}</p>
</body></html>"""
    filename = f"{story.slug}-{story.id}.html"
    return html(page, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def sendmail_page(request: Request, story: Story) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow" /></head>
<body><div id="sendmail"><h3 class="text-center">Gửi bài viết qua email</h3>
<form id="sendmailForm" action="{tool_path("sendmail", story)}" method="post" class="form-horizontal">
<div class="form-group"><label>Tên của bạn</label><input type="text" name="name" class="form-control" /></div>
<div class="form-group"><label>Email của bạn</label><input type="email" name="youremail" class="form-control" /></div>
<div class="form-group"><label>Email người nhận</label><input type="email" name="email" class="form-control" /></div>
<div class="form-group"><label>Lời nhắn</label><textarea name="content" class="form-control" rows="4">{esc(story.title)}</textarea></div>
<input type="hidden" name="checkss" value="a81c9f02" /><input type="submit" name="send" value="Gửi" class="btn btn-primary" />
</form></div></body></html>"""
    return html(page)


# --- listings -----------------------------------------------------------------------------------


def pages_needed(count: int, per_page: int) -> int:
    return max(1, -(-count // per_page))


def pagination(base: str, page: int, total: int) -> str:
    """NukeViet's ``nv_alias_page``: page 1 is the bare base, the others ``<base>/page-<n>``."""
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return base + "/" if n == 1 else f"{base}/page-{n}"

    items = []
    if page > 1:
        items.append(f'<li><a rel="prev" title="Trang trước" href="{href(page - 1)}">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&laquo;</span></li>')
    for n in range(1, total + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            rel = "next" if n == page + 1 else "prev" if n == page - 1 else ""
            rel_attr = f' rel="{rel}"' if rel else ""
            items.append(f'<li><a{rel_attr} title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if page < total:
        items.append(f'<li><a rel="next" title="Trang sau" href="{href(page + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&raquo;</span></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def list_item(story: Story, cat: str | None = None) -> str:
    link = art_path(story, cat)
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<a href="{link}" title="{esc(story.title)}"><img alt="{esc(story.title)}" src="{story.opts["thumb"]}" width="183" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{link}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {list_date(story)}</li>
<li><em class="fa fa-eye">&nbsp;</em> Đã xem: {story.views()}</li>
<li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: {len(story.opts.get("comments", []))}</li>
</ul></div>
<div class="sgd-tomtat">{tx(story, hometext(story))}</div>
</div></div>"""


def category_page(request: Request, cat: str, page: int) -> Response:
    stories = cat_stories(cat)
    total = pages_needed(len(stories), CAT_PER_PAGE)
    chunk = stories[(page - 1) * CAT_PER_PAGE : page * CAT_PER_PAGE]
    base = f"{MOD}/{cat}"
    path = base + "/" if page == 1 else f"{base}/page-{page}"
    main = (
        f'<div class="news_column"><div class="page-header sgd-tieude-cm"><h1>{esc(CATS[cat])}</h1></div>'
        + "\n".join(list_item(s, cat) for s in chunk)
        + pagination(base, page, total)
        + "</div>"
    )
    suffix = "" if page == 1 else f" - Trang {page}"
    return layout(
        request,
        f"{CATS[cat]}{suffix} - {SITE_SHORT}",
        main,
        [("Tin tức", f"{MOD}/"), (CATS[cat], f"{MOD}/{cat}/")],
        canonical=path,
        func="viewcat",
    )


def compact_list(stories: list[Story], old_alias: bool = False) -> str:
    rows = []
    for s in stories:
        slug = s.opts.get("old_slug") if old_alias and s.opts.get("old_slug") else None
        link = art_path(s, slug=slug)
        rows.append(
            f"""<div class="news_column panel panel-default"><div class="panel-body">
<a href="{link}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{s.opts["thumb"]}" width="120" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<p><em class="fa fa-clock-o">&nbsp;</em><em>{list_date(s)}</em></p>
<p class="text-justify">{tx(s, hometext(s))}</p>
</div></div>"""
        )
    return "\n".join(rows)


def group_page(request: Request, group: str, page: int) -> Response:
    stories = group_stories(group)
    total = pages_needed(len(stories), GROUP_PER_PAGE)
    chunk = stories[(page - 1) * GROUP_PER_PAGE : page * GROUP_PER_PAGE]
    base = f"{MOD}/groups/{group}"
    path = base + "/" if page == 1 else f"{base}/page-{page}"
    main = (
        f'<div class="news_column"><div class="alert alert-info clearfix"><h1>{esc(GROUPS[group])}</h1></div>'
        + compact_list(chunk)
        + pagination(base, page, total)
        + "</div>"
    )
    return layout(
        request,
        f"{GROUPS[group]} - Tin tức - {SITE_SHORT}",
        main,
        [("Tin tức", f"{MOD}/"), (GROUPS[group], f"{MOD}/groups/{group}/")],
        canonical=path,
        func="groups",
    )


def topic_page(request: Request, topic: str) -> Response:
    stories = [s for s in STORIES if s.opts.get("topic") == topic]
    main = (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<h1 class="margin-bottom">{esc(TOPICS[topic])}</h1>'
        '<img src="/uploads/news/topics/kiem-dinh-clgd.jpg" alt="" width="160" class="img-thumbnail pull-left" />'
        "<p>Các tin bài về công tác tự đánh giá, đánh giá ngoài, công nhận trường đạt kiểm định chất lượng giáo "
        "dục và đạt chuẩn quốc gia trên địa bàn tỉnh.</p></div></div>"
        + compact_list(stories)
    )
    return layout(
        request,
        f"{TOPICS[topic]} - Chủ đề - {SITE_SHORT}",
        main,
        [("Tin tức", f"{MOD}/"), (TOPICS[topic], f"{MOD}/topic/{topic}/")],
        canonical=f"{MOD}/topic/{topic}/",
        func="topic",
    )


def tag_page(request: Request, tag: str) -> Response:
    stories = [s for s in STORIES if tag in s.opts.get("tags", [])]
    main = (
        f'<div class="page-header"><h1><em class="fa fa-tags"></em> {esc(TAGS[tag])}</h1></div>'
        + compact_list(stories, old_alias=True)
    )
    return layout(
        request,
        f"{TAGS[tag]} - Tags - {SITE_SHORT}",
        main,
        [("Tin tức", f"{MOD}/"), (TAGS[tag], f"{MOD}/tag/{tag}")],
        canonical=f"{MOD}/tag/{tag}",
        func="tag",
    )


def home_page(request: Request) -> Response:
    featured = group_stories("tin-noi-bat")
    top = featured[0]
    others = "".join(
        f'<li class="clearfix"><a href="{art_path(s)}" title="{esc(s.title)}"><img src="{s.opts["thumb"]}" alt="" '
        'class="img-thumbnail pull-left" style="width:80px;" /></a>'
        f'<a class="show" href="{art_path(s)}" data-content="{esc(hometext(s))}" data-img="{s.opts["thumb"]}" '
        f'data-rel="block_tooltip">{esc(s.title)}</a></li>'
        for s in featured[1:]
    )
    hot = f"""<div class="panel panel-default sgd-noibat"><div class="panel-heading"><a href="{MOD}/groups/tin-noi-bat/" title="Tin nổi bật"><em class="fa fa-star"></em> Tin nổi bật</a></div>
<div class="panel-body"><div class="row">
<div class="col-md-14"><a href="{art_path(top)}" title="{esc(top.title)}"><img src="{top.opts["thumb"]}" alt="{esc(top.title)}" class="img-responsive" /></a>
<h2><a href="{art_path(top)}" title="{esc(top.title)}">{esc(top.title)}</a></h2><p>{tx(top, hometext(top))}</p></div>
<div class="col-md-10"><ul class="block_groups list-none list-items">{others}</ul></div>
</div></div></div>"""
    boxes = []
    for cat, name in CATS.items():
        items = cat_stories(cat)[:3]
        first, rest = items[0], items[1:]
        rest_html = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(s, cat)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
            for s in rest
        )
        boxes.append(
            f"""<div class="news_column panel panel-default"><div class="panel-heading"><h4 class="panel-title"><a title="{esc(name)}" href="{MOD}/{cat}/"><span>{esc(name)}</span></a></h4></div>
<div class="panel-body"><div class="row">
<div class="col-md-12"><a href="{art_path(first, cat)}" title="{esc(first.title)}"><img src="{first.opts["thumb"]}" alt="{esc(first.title)}" width="200" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{art_path(first, cat)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>
<p class="text-muted"><em class="fa fa-clock-o"></em> {list_date(first)}</p></div>
<div class="col-md-12"><ul class="related list-items">{rest_html}</ul></div>
</div></div></div>"""
        )
    return layout(
        request,
        f"{SITE} - Cổng thông tin điện tử",
        hot + "\n".join(boxes),
        None if request.path == "/" else [("Tin tức", f"{MOD}/")],
        canonical="/" if request.path == "/" else f"{MOD}/",
        home=request.path == "/",
    )


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"""<item><title>{esc(s.title)}</title><link>{base}{art_path(s)}</link><guid isPermaLink="false">news_{s.id}</guid>
<description><![CDATA[<img src="{base}{s.opts["thumb"]}" width="100" align="left" border="0">{hometext(s)}]]></description>
<pubDate>{when(s).strftime("%a, %d %b %Y %H:%M:%S")} +0700</pubDate></item>
"""
        for s in STORIES[:10]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>{esc(SITE_SHORT)} - Tin tức</title><link>{base}{MOD}/</link>
<atom:link href="{base}{MOD}/rss/" rel="self" type="application/rss+xml" />
<description>Tin tức của {esc(SITE)}</description><language>vi</language>
<copyright>{esc(SITE)}</copyright><generator>NukeViet v4.5</generator>
<image><url>{base}/uploads/logo-sgd-haugiang.png</url><title>{esc(SITE_SHORT)}</title><link>{base}/</link></image>
{items}</channel></rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- other modules (the non-articles) -----------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        "Thứ hai - 10/03/2025 09:12",
        [
            "Sở Giáo dục và Đào tạo tỉnh Hậu Giang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, "
            "giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường "
            "xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế "
            "và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, "
            "nghiệp vụ của Bộ Giáo dục và Đào tạo.",
            "Toàn tỉnh hiện có 268 cơ sở giáo dục mầm non, phổ thông và giáo dục thường xuyên với hơn 160.000 học "
            "sinh và trên 10.500 cán bộ quản lý, giáo viên, nhân viên.",
        ],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        "Thứ hai - 10/03/2025 09:20",
        [
            "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng "
            "năm; chương trình, đề án, dự án về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục; quản lý công tác tuyển sinh, thi "
            "cử, cấp phát văn bằng, chứng chỉ; quản lý chất lượng giáo dục và kiểm định chất lượng giáo dục.",
            "Thực hiện công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng, tiêu "
            "cực trong lĩnh vực giáo dục theo quy định của pháp luật.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "Thứ năm - 08/05/2025 15:30",
        [
            "Lãnh đạo Sở: Giám đốc Trần Quốc Hưng; các Phó Giám đốc Phạm Thị Kim Loan, Nguyễn Thành Đạt.",
            "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán "
            "bộ; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Giáo dục thường xuyên - Chuyên "
            "nghiệp; Phòng Khảo thí và Kiểm định chất lượng giáo dục.",
            "Đơn vị sự nghiệp trực thuộc: 33 trường trung học phổ thông, Trường Phổ thông Dân tộc nội trú tỉnh và "
            "Trung tâm Giáo dục thường xuyên tỉnh.",
        ],
    ),
}


def about_page(request: Request, alias: str) -> Response:
    title, date_line, paras = ABOUT[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="name">{esc(title)}</h1>
<div class="margin-bottom-lg"><div class="text-muted"><ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o"></em> {date_line}</li><li><em class="fa fa-eye"></em> Đã xem: 5612</li></ul></div></div>
<div class="clearfix"></div>
<div class="bodytext">{body}</div>
</div></div>
<div class="page panel panel-default"><div class="panel-body"><ul class="nv-list-item">
{"".join(f'<li><em class="fa fa-angle-right"></em> <a href="/vi/about/{a}.html" title="{esc(t)}">{esc(t)}</a></li>' for a, (t, _, _) in ABOUT.items() if a != alias)}
</ul></div></div>"""
    return layout(
        request,
        f"{title} - Giới thiệu - {SITE_SHORT}",
        main,
        [("Giới thiệu", "/vi/about/gioi-thieu-chung.html"), (title, f"/vi/about/{alias}.html")],
        canonical=f"/vi/about/{alias}.html",
        func="main",
    )


def contact_page(request: Request) -> Response:
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="margin-bottom-lg">Liên hệ</h1>
<div class="contact-info"><p><strong>{esc(SITE)}</strong></p>
<p><em class="fa fa-map-marker"></em> Số 03 đường Ngô Quốc Trị, phường V, thành phố Vị Thanh, tỉnh Hậu Giang</p>
<p><em class="fa fa-phone"></em> Văn phòng: 0293 3878 727 - Phòng Khảo thí và KĐCLGD: 0293 3870 416</p>
<p><em class="fa fa-envelope"></em> sgddt@haugiang.gov.vn</p></div>
<form method="post" action="/vi/contact/" class="form-horizontal sgd-lienhe" onsubmit="return nv_validForm(this);">
<div class="form-group"><label>Bộ phận nhận</label><select name="fpart" class="form-control"><option value="1">Văn phòng Sở</option><option value="2">Phòng Giáo dục Trung học</option><option value="3">Phòng Khảo thí và KĐCLGD</option></select></div>
<div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control required" /></div>
<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control required" /></div>
<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control required" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="fcon" rows="5" class="form-control required"></textarea></div>
<input type="hidden" name="checkss" value="5ac7d0e19b" /><input type="submit" value="Gửi thư" name="btsend" class="btn btn-primary" />
</form></div></div>"""
    return layout(request, f"Liên hệ - {SITE_SHORT}", main, [("Liên hệ", "/vi/contact/")], canonical="/vi/contact/", func="main")


LAW_PATH = "/vi/laws/detail/ke-hoach-2150-kh-sgddt-chuyen-doi-so-nam-2027/"


def laws_page(request: Request) -> Response:
    main = f"""<div class="panel panel-default"><div class="panel-body"><h1>Văn bản chỉ đạo điều hành</h1>
<table class="table table-striped table-bordered"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody><tr><td><a href="{LAW_PATH}">2150/KH-SGDĐT</a></td><td>25/11/2026</td><td>Kế hoạch chuyển đổi số ngành Giáo dục năm 2027</td></tr></tbody></table>
</div></div>"""
    return layout(request, f"Văn bản - {SITE_SHORT}", main, [("Văn bản", "/vi/laws/")], canonical="/vi/laws/", func="main")


def law_detail_page(request: Request) -> Response:
    main = """<div class="panel panel-default"><div class="panel-body">
<h1 class="margin-bottom-lg">Kế hoạch chuyển đổi số ngành Giáo dục năm 2027</h1>
<table class="table table-bordered table-striped laws-detail"><tbody>
<tr><th>Số ký hiệu</th><td>2150/KH-SGDĐT</td></tr>
<tr><th>Ngày ban hành</th><td>25/11/2026</td></tr>
<tr><th>Ngày hiệu lực</th><td>25/11/2026</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>Trần Quốc Hưng</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch triển khai các hoạt động chuyển đổi số ngành Giáo dục tỉnh Hậu Giang năm 2027</td></tr>
<tr><th>Tập tin</th><td><a href="/uploads/laws/2150-kh-sgddt.pdf"><em class="fa fa-file-pdf-o"></em> 2150-kh-sgddt.pdf</a></td></tr>
</tbody></table></div></div>"""
    return layout(
        request,
        f"Kế hoạch 2150/KH-SGDĐT - Văn bản - {SITE_SHORT}",
        main,
        [("Văn bản", "/vi/laws/"), ("2150/KH-SGDĐT", LAW_PATH)],
        canonical=LAW_PATH,
        func="detail",
    )


ALBUM_PATH = "/vi/photos/hinh-anh-hoat-dong/hoi-giang-giao-vien-gdtx-cap-tinh-2026-8/"


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-xs-12 col-md-8"><a href="/uploads/photos/2026_11/hoi-giang-gdtx-{n}.jpg" data-fancybox="gallery" '
        f'title="Hội giảng GDTX - ảnh {n}"><img src="/uploads/photos/2026_11/thumb/hoi-giang-gdtx-{n}.jpg" alt="Hội giảng GDTX - ảnh {n}" '
        'class="img-thumbnail" /></a></div>'
        for n in range(1, 7)
    )
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1>Hội giảng giáo viên GDTX cấp tỉnh năm 2026</h1>
<p class="text-muted"><em class="fa fa-clock-o"></em> 16/11/2026 | <em class="fa fa-camera"></em> 6 ảnh | Đã xem: 418</p>
<p>Một số hình ảnh tại Hội giảng giáo viên dạy giỏi giáo dục thường xuyên cấp tỉnh năm học 2026-2027.</p>
<div class="row sgd-album">{photos}</div></div></div>"""
    return layout(
        request,
        f"Hội giảng giáo viên GDTX cấp tỉnh năm 2026 - Thư viện ảnh - {SITE_SHORT}",
        main,
        [("Thư viện ảnh", ALBUM_PATH), ("Hội giảng giáo viên GDTX cấp tỉnh năm 2026", ALBUM_PATH)],
        canonical=ALBUM_PATH,
        func="detail",
    )


# --- routing ------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/vi/news/(?:(print|savefile|sendmail)/)?([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/vi/news/([a-z0-9-]+)/(?:page-(\d+))?$")
_GROUP = re.compile(r"^/vi/news/groups/([a-z0-9-]+)/(?:page-(\d+))?$")


def _article_response(request: Request, cat: str, slug: str, sid: int, tool: str | None = None) -> Response | None:
    story = BY_ID.get(sid)
    if story is None or cat not in cats_of(story):
        return None
    if tool:
        if cat != story.cat or slug != story.slug:
            return None
        return {"print": print_page, "savefile": savefile_page, "sendmail": sendmail_page}[tool](request, story)
    if slug != story.slug:
        return redirect(art_path(story), 301)
    params = request.params
    if "download" in params or "pdf" in params:
        files = story.opts.get("files", [])
        n = params.get("id", "")
        if not n.isdigit() or int(n) >= len(files):
            return None
        disposition = "attachment" if "download" in params else "inline"
        return Response(
            200,
            PDF,
            {"Content-Type": "application/pdf", "Content-Disposition": f'{disposition}; filename="{files[int(n)][1]}"'},
        )
    return detail_page(request, story, cat)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", f"{MOD}/") and not request.query:
            return home_page(request)
        if path == "/index.php":
            params = request.params
            op = params.get("op", "")
            m = re.fullmatch(r"([a-z0-9-]+)/([a-z0-9-]+)-(\d+)", op)
            if params.get("language") == "vi" and params.get("nv") == "news" and m:
                return _article_response(Request("GET", "/", "", request.headers), m[1], m[2], int(m[3]))
            return None
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".mp3"):
                return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
            return static_file(path)
        if path == f"{MOD}/rss/":
            return rss(request)
        if m := _ARTICLE.match(path):
            return _article_response(request, m[2], m[3], int(m[4]), m[1])
        if m := _GROUP.match(path):
            group, page = m[1], int(m[2] or 1)
            if group not in GROUPS or (m[2] and page < 2):
                return None
            if page > pages_needed(len(group_stories(group)), GROUP_PER_PAGE):
                return redirect(f"{MOD}/groups/{group}/", 301)
            return group_page(request, group, page)
        if path.startswith(f"{MOD}/topic/"):
            topic = path[len(f"{MOD}/topic/") :].rstrip("/")
            return topic_page(request, topic) if topic in TOPICS and path.endswith("/") else None
        if path.startswith(f"{MOD}/tag/"):
            tag = path[len(f"{MOD}/tag/") :]
            return tag_page(request, tag) if tag in TAGS else None
        if m := _CAT.match(path):
            cat, page = m[1], int(m[2] or 1)
            if cat not in CATS or (m[2] and page < 2):
                return None
            if page > pages_needed(len(cat_stories(cat)), CAT_PER_PAGE):
                return redirect(f"{MOD}/{cat}/", 301)
            return category_page(request, cat, page)
        if path.startswith(f"{MOD}/") and path[len(MOD) + 1 :] in CATS:
            return redirect(path + "/", 301)
        if path.startswith("/vi/about/") and path.endswith(".html"):
            alias = path[len("/vi/about/") : -len(".html")]
            return about_page(request, alias) if alias in ABOUT else None
        if path == "/vi/contact/":
            return contact_page(request)
        if path == "/vi/laws/":
            return laws_page(request)
        if path == LAW_PATH:
            return law_detail_page(request)
        if path == ALBUM_PATH:
            return album_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [tool_path("print", story), tool_path("savefile", story)]
    alts += [art_path(story, cat) for cat in cats_of(story) if cat != story.cat]
    if story.id == 350:
        alts.append(index_php_path(story))
    return gold_record(story, art_path(story), CATS[story.cat], canonical_path=art_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/vi/about/gioi-thieu-chung.html",
    "/vi/about/chuc-nang-nhiem-vu.html",
    "/vi/about/co-cau-to-chuc.html",
    "/vi/contact/",
    LAW_PATH,
    ALBUM_PATH,
]
