"""Sở GD&ĐT Quảng Trị on a Django portal built by a provincial software company ("QTSoft
eGov Portal 3", Django 4.2, Bootstrap 4 theme, CKEditor 4 for the rich text).

Platform
--------
A vendor product sold to many departments of the province: one Django project, apps ``news``,
``documents`` (văn bản), ``gallery``, ``pages``. Templates were written by different people over
the years, so the news template and the notice template do not share class names or nesting.
Django conventions show through: ``APPEND_SLASH`` (an address without its final slash answers
301 to the slash form), ``Paginator.get_page`` (``?page=abc`` is page 1, ``?page=99`` is the
*last* page, with status 200), query-only relative pager links (``href="?page=2"``).

URL scheme
----------
- ``/`` home: "Tin nổi bật" slider (links carry ``?utm_source=trangchu&utm_medium=slider``),
  "Tin mới" (the 6 newest news articles), one box per category (its 3 newest entries), sidebar.
- ``/tin-tuc/<yyyy>/<mm>/<slug>/``: an article (the canonical form, ``rel=canonical``).
- ``/bai-viet/<id>/``: the same article by its database id (the related lists, the inline
  "Tin liên quan" boxes and the e-mail tool link there); same page, ``rel=canonical`` to the
  slug form. ``/bai-viet/<id>/in/``: the print view ("In bài"), no chrome, no canonical.
- ``/chuyen-muc/<slug>/?page=<n>``: category listing, 10 entries per page, a numbered pager
  written with query-only hrefs (``?page=2``) and a "Xem thêm" button whose ``data-url``
  (``?page=2&ajax=1``) a script fetches: the answer is an HTML fragment of ``<li>`` entries.
- ``/van-ban/<id>/``: a document entry (số hiệu, ngày ban hành, trích yếu, PDF). The Thông báo
  and Khảo thí - Kiểm định listings mix these entries with articles, which pushes the older
  articles to list pages 2 and 3.
- ``/gioi-thieu/``, ``/lien-he/`` (contact form), ``/lich-cong-tac/`` (weekly schedule),
  ``/thu-vien-anh/<slug>/`` (a photo album): pages that are not articles.
- ``/media/uploads/<yyyy>/<mm>/<file>``: photos and PDFs; ``/static/``: theme files.
- No robots.txt, no sitemap (the vendor never shipped them): 404.

Article templates
-----------------
News (Tin tức - Sự kiện, Giáo dục trung học, Giáo dục mầm non - tiểu học)::

    <ol class="breadcrumb"> Trang chủ › <a href="/chuyen-muc/…/">Category</a> </ol>
    <article class="news-detail">
      <p class="news-kicker">…</p>              (some: a kicker line above the headline)
      <h1 class="news-title">…</h1>
      <div class="news-meta"> Ngày đăng … | Cập nhật … | Lượt xem … | Tác giả … </div>
      <div class="news-tools"> Facebook, Zalo, In bài, Gửi email, A- A+ </div>
      <div class="news-sapo"><strong>…</strong></div>   (some)
      <div class="news-content rich-text"> CKEditor HTML </div>
      <div class="news-source">Nguồn: …</div>            (some)
      <div class="news-attach"> Tệp đính kèm </div>      (some)
      <div class="news-tags"> Từ khóa </div>
    </article>
    <section class="other-news"> "Các tin khác" (links by /bai-viet/<id>/) </section>

Notice (Khảo thí - Kiểm định, Thông báo): the site name is the page's only ``<h1>``
(``h1.logo-text`` in the header), the headline is ``<h2 class="post-title">``; path line
``div.duong-dan`` with " / ", one info line ``div.post-info`` ("Đăng lúc 03:15 CH, 30/11/2026 -
Người đăng: quantri"), text in ``div.post-body``, then "Các tin mới hơn" (newer entries of the
category only).

How each gold article is reached
--------------------------------
- The 6 newest news articles: home "Tin mới", the category boxes, category page 1.
- The three slider articles also with the utm parameters (alt paths).
- ``tap-huan-tu-danh-gia-co-so-giao-duc`` (Khảo thí): only on ``/chuyen-muc/khao-thi-kiem-dinh/``
  page 2 (10 document entries and one newer article above it) and its Xem thêm fragment.
- ``thong-bao-tuyen-dung-vien-chuc-2026``: only on ``/chuyen-muc/thong-bao/?page=2``;
  ``thong-bao-nghi-hoc-tranh-bao-so-10``: only on page 3 (20 document entries interleaved).
- ``hoi-thao-cong-chuc-vien-chuc-nganh-giao-duc-2026``: not on the home page (too old for "Tin
  mới" and its box); only category page 1 and the "Các tin khác" lists (by ``/bai-viet/<id>/``).

Traps
-----
1. Two URL forms of one article plus a print view plus utm-tagged slider links. Gold path = the
   slug form (the ``rel=canonical``); ``/bai-viet/<id>/``, ``/bai-viet/<id>/in/`` and the utm
   variants are ``alt_paths``: one article, one record.
2. Pager links are query-only relative (``href="?page=2"``); the "Xem thêm" button has no href,
   only ``data-url`` to a fragment; ``?page=99`` answers 200 with the *last* page and
   ``?page=abc`` with page 1 (Django ``get_page``): a crawler that walks pages until an error
   never stops by itself, and the fragments are listings, not articles.
3. Kicker above the headline (``p.news-kicker`` "Hướng về vùng lũ") and the ``<title>``/og:title
   with " - Sở GD&ĐT Quảng Trị": gold title is the h1 text only. On notice pages the ``<h1>`` is
   the site name; the title is the ``h2.post-title``. One headline is printed in capitals and
   kept so.
4. Dates: the header "Thứ Bảy, 05/12/2026" has the same shape as one article's date line
   ("Thứ Sáu, 20/11/2026 - 09:30"); news pages print "Ngày đăng" and "Cập nhật" (the later
   modified time, also ``article:modified_time``): gold is Ngày đăng. Notice pages print a
   12-hour clock with the Vietnamese SA/CH marks ("03:15 CH, 30/11/2026" -> 15:15, "09:20 SA"
   -> 09:20). One notice prints only a day ("Ngày 02/10/2026") -> "2026-10-02". Bodies mention
   other dates (events, deadlines), never the publication date.
5. Authors: "Tác giả: quantri" / "Người đăng: quantri" are CMS logins (nothing); a bare
   right-aligned name at the end; "ThS. Nguyễn Hữu Phước" drops the degree; "- Trường MN Hoa
   Hồng" and "(Trường THPT chuyên Lê Quý Đôn)" after a name are not part of it; "Phòng
   GDTrH" and "Phòng Khảo thí và Kiểm định chất lượng giáo dục" are units signing: authors as
   printed; "BBT" gives nothing; a "Tác giả" meta field with a person and no byline gives that
   person; "Tin: X; Ảnh: Y" splits; "(Ảnh: Lê Hoài)" inside a caption credits a photographer.
6. Source: "Theo Công văn số 2150/BGDĐT-GDTrH …" opens a body paragraph: body text, not a
   source (gold null). "Nguồn: Báo Quảng Trị" in ``div.news-source`` and "Theo Bộ GD&ĐT" as an
   italic right-aligned last line are sources (the publication name only).
7. Summary: ``div.news-sapo`` (outside the content) or a bold first paragraph are sapos; the
   ``og:description``/``meta description`` exists on every page (first 160 characters of the
   text) and is not a sapo: articles without a printed lead have summary null.
8. Body boundaries: an inline "Tin liên quan" box inside the CKEditor content, "Tệp đính kèm",
   tags, "Lượt xem", the font-size tools, the byline/source lines and "Các tin khác" are not
   body. A ``<br>`` inside a paragraph splits it in two; a results table is one paragraph per
   row (cells " | "), the header row included.
9. Captions: ``<figure class="image">`` + figcaption; an old CKEditor *layout* table (image in
   row one, caption in row two) whose second row is a caption, not a data row; an italic line;
   a centred line; a plain short paragraph under a photo (notice template); a photo with only an
   ``alt`` (caption null). Lazy-loaded photos print ``src="/static/images/lazy.gif"`` and the
   real file in ``data-src``: gold is the ``data-src`` file.
10. Category: the menu and the home boxes use short labels ("GD Trung học", "GDMN - GDTH");
   gold is the breadcrumb's display form ("Giáo dục trung học", "Giáo dục mầm non - tiểu học").
   A slider article filed under Giáo dục trung học sits in the home "Tin nổi bật" of the
   news section: the breadcrumb decides.

Gold decisions where the reading could differ
---------------------------------------------
- The unit signatures are credited as printed (house convention for units); the "Người đăng"
  login is a CMS account, not a unit.
- A caption carrying "(Ảnh: Lê Hoài)" is kept whole as displayed, and Lê Hoài is the photographer.
- Date with only a day: the page prints no time, so the gold is the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "django_vendor_sgddt"
PLATFORM = "Django 4.2 vendor portal (QTSoft eGov Portal 3), CKEditor 4, Bootstrap 4"
START_PATH = "/"

SITE = "Sở GD&ĐT Quảng Trị"
SITE_LONG = "Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
TODAY_QT = "Thứ Bảy, 05/12/2026"
PER_PAGE = 10

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-trung-hoc": "Giáo dục trung học",
    "giao-duc-mam-non-tieu-hoc": "Giáo dục mầm non - tiểu học",
    "khao-thi-kiem-dinh": "Khảo thí - Kiểm định",
    "thong-bao": "Thông báo",
}
#: the short labels of the menu and the home boxes (not the display form)
SHORT = {
    "tin-tuc-su-kien": "Tin tức",
    "giao-duc-trung-hoc": "GD Trung học",
    "giao-duc-mam-non-tieu-hoc": "GDMN - GDTH",
    "khao-thi-kiem-dinh": "Khảo thí - KĐCL",
    "thong-bao": "Thông báo",
}
NOTICE_CATS = {"khao-thi-kiem-dinh", "thong-bao"}


def media(ym: str, name: str) -> str:
    return f"/media/uploads/{ym}/{name}"


# --- the articles ---------------------------------------------------------------------------
#
# opts: id, date (yyyy-mm-dd HH:MM for ordering), line (date line as printed), updated (news),
# meta_author ("Tác giả" field), poster (notice "Người đăng"), kicker, source_html, attach,
# lazy (photos lazy-loaded), slider (in the home slider). P styles: "" | "lead" | "h3" | "li" |
# "tr" | "br" (a line after <br> in the previous paragraph) | "quote". Img styles: "figure" |
# "table" | "em" | "center" | "plain" | "none".

STORIES: list[Story] = [
    Story(
        1187,
        "trao-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-vung-lu",
        "Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh vùng lũ",
        "tin-tuc-su-kien",
        "2026-12-03T15:40:00+07:00",
        [
            P(
                "Lễ trao học bổng được tổ chức tại Trường THPT Hải Lăng với sự tham dự của lãnh đạo "
                "Sở GD&ĐT, Tỉnh đoàn Quảng Trị, đại diện các nhà hảo tâm cùng đông đảo phụ huynh và "
                "học sinh."
            ),
            Img(media("2026/12", "hoc-bong-1.jpg"), "Các em học sinh nhận học bổng tại buổi lễ",
                "Các em học sinh nhận học bổng tại buổi lễ", "figure"),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng tiền mặt cùng bộ sách giáo khoa, cặp sách "
                "và đồ dùng học tập. Tổng giá trị chương trình đợt này hơn 420 triệu đồng, do Quỹ "
                "Khuyến học tỉnh phối hợp với các doanh nghiệp trên địa bàn tài trợ."
            ),
            Raw(
                '<div class="box-tinlienquan"><p><strong>Tin liên quan:</strong></p><ul>'
                '<li><a href="/bai-viet/1163/">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></li>'
                "</ul></div>"
            ),
            P(
                "Phát biểu tại buổi lễ, bà Trần Thị Thanh Hương, Phó Giám đốc Sở GD&ĐT, chia sẻ: "
                "“Đợt mưa lũ lịch sử cuối tháng 10 vừa qua đã gây thiệt hại nặng nề cho nhiều gia đình "
                "học sinh ở các huyện Hải Lăng, Triệu Phong, Lệ Thủy. Những phần quà hôm nay là động "
                "viên kịp thời để các em yên tâm tiếp tục đến trường”."
            ),
            P(
                "Trước đó, ngành giáo dục tỉnh đã tiếp nhận hơn 35.000 quyển sách giáo khoa, 12.000 "
                "bộ đồ dùng học tập từ các tổ chức, cá nhân trong và ngoài tỉnh để hỗ trợ học sinh "
                "bị ảnh hưởng bởi lũ lụt."
            ),
            Img(media("2026/12", "hoc-bong-2.jpg"), "Phó Giám đốc Sở GD&ĐT Trần Thị Thanh Hương trao học bổng",
                "Phó Giám đốc Sở GD&ĐT Trần Thị Thanh Hương trao học bổng", "figure"),
            P(
                "Dịp này, Ban tổ chức cũng trao tặng 20 xe đạp cho học sinh có hoàn cảnh đặc biệt khó "
                "khăn, nhà ở xa trường."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đoàn Thanh niên Sở</strong></p>'),
        ],
        authors=["Đoàn Thanh niên Sở"],
        photographers=["Đoàn Thanh niên Sở"],
        summary=(
            "Sáng 3/12, Sở GD&ĐT phối hợp với Tỉnh đoàn Quảng Trị tổ chức trao 150 suất học bổng "
            "“Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn bị ảnh hưởng bởi mưa lũ."
        ),
        sapo_outside=True,
        opts={
            "line": "Ngày đăng: 03/12/2026 15:40",
            "updated": "04/12/2026 08:05",
            "meta_author": "quantri",
            "kicker": "Hướng về vùng lũ",
            "slider": True,
        },
    ),
    Story(
        1163,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu",
        "tin-tuc-su-kien",
        "2026-11-20T09:30:00+07:00",
        [
            P(
                "Sáng ngày 19/11/2026, tại Hội trường Trung tâm Văn hóa tỉnh, Sở GD&ĐT Quảng Trị long "
                "trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và "
                "tuyên dương nhà giáo, cán bộ quản lý giáo dục tiêu biểu năm học 2025-2026."
            ),
            P(
                "Năm học 2025-2026 là năm học đầu tiên ngành giáo dục vận hành theo mô hình chính "
                "quyền địa phương hai cấp sau hợp nhất tỉnh. Toàn ngành hiện có hơn 1.100 cơ sở giáo "
                "dục với gần 29.000 cán bộ, giáo viên, nhân viên."
            ),
            Img(media("2026/11", "20-11-quang-canh.jpg"), "Quang cảnh buổi lễ kỷ niệm",
                "Quang cảnh buổi lễ kỷ niệm", "center"),
            P(
                "Ôn lại truyền thống, ông Nguyễn Văn Quang, Giám đốc Sở GD&ĐT, nhấn mạnh:",
            ),
            P(
                "“Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo; "
                "đổi mới mạnh mẽ phương pháp dạy học, lấy học sinh làm trung tâm, để mỗi ngày đến "
                "trường thực sự là một ngày vui”.",
                "quote",
            ),
            P(
                "Tại buổi lễ, 45 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen, 120 nhà giáo được "
                "Giám đốc Sở tặng Giấy khen vì có thành tích xuất sắc trong công tác giảng dạy và "
                "giáo dục học sinh."
            ),
            Img(media("2026/11", "20-11-trao-bang-khen.jpg"), "Trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo",
                "Trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo", "center"),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do giáo viên và học sinh các "
                "trường trên địa bàn thành phố Đông Hà biểu diễn."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Thị Mai Hương</strong></p>'),
        ],
        authors=["Hoàng Thị Mai Hương"],
        opts={
            "line": "Thứ Sáu, 20/11/2026 - 09:30",
            "updated": "21/11/2026 10:12",
            "meta_author": "quantri",
            "lazy": True,
            "slider": True,
        },
    ),
    Story(
        1141,
        "hon-2000-giao-vien-tap-huan-chuyen-doi-so",
        "QUẢNG TRỊ: HƠN 2.000 GIÁO VIÊN THAM GIA TẬP HUẤN CHUYỂN ĐỔI SỐ TRONG DẠY HỌC",
        "tin-tuc-su-kien",
        "2026-11-12T07:55:00+07:00",
        [
            P(
                "Từ ngày 9 đến 11/11, Sở GD&ĐT Quảng Trị tổ chức tập huấn trực tuyến về ứng dụng công "
                "nghệ thông tin và chuyển đổi số trong dạy học cho hơn 2.000 giáo viên các cấp học."
            ),
            P("Nội dung tập huấn", "h3"),
            P("Khai thác hệ thống học liệu số dùng chung của ngành.", "li"),
            P("Sử dụng phần mềm quản lý trường học và học bạ số.", "li"),
            P("Ứng dụng trí tuệ nhân tạo trong thiết kế bài giảng một cách có trách nhiệm.", "li"),
            P(
                "Theo đánh giá của Ban tổ chức, 96% học viên hoàn thành bài kiểm tra cuối khóa đạt "
                "yêu cầu. Đến nay, 100% trường THPT và 87% trường THCS trong tỉnh đã triển khai học bạ "
                "số."
            ),
            P(
                "Sở GD&ĐT đề nghị các đơn vị tiếp tục tổ chức sinh hoạt chuyên môn theo nghiên cứu bài "
                "học, chia sẻ kinh nghiệm ứng dụng công nghệ trong từng tổ bộ môn."
            ),
            Raw('<p style="text-align: right;">Thanh Hải</p>'),
        ],
        authors=["Thanh Hải"],
        source="Báo Quảng Trị",
        opts={
            "line": "Ngày đăng: 12/11/2026 07:55",
            "updated": "12/11/2026 16:30",
            "meta_author": "quantri",
            "source_html": '<div class="news-source">Nguồn: <em>Báo Quảng Trị</em></div>',
        },
    ),
    Story(
        1118,
        "hoi-thao-cong-chuc-vien-chuc-nganh-giao-duc-2026",
        "Sôi nổi Hội thao công chức, viên chức ngành Giáo dục năm 2026",
        "tin-tuc-su-kien",
        "2026-10-28T16:10:00+07:00",
        [
            P(
                "Trong hai ngày 24 và 25/10, Công đoàn ngành Giáo dục tổ chức Hội thao công chức, viên "
                "chức năm 2026 với sự tham gia của hơn 600 vận động viên đến từ 42 đơn vị."
            ),
            Img(media("2026/10", "hoi-thao-khai-mac.jpg"), "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc", "table"),
            P(
                "Các vận động viên thi đấu ở 5 môn: bóng đá nam, bóng chuyền hơi nữ, cầu lông, kéo co "
                "và cờ tướng. Kết quả các đơn vị dẫn đầu toàn đoàn như sau:"
            ),
            P("Xếp hạng | Đơn vị | Huy chương vàng", "tr"),
            P("Nhất | Trường THPT chuyên Lê Quý Đôn | 4", "tr"),
            P("Nhì | Trường THPT Đông Hà | 3", "tr"),
            P("Ba | Trường THPT Đồng Hới | 2", "tr"),
            Img(media("2026/10", "hoi-thao-keo-co.jpg"), "Phần thi kéo co nữ đầy hào hứng",
                "Phần thi kéo co nữ đầy hào hứng", "table"),
            P(
                "Hội thao là dịp để đoàn viên công đoàn rèn luyện sức khỏe, giao lưu, gắn kết, chào "
                "mừng Ngày Nhà giáo Việt Nam 20/11."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Trần Văn Lực - Chủ tịch Công đoàn ngành; '
                "Ảnh: Nguyễn Đức Thọ</strong></p>"
            ),
        ],
        authors=["Trần Văn Lực"],
        photographers=["Nguyễn Đức Thọ"],
        opts={"line": "Ngày đăng: 28/10/2026 16:10", "updated": "30/10/2026 09:00", "meta_author": "quantri"},
    ),
    Story(
        1176,
        "thi-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027",
        "Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026-2027 diễn ra nghiêm túc",
        "giao-duc-trung-hoc",
        "2026-12-01T11:20:00+07:00",
        [
            P(
                "Trong hai ngày 30/11 và 01/12/2026, hơn 1.300 thí sinh đến từ các trường THPT trong "
                "tỉnh đã tham dự Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh.",
                "lead",
            ),
            P(
                "Kỳ thi gồm 11 môn: Toán, Ngữ văn, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa "
                "lý, Tin học, Giáo dục kinh tế và pháp luật, Công nghệ. Toàn tỉnh bố trí 3 điểm thi tại "
                "Đông Hà, Đồng Hới và Quảng Trị."
            ),
            Img(media("2026/12", "hsg12-diem-thi.jpg"), "Thí sinh làm bài tại điểm thi THPT Đông Hà. (Ảnh: Lê Hoài)",
                "Thí sinh làm bài tại điểm thi THPT Đông Hà. (Ảnh: Lê Hoài)", "em"),
            P(
                "Đoàn kiểm tra của Sở do ông Lê Quang Vinh, Phó Giám đốc Sở làm trưởng đoàn đã kiểm tra "
                "công tác coi thi tại các điểm. Kỳ thi diễn ra an toàn, đúng quy chế, không có thí sinh "
                "vi phạm."
            ),
            P(
                "Kết quả kỳ thi dự kiến công bố trước ngày 20/12/2026. Đội tuyển dự thi học sinh giỏi "
                "quốc gia sẽ được tuyển chọn từ những thí sinh đạt giải cao."
            ),
            Raw('<p style="text-align: right;"><strong><em>Phòng GDTrH</em></strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        photographers=["Lê Hoài"],
        summary=(
            "Trong hai ngày 30/11 và 01/12/2026, hơn 1.300 thí sinh đến từ các trường THPT trong "
            "tỉnh đã tham dự Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh."
        ),
        opts={
            "line": "Ngày đăng: 01/12/2026 11:20",
            "updated": "02/12/2026 17:45",
            "meta_author": "quantri",
            "kicker": "Kỳ thi HSG cấp tỉnh",
            "slider": True,
        },
    ),
    Story(
        1170,
        "chuyen-le-quy-don-dat-5-giai-khoa-hoc-ky-thuat-quoc-gia",
        "Trường THPT chuyên Lê Quý Đôn đạt 5 giải tại Cuộc thi Khoa học kỹ thuật cấp quốc gia",
        "giao-duc-trung-hoc",
        "2026-11-24T14:05:00+07:00",
        [
            P(
                "Tại Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm học "
                "2026-2027 tổ chức tại Đà Nẵng, đoàn Quảng Trị có 5 dự án đều do học sinh Trường THPT "
                "chuyên Lê Quý Đôn thực hiện và cả 5 dự án đều đạt giải."
            ),
            P("Các dự án đạt giải gồm:"),
            P("Giải Nhất lĩnh vực Kỹ thuật môi trường: Hệ thống cảnh báo ngập lụt sớm dùng cảm biến IoT.", "li"),
            P("Giải Nhì lĩnh vực Khoa học thực vật: Chế phẩm sinh học từ vỏ tôm cải tạo đất cát.", "li"),
            P("Giải Ba lĩnh vực Phần mềm hệ thống: Ứng dụng hỗ trợ học sinh khiếm thị đọc sách giáo khoa.", "li"),
            P("Hai giải Khuyến khích lĩnh vực Y sinh và Hóa học.", "li"),
            Img(media("2026/11", "khkt-quoc-gia.jpg"), "Các em học sinh bên dự án đạt giải Nhất",
                "Các em học sinh bên dự án đạt giải Nhất", "figure"),
            P(
                "Đây là năm thứ ba liên tiếp Quảng Trị có dự án đạt giải Nhất tại cuộc thi cấp quốc "
                "gia. Dự án đạt giải Nhất được chọn tham dự Hội chợ Khoa học kỹ thuật quốc tế ISEF "
                "năm 2027 tại Hoa Kỳ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài và ảnh: Trần Ngọc Hà (Trường THPT chuyên '
                "Lê Quý Đôn)</strong></p>"
            ),
        ],
        authors=["Trần Ngọc Hà"],
        photographers=["Trần Ngọc Hà"],
        opts={"line": "Ngày đăng: 24/11/2026 14:05", "updated": "24/11/2026 14:30", "meta_author": "quantri"},
    ),
    Story(
        1129,
        "huong-dan-kiem-tra-giua-hoc-ky-i",
        "Hướng dẫn tổ chức kiểm tra, đánh giá giữa học kỳ I cấp THCS, THPT năm học 2026-2027",
        "giao-duc-trung-hoc",
        "2026-11-05T08:00:00+07:00",
        [
            P(
                "Theo Công văn số 2150/BGDĐT-GDTrH ngày 15/9/2026 của Bộ GD&ĐT về việc hướng dẫn thực "
                "hiện nhiệm vụ giáo dục trung học năm học 2026-2027, Sở GD&ĐT hướng dẫn các đơn vị tổ "
                "chức kiểm tra, đánh giá giữa học kỳ I như sau:"
            ),
            P("1. Thời gian", "h3"),
            P(
                "Các trường chủ động xây dựng lịch kiểm tra, hoàn thành trước ngày 15/11/2026; không "
                "tổ chức kiểm tra tập trung toàn trường quá 2 môn trong một buổi."
            ),
            P("2. Hình thức và đề kiểm tra", "h3"),
            P("Đề kiểm tra xây dựng theo ma trận, bản đặc tả của tổ chuyên môn.", "li"),
            P("Kết hợp câu hỏi trắc nghiệm nhiều lựa chọn, đúng - sai và trả lời ngắn với tự luận.", "li"),
            P("Môn đánh giá bằng nhận xét thực hiện qua sản phẩm học tập, dự án.", "li"),
            P("3. Báo cáo", "h3"),
            P(
                "Các đơn vị gửi báo cáo kết quả về Sở (qua Phòng GDTrH) trước ngày 25/11/2026 qua hệ "
                "thống quản lý văn bản điều hành."
            ),
        ],
        opts={
            "line": "Ngày đăng: 05/11/2026 08:00",
            "updated": "06/11/2026 10:40",
            "meta_author": "quantri",
            "attach": ("HD-kiem-tra-giua-HKI-2026.pdf", "Hướng dẫn kiểm tra giữa học kỳ I (PDF)"),
        },
    ),
    Story(
        1180,
        "ngay-hoi-be-vui-khoe-mam-non-vinh-linh",
        "Ngày hội “Bé vui khỏe” của trẻ mầm non huyện Vĩnh Linh",
        "giao-duc-mam-non-tieu-hoc",
        "2026-11-27T10:25:00+07:00",
        [
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời, sáng 26/11, Trường Mầm non Hoa Hồng phối hợp với "
                "các trường mầm non trong cụm tổ chức Ngày hội “Bé vui khỏe” cho hơn 400 trẻ."
            ),
            Img(media("2026/11", "be-vui-khoe-1.jpg"), "Các bé tham gia trò chơi vận động “Bật qua suối nhỏ”",
                "Các bé tham gia trò chơi vận động “Bật qua suối nhỏ”", "em"),
            P(
                "Các bé được tham gia nhiều trò chơi dân gian như kéo co, nhảy bao bố, ném vòng cổ chai; "
                "các hoạt động trải nghiệm làm bánh, gói quà tặng ông bà, cha mẹ."
            ),
            Img(media("2026/11", "be-vui-khoe-2.jpg"), None, None, "none"),
            P(
                "Ngày hội giúp trẻ phát triển thể chất, rèn kỹ năng hợp tác, mạnh dạn, tự tin; đồng "
                "thời tạo sự gắn kết giữa nhà trường và phụ huynh."
            ),
            Raw('<p style="text-align: right;"><strong>Phan Thị Thu Trang - Trường MN Hoa Hồng</strong></p>'),
        ],
        authors=["Phan Thị Thu Trang"],
        opts={"line": "Ngày đăng: 27/11/2026 10:25", "updated": "27/11/2026 10:25", "meta_author": "quantri"},
    ),
    Story(
        1102,
        "tieng-anh-tu-chon-lop-1-lop-2",
        "Triển khai dạy học tiếng Anh tự chọn lớp 1, lớp 2 năm học 2026-2027",
        "giao-duc-mam-non-tieu-hoc",
        "2026-10-15T09:45:00+07:00",
        [
            P(
                "Năm học 2026-2027, toàn tỉnh có 186/212 trường tiểu học tổ chức dạy học tiếng Anh "
                "tự chọn cho học sinh lớp 1, lớp 2 với thời lượng 2 tiết mỗi tuần."
            ),
            P("Điều kiện tổ chức dạy học:"),
            P("Có giáo viên đạt chuẩn năng lực tiếng Anh bậc 4 trở lên;", "br"),
            P("Có phòng học bộ môn hoặc thiết bị trình chiếu, loa;", "br"),
            P("Được cha mẹ học sinh tự nguyện đăng ký.", "br"),
            P(
                "Nội dung dạy học tập trung phát triển kỹ năng nghe, nói thông qua bài hát, trò chơi, "
                "câu chuyện; không kiểm tra, đánh giá bằng điểm số đối với học sinh lớp 1, lớp 2."
            ),
            P(
                "Các trường chưa đủ điều kiện tiếp tục tổ chức các câu lạc bộ tiếng Anh, ngày hội "
                "tiếng Anh để học sinh làm quen với ngoại ngữ."
            ),
            Raw('<p style="text-align: right;"><em>Theo Bộ GD&amp;ĐT</em></p>'),
        ],
        authors=["Lê Thị Hồng Nhung"],
        source="Bộ GD&ĐT",
        opts={
            "line": "Ngày đăng: 15/10/2026 09:45",
            "updated": "16/10/2026 07:30",
            "meta_author": "Lê Thị Hồng Nhung",
        },
    ),
    Story(
        1184,
        "ket-qua-danh-gia-ngoai-cong-nhan-truong-dat-chuan-dot-2",
        "Kết quả đánh giá ngoài và công nhận trường đạt chuẩn quốc gia đợt 2 năm 2026",
        "khao-thi-kiem-dinh",
        "2026-11-30T15:15:00+07:00",
        [
            P(
                "Căn cứ kết quả đánh giá ngoài của các đoàn chuyên gia, ngày 27/11/2026, Giám đốc Sở "
                "GD&ĐT đã ký quyết định công nhận đạt kiểm định chất lượng giáo dục và đạt chuẩn quốc "
                "gia cho 9 cơ sở giáo dục."
            ),
            P("Danh sách các trường được công nhận:"),
            P("TT | Tên trường | Cấp độ kiểm định | Mức chuẩn quốc gia", "tr"),
            P("1 | Trường MN Sơn Ca, Đông Hà | Cấp độ 3 | Mức độ 1", "tr"),
            P("2 | Trường TH Lê Lợi, Đồng Hới | Cấp độ 3 | Mức độ 2", "tr"),
            P("3 | Trường THCS Nguyễn Trãi, Quảng Trị | Cấp độ 2 | Mức độ 1", "tr"),
            P("4 | Trường THPT Cồn Tiên | Cấp độ 2 | Mức độ 1", "tr"),
            P(
                "Năm cơ sở còn lại được đề nghị khắc phục các tiêu chí chưa đạt và đăng ký đánh giá "
                "lại trong đợt 1 năm 2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phòng Khảo thí và Kiểm định chất lượng giáo '
                "dục</strong></p>"
            ),
        ],
        authors=["Phòng Khảo thí và Kiểm định chất lượng giáo dục"],
        opts={"line": "Đăng lúc 03:15 CH, 30/11/2026", "poster": "quantri"},
    ),
    Story(
        1087,
        "tap-huan-tu-danh-gia-co-so-giao-duc",
        "Tập huấn công tác tự đánh giá cơ sở giáo dục cho cán bộ quản lý",
        "khao-thi-kiem-dinh",
        "2026-09-25T09:20:00+07:00",
        [
            P(
                "Trong hai ngày 23 và 24/9/2026, tại Trường Cao đẳng Sư phạm, Sở GD&ĐT tổ chức tập "
                "huấn công tác tự đánh giá, đánh giá ngoài cơ sở giáo dục cho 280 cán bộ quản lý các "
                "trường mầm non, phổ thông."
            ),
            Img(media("2026/09", "tap-huan-kiem-dinh.jpg"), "Học viên thảo luận nhóm về minh chứng tiêu chí",
                "Học viên thảo luận nhóm về minh chứng tiêu chí", "plain"),
            P(
                "Học viên được hướng dẫn quy trình thành lập hội đồng tự đánh giá, thu thập và mã hóa "
                "minh chứng, viết báo cáo tự đánh giá trên phần mềm kiểm định chất lượng giáo dục."
            ),
            P(
                "Báo cáo viên lưu ý những lỗi thường gặp trong các đợt đánh giá ngoài năm trước: minh "
                "chứng không phù hợp với chỉ báo, kế hoạch cải tiến chất lượng còn chung chung, thiếu "
                "giải pháp cụ thể."
            ),
            P(
                "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng "
                "nhận."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: ThS. Nguyễn Hữu Phước</strong></p>'),
        ],
        authors=["Nguyễn Hữu Phước"],
        photographers=["Nguyễn Hữu Phước"],
        opts={"line": "Đăng lúc 09:20 SA, 25/09/2026", "poster": "quantri"},
    ),
    Story(
        1109,
        "thong-bao-tuyen-dung-vien-chuc-2026",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026",
        "thong-bao",
        "2026-11-06T14:30:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 215/KH-UBND ngày 20/10/2026 của UBND tỉnh, Sở GD&ĐT thông báo "
                "tuyển dụng viên chức làm việc tại các trường THPT, trường chuyên biệt trực thuộc Sở "
                "năm 2026."
            ),
            P("I. CHỈ TIÊU TUYỂN DỤNG", "h3"),
            P("Môn | Chỉ tiêu | Ghi chú", "tr"),
            P("Tin học | 18 | Ưu tiên vùng khó khăn", "tr"),
            P("Tiếng Anh | 15 | Ưu tiên chứng chỉ IELTS", "tr"),
            P("Giáo dục kinh tế và pháp luật | 9 | Không", "tr"),
            P("II. ĐIỀU KIỆN ĐĂNG KÝ DỰ TUYỂN", "h3"),
            P("Có bằng cử nhân sư phạm phù hợp vị trí việc làm.", "li"),
            P("Có đủ sức khỏe để thực hiện nhiệm vụ.", "li"),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 09/11/2026 đến hết ngày 08/12/2026, "
                "trong giờ hành chính, tại Văn phòng Sở GD&ĐT."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"line": "Đăng lúc 02:30 CH, 06/11/2026", "poster": "quantri"},
    ),
    Story(
        1091,
        "thong-bao-nghi-hoc-tranh-bao-so-10",
        "Thông báo cho học sinh nghỉ học để phòng, tránh bão số 10",
        "thong-bao",
        "2026-10-02",
        [
            P(
                "Thực hiện Công điện số 08/CĐ-UBND của Chủ tịch UBND tỉnh về việc chủ động ứng phó "
                "với bão số 10, Sở GD&ĐT thông báo:"
            ),
            P(
                "Cho trẻ mầm non, học sinh phổ thông, học viên giáo dục thường xuyên toàn tỉnh nghỉ học "
                "ngày 03/10/2026 (thứ Bảy) và ngày 04/10/2026 (Chủ nhật)."
            ),
            P(
                "Thủ trưởng các đơn vị chỉ đạo chằng chống trường lớp, di chuyển hồ sơ, thiết bị dạy "
                "học lên nơi cao ráo; phân công trực 24/24 giờ và báo cáo thiệt hại (nếu có) về Sở "
                "trước 16 giờ ngày 05/10/2026."
            ),
            Raw('<p style="text-align: right;">BBT</p>'),
        ],
        opts={"line": "Ngày 02/10/2026", "poster": "quantri"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def ym(story: Story) -> tuple[str, str]:
    return story.published_at[:4], story.published_at[5:7]


def href(story: Story) -> str:
    y, m = ym(story)
    return f"/tin-tuc/{y}/{m}/{story.slug}/"


def sort_key(story: Story) -> str:
    return story.published_at[:19]


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=sort_key, reverse=True)


UTM = "?utm_source=trangchu&utm_medium=slider"


def _alts(story: Story) -> list[str]:
    alts = [f"/bai-viet/{story.id}/", f"/bai-viet/{story.id}/in/"]
    if story.opts.get("slider"):
        alts.append(href(story) + UTM)
    return alts


GOLD = [gold_record(s, href(s), CATEGORIES[s.cat], alt_paths=_alts(s)) for s in STORIES]
# the lazy-loaded photos: gold is the data-src file, as the gold_record already reads from Img.src

# --- document entries (văn bản) that fill the notice listings ------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    title: str
    date: str  # yyyy-mm-dd
    cat: str


_TB_SUBJECTS = [
    "về việc báo cáo số liệu đầu năm học 2026-2027",
    "về việc tổ chức Tuần lễ học tập suốt đời năm 2026",
    "về việc đăng ký tham gia Hội thi giáo viên dạy giỏi cấp tỉnh",
    "về việc triển khai thu thập dữ liệu ngành giáo dục",
    "về việc tăng cường công tác phòng, chống dịch bệnh mùa đông",
    "về việc bảo đảm an toàn giao thông cho học sinh",
    "về việc cử cán bộ tham dự tập huấn công tác thư viện",
    "về việc rà soát cơ sở vật chất sau mưa lũ",
    "về việc thực hiện chế độ báo cáo định kỳ",
    "về việc hưởng ứng Ngày Pháp luật Việt Nam",
]
_KT_SUBJECTS = [
    "công nhận trường đạt kiểm định chất lượng giáo dục",
    "thành lập đoàn đánh giá ngoài cơ sở giáo dục",
    "phê duyệt kế hoạch kiểm định chất lượng giáo dục năm 2027",
    "công nhận trường đạt chuẩn quốc gia",
    "giao nhiệm vụ ra đề thi học sinh giỏi cấp tỉnh",
]


def _docs() -> list[Doc]:
    import datetime as dt

    out = []
    start = dt.date(2026, 12, 4)
    for i in range(20):
        d = start - dt.timedelta(days=3 * i)
        kind = "Công văn" if i % 3 else "Thông báo"
        code = "CV" if kind == "Công văn" else "TB"
        number = f"{2480 - 17 * i}/SGDĐT-VP" if code == "CV" else f"{160 - i}/TB-SGDĐT"
        out.append(Doc(2100 + i, number, f"{kind} số {number} {_TB_SUBJECTS[i % 10]}", d.isoformat(), "thong-bao"))
    start = dt.date(2026, 11, 28)
    for i in range(10):
        d = start - dt.timedelta(days=5 * i)
        number = f"{1530 - 11 * i}/QĐ-SGDĐT"
        out.append(
            Doc(2200 + i, number, f"Quyết định số {number} về việc {_KT_SUBJECTS[i % 5]}", d.isoformat(),
                "khao-thi-kiem-dinh")
        )
    return out


DOCS = _docs()
DOC_BY_ID = {d.id: d for d in DOCS}

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/lich-cong-tac/",
    "/thu-vien-anh/khai-giang-nam-hoc-2026-2027/",
    f"/van-ban/{DOCS[0].id}/",
    "/chuyen-muc/thong-bao/?page=2",
]

# --- page chrome ----------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc-su-kien/", SHORT["tin-tuc-su-kien"]),
    ("/chuyen-muc/giao-duc-trung-hoc/", SHORT["giao-duc-trung-hoc"]),
    ("/chuyen-muc/giao-duc-mam-non-tieu-hoc/", SHORT["giao-duc-mam-non-tieu-hoc"]),
    ("/chuyen-muc/khao-thi-kiem-dinh/", SHORT["khao-thi-kiem-dinh"]),
    ("/chuyen-muc/thong-bao/", SHORT["thong-bao"]),
    ("/lich-cong-tac/", "Lịch công tác"),
    ("/thu-vien-anh/khai-giang-nam-hoc-2026-2027/", "Thư viện ảnh"),
    ("/lien-he/", "Liên hệ"),
]
MOST_READ = [1187, 1176, 1163, 1170, 1141]


def dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{href(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<aside class="col-lg-4 sidebar">
<div class="widget widget-docnhieu"><h4 class="widget-title">Đọc nhiều nhất</h4><ol class="list-docnhieu">{most}</ol></div>
<div class="widget widget-banner">
<a href="https://moet.gov.vn" target="_blank"><img src="/static/images/banner-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo"></a>
<a href="https://dichvucong.quangtri.gov.vn" target="_blank"><img src="/static/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a>
</div>
<div class="widget widget-poll"><h4 class="widget-title">Thăm dò ý kiến</h4>
<form method="post" action="/binh-chon/3/"><input type="hidden" name="csrfmiddlewaretoken" value="q8ZkT3nYv1WmLr0Xc5Ja">
<p>Bạn đánh giá thế nào về giao diện mới của cổng thông tin?</p>
<label><input type="radio" name="choice" value="1"> Rất đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="choice" value="2"> Bình thường</label><br>
<label><input type="radio" name="choice" value="3"> Khó tìm thông tin</label><br>
<button type="submit" class="btn btn-sm btn-primary">Bình chọn</button></form></div>
<div class="widget widget-lienket"><h4 class="widget-title">Liên kết website</h4>
<select class="form-control" onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</option>
<option value="https://thi.quangtri.edu.vn">Hệ thống tra cứu điểm thi</option></select></div>
<div class="widget widget-thongke"><h4 class="widget-title">Thống kê truy cập</h4>
<ul class="thongke"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.482</b></li><li>Tổng truy cập: <b>6.204.917</b></li></ul></div>
</aside>"""


def layout(title: str, main: str, *, head: str = "", h1_logo: bool = False, side: bool = True) -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>' for h, t in MENU)
    logo_text = (
        f'<h1 class="logo-text">{esc(SITE_LONG)}</h1>' if h1_logo else f'<div class="site-name">{esc(SITE_LONG)}</div>'
    )
    aside = sidebar() if side else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/egov-portal.css?v=3.2.7">
<link rel="shortcut icon" href="/static/images/favicon.ico">
{head}
</head>
<body>
<div class="top-bar"><div class="container"><span class="ngay-hien-tai">{TODAY_QT}</span>
<span class="hotline">Đường dây nóng: 0232 3852 125</span>
<form class="search-form" action="/tim-kiem/" method="get"><input name="q" placeholder="Tìm kiếm..."></form></div></div>
<header class="site-header"><div class="container">
<a class="logo" href="/"><img src="/static/images/logo-sgd.png" alt="Logo {esc(SITE)}"></a>
{logo_text}
</div></header>
<nav class="navbar navbar-expand-lg main-menu"><div class="container"><ul class="navbar-nav">{menu}</ul></div></nav>
<div class="container main-container"><div class="row">
<div class="col-lg-8 main-col">
{main}
</div>
{aside}
</div></div>
<footer class="site-footer"><div class="container">
<p><strong>{esc(SITE_LONG.upper())}</strong></p>
<p>Địa chỉ: Số 21 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị</p>
<p>Điện thoại: 0232 3852 125 - Fax: 0232 3852 126 - Email: sgddt@quangtri.gov.vn</p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Quang - Giám đốc Sở</p>
<p class="copyright">© 2026 {esc(SITE)}. Thiết kế bởi QTSoft. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/egov-portal.js"></script>
</body>
</html>"""


# --- article rendering ----------------------------------------------------------------------


def _img_tag(story: Story, img: Img) -> str:
    alt = esc(img.caption or img.src.rsplit("/", 1)[1].rsplit(".", 1)[0])
    if story.opts.get("lazy"):
        return f'<img class="lazyload" src="/static/images/lazy.gif" data-src="{img.src}" alt="{alt}" width="800">'
    return f'<img src="{img.src}" alt="{alt}" style="width: 800px; height: 533px;">'


def render_img(story: Story, img: Img) -> str:
    tag = _img_tag(story, img)
    cap = esc(img.printed or "")
    if img.style == "figure":
        return f'<figure class="image" style="display:inline-block">{tag}<figcaption>{cap}</figcaption></figure>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width:100%">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td class="Image" style="text-align:center">{cap}</td></tr>'
            "</tbody></table>"
        )
    if img.style == "em":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{cap}</em></p>'
    if img.style == "center":
        return f'<p style="text-align:center">{tag}</p>\n<p style="text-align:center"><span style="font-size:13px">{cap}</span></p>'
    if img.style == "plain":
        return f"<p>{tag}</p>\n<p>{cap}</p>"
    return f'<p style="text-align: center;">{tag}</p>'


def render_blocks(story: Story) -> str:
    out: list[str] = []
    group: list[P] = []

    def flush() -> None:
        if not group:
            return
        if group[0].style == "li":
            out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
        else:
            rows = []
            for i, p in enumerate(group):
                cell = "th" if i == 0 else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            out.append('<table class="table table-bordered" border="1" cellpadding="4"><tbody>' + "".join(rows)
                       + "</tbody></table>")
        group.clear()

    for b in story.blocks:
        if isinstance(b, P) and b.style in ("li", "tr"):
            if group and group[0].style != b.style:
                flush()
            group.append(b)
            continue
        flush()
        if isinstance(b, Img):
            out.append(render_img(story, b))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style == "br":
            out[-1] = out[-1][: -len("</p>")] + f"<br>\n{esc(b.text)}</p>"
        elif b.style == "h3":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
    flush()
    return "\n".join(out)


def description(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first[:157].rsplit(" ", 1)[0] + "..."


def head_meta(request: Request, story: Story, canonical: bool = True) -> str:
    base = base_url(request)
    img = next((i.src for i in story.images), "/static/images/og-default.jpg")
    modified = story.opts.get("updated")
    mod = ""
    if modified:
        d, t = modified.split(" ")
        mod = f'<meta property="article:modified_time" content="{d[6:]}-{d[3:5]}-{d[:2]}T{t}:00+07:00">'
    can = f'<link rel="canonical" href="{base}{href(story)}">' if canonical else ""
    return f"""{can}
<meta name="description" content="{esc(description(story))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)} - {esc(SITE)}">
<meta property="og:description" content="{esc(description(story))}">
<meta property="og:image" content="{base}{img}">
{mod}"""


def news_page(request: Request, story: Story) -> Response:
    o = story.opts
    cat = story.cat
    kicker = f'<p class="news-kicker">{esc(o["kicker"])}</p>' if o.get("kicker") else ""
    sapo = (
        f'<div class="news-sapo"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    attach = ""
    if o.get("attach"):
        f, label = o["attach"]
        y, m = ym(story)
        attach = (
            f'<div class="news-attach"><b>Tệp đính kèm:</b><ul><li><a href="/media/uploads/{y}/{m}/{f}">'
            f"{esc(label)}</a></li></ul></div>"
        )
    others = [s for s in newest(STORIES) if s.cat == cat and s.id != story.id][:5]
    other_html = "".join(
        f'<li><a href="/bai-viet/{s.id}/">{esc(s.title)}</a> <span class="date">({dmy(s.published_at)})</span></li>'
        for s in others
    )
    main = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
<li class="breadcrumb-item active"><a href="/chuyen-muc/{cat}/">{esc(CATEGORIES[cat])}</a></li></ol>
<article class="news-detail">
{kicker}
<h1 class="news-title">{esc(story.title)}</h1>
<div class="news-meta">
<span class="news-date"><i class="fa fa-calendar"></i> {esc(o["line"])}</span>
<span class="news-updated">Cập nhật: {o["updated"]}</span>
<span class="news-views"><i class="fa fa-eye"></i> Lượt xem: {story.views():,}</span>
<span class="news-author">Tác giả: {esc(o["meta_author"])}</span>
</div>
<div class="news-tools">
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{href(story)}" target="_blank">Facebook</a>
<a class="share-zalo" href="https://zalo.me/share?u={base_url(request)}{href(story)}" target="_blank">Zalo</a>
<a class="print" href="/bai-viet/{story.id}/in/" target="_blank"><i class="fa fa-print"></i> In bài</a>
<a class="email" href="mailto:?subject={esc(story.title)}&amp;body={base_url(request)}/bai-viet/{story.id}/">Gửi email</a>
<span class="font-size"><a href="javascript:void(0)" onclick="fontSize(-1)">A-</a> <a href="javascript:void(0)" onclick="fontSize(1)">A+</a></span>
</div>
{sapo}
<div class="news-content rich-text">
{render_blocks(story)}
</div>
{o.get("source_html", "")}
{attach}
<div class="news-tags"><b>Từ khóa:</b> <a href="/tim-kiem/?q=gi%C3%A1o+d%E1%BB%A5c">giáo dục</a>, <a href="/tim-kiem/?q=Qu%E1%BA%A3ng+Tr%E1%BB%8B">Quảng Trị</a></div>
</article>
<section class="other-news"><h3 class="section-title">Các tin khác</h3><ul>{other_html}</ul></section>"""
    return html(layout(f"{story.title} - {SITE}", main, head=head_meta(request, story)))


def notice_page(request: Request, story: Story) -> Response:
    cat = story.cat
    newer = [s for s in entries(cat) if s[0] > sort_key(story)][:5]
    newer_html = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for _, h, t, _ in reversed(newer))
    main = f"""<div class="duong-dan"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/{cat}/">{esc(CATEGORIES[cat])}</a></div>
<div class="post-detail">
<h2 class="post-title">{esc(story.title)}</h2>
<div class="post-info">{esc(story.opts["line"])} - Người đăng: {esc(story.opts["poster"])} - <a href="/bai-viet/{story.id}/in/">Bản in</a></div>
<div class="post-body">
{render_blocks(story)}
</div>
</div>
<div class="tin-moi-hon"><h4>Các tin mới hơn</h4><ul>{newer_html}</ul></div>"""
    return html(layout(f"{story.title} - {SITE}", main, head=head_meta(request, story), h1_logo=True))


def print_page(story: Story) -> Response:
    line = story.opts["line"]
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<link rel="stylesheet" href="/static/css/print.css"></head><body onload="window.print()">
<div class="print-header">{esc(SITE_LONG.upper())}</div>
<h1>{esc(story.title)}</h1><p class="print-date">{esc(line)}</p>
{f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""}
<div class="print-content">{render_blocks(story)}</div>
{story.opts.get("source_html", "")}
</body></html>"""
    return html(body)


# --- listings -------------------------------------------------------------------------------


def entries(cat: str) -> list[tuple[str, str, str, str]]:
    """(sort key, href, title, shown date) of a category's entries, oldest first."""
    rows = [(sort_key(s), href(s), s.title, dmy(s.published_at)) for s in STORIES if s.cat == cat]
    rows += [(d.date + "T07:00:00", f"/van-ban/{d.id}/", d.title, dmy(d.date)) for d in DOCS if d.cat == cat]
    return sorted(rows)


def page_entries(cat: str, page: int) -> list[tuple[str, str, str, str]]:
    rows = list(reversed(entries(cat)))
    return rows[(page - 1) * PER_PAGE : page * PER_PAGE]


def num_pages(cat: str) -> int:
    return max(1, -(-len(entries(cat)) // PER_PAGE))


def get_page(cat: str, raw: str | None) -> int:
    """Django ``Paginator.get_page``: not a number -> 1, past the end -> the last page."""
    try:
        n = int(raw or "1")
    except ValueError:
        return 1
    if n < 1:
        return 1
    return min(n, num_pages(cat))


def entry_items(rows: list[tuple[str, str, str, str]]) -> str:
    out = []
    for _, h, t, d in rows:
        thumb = "/static/images/icon-van-ban.png" if h.startswith("/van-ban/") else "/static/images/thumb-default.jpg"
        out.append(
            f'<li class="list-item media"><a class="thumb" href="{h}"><img src="{thumb}" alt=""></a>'
            f'<div class="media-body"><a class="item-title" href="{h}">{esc(t)}</a>'
            f'<span class="item-date">{d}</span></div></li>'
        )
    return "\n".join(out)


def category_page(request: Request, cat: str) -> Response:
    page = get_page(cat, request.params.get("page"))
    rows = page_entries(cat, page)
    if request.params.get("ajax") == "1":
        return html(entry_items(rows))
    total = num_pages(cat)
    pager = ""
    if total > 1:
        links = []
        if page > 1:
            links.append(f'<li class="page-item"><a class="page-link" href="?page={page - 1}">« Trước</a></li>')
        for n in range(1, total + 1):
            if n == page:
                links.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
            else:
                links.append(f'<li class="page-item"><a class="page-link" href="?page={n}">{n}</a></li>')
        if page < total:
            links.append(f'<li class="page-item"><a class="page-link" href="?page={page + 1}">Sau »</a></li>')
        pager = f'<nav class="pager-wrap"><ul class="pagination">{"".join(links)}</ul></nav>'
    more = ""
    if page < total:
        more = (
            f'<button type="button" class="btn btn-outline-primary btn-xem-them" '
            f'data-url="/chuyen-muc/{cat}/?page={page + 1}&amp;ajax=1" data-target="#list-{cat}">Xem thêm</button>'
        )
    main = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
<li class="breadcrumb-item active">{esc(CATEGORIES[cat])}</li></ol>
<h2 class="category-title">{esc(CATEGORIES[cat])}</h2>
<ul class="list-news" id="list-{cat}">
{entry_items(rows)}
</ul>
{more}
{pager}
<script>$('.btn-xem-them').on('click',function(){{var b=$(this);fetch(b.data('url')).then(r=>r.text()).then(h=>{{$(b.data('target')).append(h);}});}});</script>"""
    title = f"{CATEGORIES[cat]} - {SITE}" + (f" - Trang {page}" if page > 1 else "")
    return html(layout(title, main))


def home(request: Request) -> Response:
    slider = [s for s in newest(STORIES) if s.opts.get("slider")]
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{href(s)}{UTM.replace("&", "&amp;")}">'
        f'<img src="{s.images[0].src if s.images else "/static/images/thumb-default.jpg"}" alt="">'
        f'<div class="carousel-caption"><span class="cat">{esc(SHORT["tin-tuc-su-kien"])}</span>'
        f"<h3>{esc(s.title)}</h3></div></a></div>"
        for i, s in enumerate(slider)
    )
    news = [s for s in newest(STORIES) if s.cat not in NOTICE_CATS][:6]
    tin_moi = "".join(
        f'<li><a href="{href(s)}">{esc(s.title)}</a> <small>{dmy(s.published_at)}</small></li>' for s in news
    )
    boxes = []
    for cat in CATEGORIES:
        rows = list(reversed(entries(cat)))[:3]
        items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for _, h, t, _ in rows)
        boxes.append(
            f'<div class="home-box"><h3 class="box-title"><a href="/chuyen-muc/{cat}/">{esc(SHORT[cat])}</a></h3>'
            f'<ul>{items}</ul><a class="xem-tat-ca" href="/chuyen-muc/{cat}/">Xem tất cả »</a></div>'
        )
    main = f"""<div id="tin-noi-bat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>
<div class="home-tin-moi"><h3 class="box-title">Tin mới</h3><ul>{tin_moi}</ul></div>
{"".join(boxes)}"""
    return html(layout(f"{SITE} - Cổng thông tin điện tử", main))


# --- other pages ----------------------------------------------------------------------------


def doc_page(doc: Doc) -> Response:
    y, m = doc.date[:4], doc.date[5:7]
    pdf = f"/media/van-ban/{y}/{m}/{doc.number.replace('/', '-')}.pdf"
    main = f"""<div class="duong-dan"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/{doc.cat}/">{esc(CATEGORIES[doc.cat])}</a> / Văn bản</div>
<div class="van-ban-detail"><h2 class="vb-title">{esc(doc.title)}</h2>
<table class="table table-bordered vb-info"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(doc.number)}</td></tr>
<tr><th>Ngày ban hành</th><td>{dmy(doc.date)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(SITE_LONG)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc.title)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{pdf}">Tải về</a></td></tr>
</tbody></table></div>"""
    return html(layout(f"{doc.title} - {SITE}", main, h1_logo=True))


def simple_page(title: str, inner: str) -> Response:
    main = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>
<li class="breadcrumb-item active">{esc(title)}</li></ol>
<div class="static-page"><h1 class="page-title">{esc(title)}</h1>{inner}</div>"""
    return html(layout(f"{title} - {SITE}", main))


GIOI_THIEU = """<p>Sở Giáo dục và Đào tạo tỉnh Quảng Trị là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND
tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.</p>
<h3>Lãnh đạo Sở</h3><ul><li>Ông Nguyễn Văn Quang - Giám đốc</li><li>Bà Trần Thị Thanh Hương - Phó Giám đốc</li>
<li>Ông Lê Quang Vinh - Phó Giám đốc</li></ul>
<h3>Các phòng chuyên môn</h3><ul><li>Văn phòng Sở</li><li>Phòng Giáo dục trung học</li>
<li>Phòng Giáo dục mầm non - tiểu học</li><li>Phòng Khảo thí và Kiểm định chất lượng giáo dục</li></ul>"""

LIEN_HE = """<p>Địa chỉ: Số 21 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị</p>
<p>Điện thoại: 0232 3852 125 - Email: sgddt@quangtri.gov.vn</p>
<form method="post" action="/lien-he/" class="contact-form"><input type="hidden" name="csrfmiddlewaretoken" value="Pq7XnB2cV9sLk4Mz">
<input name="ho_ten" placeholder="Họ và tên"><input name="email" placeholder="Email">
<textarea name="noi_dung" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>"""

LICH = """<p class="tuan">Tuần 49 (từ ngày 30/11/2026 đến ngày 06/12/2026)</p>
<table class="table table-bordered lich"><thead><tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Chủ trì</th></tr></thead><tbody>
<tr><td>Thứ Hai 30/11</td><td>Sáng</td><td>Giao ban lãnh đạo Sở</td><td>Giám đốc</td></tr>
<tr><td>Thứ Ba 01/12</td><td>Cả ngày</td><td>Kiểm tra coi thi HSG lớp 12</td><td>PGĐ Lê Quang Vinh</td></tr>
<tr><td>Thứ Năm 03/12</td><td>Sáng</td><td>Trao học bổng tại THPT Hải Lăng</td><td>PGĐ Trần Thị Thanh Hương</td></tr>
<tr><td>Thứ Sáu 04/12</td><td>Chiều</td><td>Họp Hội đồng thi đua ngành</td><td>Giám đốc</td></tr>
</tbody></table><p><a href="/lich-cong-tac/?tuan=48">« Tuần trước</a></p>"""

ALBUM = """<p class="album-date">Ngày tạo: 08/09/2026 - 24 ảnh</p><div class="gallery row">""" + "".join(
    f'<div class="col-4"><a href="/media/gallery/khai-giang-2026/anh-{i:02d}.jpg" data-lightbox="album">'
    f'<img src="/media/gallery/khai-giang-2026/thumbs/anh-{i:02d}.jpg" alt="Khai giảng năm học 2026-2027 - ảnh {i}"></a>'
    f'<p class="g-caption">Lễ khai giảng tại các trường - ảnh {i}</p></div>'
    for i in range(1, 7)
) + "</div>"


class DjangoVendorSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/static/", "/media/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                from tests.portals._common import PDF

                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return home(request)
        # Django APPEND_SLASH
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            target = path + "/" + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        if m := re.fullmatch(r"/tin-tuc/(\d{4})/(\d{2})/([a-z0-9-]+)/", path):
            story = BY_SLUG.get(m.group(3))
            if not story or ym(story) != (m.group(1), m.group(2)):
                return None
            return (notice_page if story.cat in NOTICE_CATS else news_page)(request, story)
        if m := re.fullmatch(r"/bai-viet/(\d+)/", path):
            story = BY_ID.get(int(m.group(1)))
            if not story:
                return None
            return (notice_page if story.cat in NOTICE_CATS else news_page)(request, story)
        if m := re.fullmatch(r"/bai-viet/(\d+)/in/", path):
            story = BY_ID.get(int(m.group(1)))
            return print_page(story) if story else None
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/", path):
            return category_page(request, m.group(1)) if m.group(1) in CATEGORIES else None
        if m := re.fullmatch(r"/van-ban/(\d+)/", path):
            doc = DOC_BY_ID.get(int(m.group(1)))
            return doc_page(doc) if doc else None
        if path == "/gioi-thieu/":
            return simple_page("Giới thiệu", GIOI_THIEU)
        if path == "/lien-he/":
            return simple_page("Liên hệ", LIEN_HE)
        if path == "/lich-cong-tac/":
            return simple_page("Lịch công tác tuần", LICH)
        if path == "/thu-vien-anh/khai-giang-nam-hoc-2026-2027/":
            return simple_page("Khai giảng năm học 2026-2027", ALBUM)
        return None


def build_site() -> DjangoVendorSite:
    return DjangoVendorSite()
