"""Trường Chính trị tỉnh Quảng Trị: a Hugo site with the Docsy theme (study materials and news).

Platform: Hugo (static site generator, Goldmark markdown) with the Docsy documentation theme, as a
provincial political school builds it: a landing page of Docsy "blocks", a ``/docs/`` tree of
study materials (left nav tree, right "Trên trang này" TOC, page-meta links to GitHub), a
``/blog/`` of news with posts filed in year folders, categories as a taxonomy, git info
("Cập nhật lần cuối …: <commit subject> (<hash>)") at the foot of every page.

URL scheme
- ``/``                                   landing page (cover, lead block, latest 3 posts, features)
- ``/about/``                             Giới thiệu (Docsy about layout)
- ``/blog/``, ``/blog/page/<N>/``         all posts, 4 a page (Hugo paginator; page 1 also has
                                          its alias ``/blog/page/1/``, a meta-refresh stub)
- ``/blog/2026/``, ``/blog/2026/page/<N>/`` the year folder (a section), same paginator
- ``/blog/<yyyy>/<mm>/<dd>/<slug>/``      a post (permalink ``/:section/:year/:month/:day/:slug/``)
- ``/categories/``, ``/categories/<term>/`` (+ ``page/<N>/``) taxonomy lists, 4 a page
- ``/docs/``, ``/docs/<section>/``        section index pages (``section-index`` entries)
- ``/docs/<section>/<page>/``             a documentation page
- ``/docs/<section>/_print/``             Docsy's "In toàn bộ mục": every page of the section in one
- ``/tin-tuc/tuyen-sinh-tccl-2027.html``  a Hugo ``aliases:`` stub left from the old CMS
- ``/index.xml``, ``/blog/index.xml``     RSS (rssLimit 5), ``/sitemap.xml``,
  ``/offline-search-index.<hash>.json``   Docsy's offline search index

Templates: Docsy ``td-navbar`` (menu with a "Chuyên mục" drop-down, today's date, search box),
``td-sidebar`` nav tree (blog: the 2026 folder truncated to 4 posts and "…"), ``td-sidebar-toc``
(page meta links + ``#TableOfContents``), ``td-content`` (h1, ``.lead``, byline, reading time,
taxonomy box, text, feedback widget on docs, last-modified line), ``td-footer`` (address,
visitor counter, copyright, "Vận hành bởi Hugo & Docsy").

How each gold article is reached
- posts 1–4: ``/blog/`` (and 1–3 from the landing page); posts 5–8: ``/blog/page/2/``;
  posts 9–10: ``/blog/page/3/`` (also ``/blog/2026/`` pages and category lists; post 10, the fifth
  "Hoạt động" post, is on page 2 of every list it is in: ``/blog/page/3/``,
  ``/blog/2026/page/3/``, ``/categories/hoat-dong/page/2/``).
- docs 11–13: the left nav tree on every docs page and the ``/docs/<section>/`` index entries.

Traps
1. Docsy's blog byline prints the date with Go's layout "Monday, January 02, 2006" localized by
   Hugo for ``vi``: "Thứ Sáu, Tháng 12 04, 2026" (weekday, then *month* then day). The listing
   repeats it with "trong 2026" (the post's section, a year folder). Gold: the day 2026-12-04; the
   time only from ``article:published_time`` when it is not midnight (front matter ``date:
   2026-11-20`` prints ``T00:00:00+07:00``: the day alone).
2. Git info: every page ends (inside ``td-content``) with "Cập nhật lần cuối Tháng 12 5, 2026:
   <commit subject> (a1b2c3d)", and ``article:modified_time`` carries the same day: update dates,
   never ``published_at``. The three docs articles print no other date and have no
   ``article:published_time``: published_at null.
3. The breadcrumb and the nav tree print the page's ``linkTitle`` ("Chuyên đề 1", "Hội thi GVDG
   2026"), the ``<h1>`` its ``title``. Gold title: the h1.
4. Blog breadcrumb reads "Tin tức › 2026 › …": the last section is a year folder. Gold category:
   the post's categories term printed in its "Chuyên mục:" taxonomy box (and the navbar's
   drop-down): "Hoạt động", "Thông báo", "Đào tạo - Bồi dưỡng". Docs: the page's section as
   the breadcrumb prints it.
5. Headings carry Docsy's empty self-link (``<a class="td-heading-self-link">``) and are
   repeated by the right-hand "Trên trang này" TOC (``#TableOfContents``) and its page-meta
   links ("Xem mã nguồn trang", "Chỉnh sửa trang này", "Tạo trang con", "Báo lỗi tài liệu",
   "In toàn bộ mục"): the headings are body once, the TOC and meta links are chrome.
6. Hugo's ``figure`` shortcode prints its title as an ``<h4>`` *inside* the ``<figcaption>``
   with the attribution in a ``<p>`` after it: the h4 is the caption, not a heading of the text;
   "Ảnh: X" is a photographer. Docsy's ``imgproc`` prints the photo as a Bootstrap card
   (``figure.card`` > ``figcaption.card-body`` > ``p.card-text``), the caption in a paragraph.
7. Page-bundle images: ``src`` is relative to the post's folder and named by Hugo's image
   processing ("hoi-nghi_hu5c0e2f…_resize_600x0_q75_box.jpg"); the listing's thumbnails
   (``featured-…_250x250_fill…``) are not the post's photos.
8. Goldmark footnotes: the call is a bare ``<sup><a class="footnote-ref">1</a></sup>`` (dropped),
   the notes at the end (``div.footnotes`` after an ``<hr>``) are text, each ending with the
   back-link "↩︎" (``a.footnote-backref``), which is not text.
9. Docsy ``tabpane``: the tab labels are ``<button class="nav-link">`` in a ``ul.nav-tabs``
   (chrome), every pane's text is printed (the inactive ones hidden by CSS): all panes are body,
   in order; the labels are not.
10. Docs pages end with Docsy's feedback widget inside ``td-content``: an ``<h2>Phản hồi</h2>``,
    "Trang này có hữu ích không?", Có/Không buttons and both hidden answers: chrome.
11. ``/docs/<section>/_print/`` prints every page of the section one after another (each with its
    own h1): not an article. Hugo ``aliases:`` stub ``/tin-tuc/tuyen-sinh-tccl-2027.html`` (its
    ``<title>`` is the new URL, a meta refresh) and a body link written without the trailing
    slash (a 301 to the slashed URL) point to posts: alt_paths of those posts.
12. Reading time ("3 phút đọc", ``p.reading-time``) and the byline "Bởi <b>admin</b>" between the
    lead and the text; Disqus block "Bình luận" after it; a blog list that repeats each post
    three times (thumbnail, title, "Đọc thêm…").
13. Docsy's ``alert`` shortcode (``div.alert`` with an ``h4.alert-heading``) inside the text: the
    heading and its paragraph are text.

Gold decisions on ambiguous points
- Time of day: taken from ``<meta property="article:published_time">`` (the front matter date the
  byline prints) when it is not midnight; else the day alone.
- Byline "Bởi <b>ThS. Võ Thị Lan Anh, Khoa Lý luận cơ sở</b>": the name only. "Bởi <b>admin</b>"
  is nobody; a closing "Tin, ảnh: X" then makes X author and photographer. A unit in the byline
  ("Phòng Quản lý đào tạo") is the author as printed.
- ``.lead`` (the front matter description) is the sapo: summary and first body paragraph. The
  meta description alone is not. A post whose first paragraph is all bold has that as sapo.
- Tab labels of a tabpane are controls, not text (trap 9). The alert's heading is text (trap 13).
- A closing "Theo Báo Quảng Trị" line is the source, not body.
- Not articles: the landing page, ``/about/``, lists, ``_print`` pages, the class schedule
  (``lich-hoc``, a calendar table) and the forms page (``bieu-mau``, file entries).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "hugo_docsy_tct"
PLATFORM = "Hugo + Docsy"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Quảng Trị"
GH = "https://github.com/tct-quangtri/website"
PER_PAGE = 4
SEARCH_JSON = "/offline-search-index.7c1e4b0a9d2f.json"

CATS = {
    "hoat-dong": "Hoạt động",
    "thong-bao": "Thông báo",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
}
DOC_SECTIONS = {
    "ly-luan-chinh-tri": ("Lý luận chính trị", "Các chuyên đề lý luận chính trị dùng cho học viên các lớp."),
    "ky-nang-lanh-dao": (
        "Kỹ năng lãnh đạo, quản lý",
        "Tài liệu bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ cơ sở.",
    ),
    "huong-dan-hoc-vien": ("Hướng dẫn học viên", "Lịch học, biểu mẫu và quy định dành cho học viên."),
}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def hugo_date_blog(day: str) -> str:
    """Go's "Monday, January 02, 2006" as Hugo localizes it for vi."""
    d = _dt.date.fromisoformat(day[:10])
    return f"{_WEEKDAYS[d.weekday()]}, Tháng {d.month} {d.day:02d}, {d.year}"


def hugo_date_default(day: str) -> str:
    """Go's "January 2, 2006" localized."""
    d = _dt.date.fromisoformat(day[:10])
    return f"Tháng {d.month} {d.day}, {d.year}"


def _hu(seed: str) -> str:
    return "hu" + hashlib.md5(seed.encode()).hexdigest()[:26]


def proc(name: str, size: str = "600x0_resize_q75_box") -> str:
    """A Hugo-processed page-bundle image name."""
    return f"{name}_{_hu(name)}_{len(name) * 4111}_{size}.jpg"


# --- the stories ------------------------------------------------------------------------------

POSTS: list[Story] = [
    Story(
        1,
        "be-mac-lop-tccl-hc-k47",
        "Bế mạc lớp Trung cấp lý luận chính trị – hành chính K47 hệ không tập trung",
        "dao-tao-boi-duong",
        "2026-12-04T16:30:00+07:00",
        [
            P(
                "Sau 12 tháng học tập, 86 học viên lớp K47 đã hoàn thành chương trình, trong đó "
                "có 21 học viên đạt loại giỏi và 65 học viên đạt loại khá."
            ),
            Img(
                proc("be-mac-k47"),
                "Đồng chí Hiệu trưởng trao giấy khen cho các học viên có thành tích xuất sắc.",
                "Đồng chí Hiệu trưởng trao giấy khen cho các học viên có thành tích xuất sắc.",
                "imgproc",
            ),
            P(
                "Phát biểu bế mạc, đồng chí Hiệu trưởng đề nghị học viên vận dụng kiến thức đã "
                "học vào thực tiễn công tác tại địa phương, đơn vị."
            ),
            P(
                "Trước đó, Trường đã tổ chức Hội thi giảng viên dạy giỏi cấp Trường năm 2026 với "
                "nhiều bài giảng gắn với thực tiễn của tỉnh.",
                "a|/blog/2026/10/30/hoi-thi-giang-vien-day-gioi|Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary="Chiều 04/12/2026, Trường Chính trị tỉnh Quảng Trị tổ chức Lễ bế mạc lớp Trung cấp "
        "lý luận chính trị – hành chính K47 hệ không tập trung mở tại huyện Gio Linh.",
        sapo_outside=True,
        opts={"byline": "ThS. Nguyễn Thị Thu Hà", "link": "Bế mạc lớp K47", "lastmod": "2026-12-05",
              "commit": "Thêm ảnh lễ bế mạc K47", "featured": True},
    ),
    Story(
        2,
        "lich-thi-het-hoc-phan-k48",
        "Thông báo lịch thi hết học phần lớp Trung cấp LLCT-HC K48",
        "thong-bao",
        "2026-12-02",
        [
            P("Phòng Quản lý đào tạo thông báo lịch thi hết học phần lớp Trung cấp lý luận chính "
              "trị – hành chính K48 như sau:"),
            P("Ngày thi | Học phần | Hình thức", "th"),
            P("08/12/2026 | Những vấn đề cơ bản về Đảng Cộng sản Việt Nam | Viết", "tr"),
            P("10/12/2026 | Quản lý hành chính nhà nước | Tiểu luận", "tr"),
            P("15/12/2026 | Tình hình, nhiệm vụ của tỉnh Quảng Trị | Vấn đáp", "tr"),
            P("Lưu ý", "alert-h"),
            P("Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên.", "alert"),
            P("Học viên vắng thi có lý do phải làm đơn gửi Phòng Quản lý đào tạo trước ngày thi."),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"byline": "Phòng Quản lý đào tạo", "link": "Lịch thi K48", "lastmod": "2026-12-03",
              "commit": "Sửa giờ thi học phần 3"},
    ),
    Story(
        3,
        "hoi-nghi-quan-triet-nghi-quyet-dai-hoi",
        "Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ Trường nhiệm kỳ 2025–2030",
        "hoat-dong",
        "2026-11-27T09:00:00+07:00",
        [
            P("Dự hội nghị có toàn thể đảng viên, cán bộ, giảng viên, nhân viên nhà trường."),
            Img(
                proc("hoi-nghi-quan-triet"),
                "Quang cảnh hội nghị||Ảnh: Hoàng Minh Đức",
                "Quang cảnh hội nghị",
                "figure",
            ),
            P("Những nội dung cốt lõi", "h2"),
            P("Hội nghị đã nghe đồng chí Bí thư Đảng ủy Trường quán triệt các chỉ tiêu chủ yếu của "
              "nhiệm kỳ, trong đó nhấn mạnh nhiệm vụ nâng cao chất lượng giảng dạy."),
            P("Chương trình hành động", "h2"),
            P("Các chi bộ xây dựng chương trình hành động cụ thể, hoàn thành trước ngày 31/12/2026."),
        ],
        authors=["Trần Quốc Việt"],
        photographers=["Hoàng Minh Đức"],
        summary="Sáng 27/11, Đảng ủy Trường Chính trị tỉnh tổ chức hội nghị học tập, quán triệt "
        "Nghị quyết Đại hội Đảng bộ Trường lần thứ XIV, nhiệm kỳ 2025–2030.",
        sapo_outside=True,
        opts={"byline": "Trần Quốc Việt", "link": "Quán triệt Nghị quyết Đại hội", "lastmod": "2026-11-28",
              "commit": "Cập nhật bài hội nghị quán triệt", "toc": True, "featured": True},
    ),
    Story(
        4,
        "ky-niem-44-nam-ngay-nha-giao",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong",
        "2026-11-20",
        [
            P("Sáng 20/11/2026, Trường Chính trị tỉnh Quảng Trị tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam (20/11/1982 – 20/11/2026)."),
            Img(proc("le-ky-niem-20-11"), "Các nhà giáo nhận hoa chúc mừng của học viên",
                "Các nhà giáo nhận hoa chúc mừng của học viên", "md"),
            P("Tại buổi lễ, nhà trường đã khen thưởng 12 giảng viên có thành tích xuất sắc trong năm "
              "học và trao tặng Kỷ niệm chương Vì sự nghiệp giáo dục cho 3 nhà giáo."),
            Raw('<p style="text-align: right"><strong>Tin, ảnh: Lê Văn Khánh</strong></p>'),
        ],
        authors=["Lê Văn Khánh"],
        photographers=["Lê Văn Khánh"],
        opts={"byline": "admin", "link": "Kỷ niệm 20/11", "lastmod": "2026-11-21",
              "commit": "Sửa chính tả", "featured": True},
    ),
    Story(
        5,
        "nghien-cuu-thuc-te-huong-hoa",
        "Lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại huyện Hướng Hóa",
        "dao-tao-boi-duong",
        "2026-11-13",
        [
            P("Từ ngày 10 đến 12/11/2026, 64 học viên lớp Cao cấp lý luận chính trị hệ không tập "
              "trung tỉnh Quảng Trị đã đi nghiên cứu thực tế tại huyện Hướng Hóa.", "bold"),
            P("Đoàn đã làm việc với Huyện ủy Hướng Hóa, tìm hiểu mô hình trồng cà phê gắn với du "
              "lịch cộng đồng tại xã Hướng Phùng."),
            Img(proc("thuc-te-huong-hoa-1"), "Đoàn học viên làm việc với Huyện ủy Hướng Hóa",
                "Đoàn học viên làm việc với Huyện ủy Hướng Hóa", "imgproc"),
            P("Qua chuyến đi, học viên có thêm tư liệu thực tiễn để hoàn thành tiểu luận cuối khóa."),
            Img(proc("thuc-te-huong-hoa-2"), "Ảnh: Phan Thanh Tùng", None, "imgproc"),
            Raw('<p style="text-align: right"><em>Theo Báo Quảng Trị</em></p>'),
        ],
        photographers=["Phan Thanh Tùng"],
        source="Báo Quảng Trị",
        summary="Từ ngày 10 đến 12/11/2026, 64 học viên lớp Cao cấp lý luận chính trị hệ không tập "
        "trung tỉnh Quảng Trị đã đi nghiên cứu thực tế tại huyện Hướng Hóa.",
        opts={"link": "Nghiên cứu thực tế Hướng Hóa", "lastmod": "2026-11-14",
              "commit": "Thêm bài nghiên cứu thực tế"},
    ),
    Story(
        6,
        "tuyen-sinh-tccl-2027",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị – hành chính hệ tập trung năm 2027",
        "thong-bao",
        "2026-11-06T10:15:00+07:00",
        [
            P("Trường Chính trị tỉnh Quảng Trị thông báo tuyển sinh lớp Trung cấp lý luận chính trị "
              "– hành chính hệ tập trung khóa học 2027."),
            P("Đối tượng và điều kiện", "h2"),
            P("Cán bộ, công chức cấp xã được quy hoạch các chức danh chủ chốt.", "li"),
            P("Có trình độ chuyên môn từ trung cấp trở lên.", "li"),
            P("Không quá 45 tuổi tính đến thời điểm dự tuyển.", "li"),
            P("Hồ sơ", "h2"),
            P("Hồ sơ nộp tại Phòng Quản lý đào tạo trước ngày 15/01/2027."),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"byline": "Phòng Quản lý đào tạo", "link": "Tuyển sinh TCCL 2027", "lastmod": "2026-11-30",
              "commit": "Gia hạn nộp hồ sơ tuyển sinh", "toc": True,
              "alias": "/tin-tuc/tuyen-sinh-tccl-2027.html"},
    ),
    Story(
        7,
        "hoi-thi-giang-vien-day-gioi",
        "Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
        "hoat-dong",
        "2026-10-30T14:00:00+07:00",
        [
            P("Hội thi có 14 giảng viên thuộc 4 khoa tham gia, mỗi giảng viên trình bày một bài giảng "
              "lý thuyết và một bài giảng thực hành."),
            P("Kết quả", "h2"),
            P("Ban Giám khảo đã chọn 5 bài giảng xuất sắc để tham dự Hội thi cấp tỉnh năm 2027."),
            P("Ý nghĩa", "h2"),
            P("Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo "
              "hướng phát huy tính tích cực của học viên."),
        ],
        authors=["Nguyễn Văn Hùng", "Lê Thị Mai"],
        summary="Từ ngày 27 đến 30/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi "
        "cấp Trường năm 2026.",
        sapo_outside=True,
        opts={"byline": "Nguyễn Văn Hùng, Lê Thị Mai", "link": "Hội thi GVDG 2026", "lastmod": "2026-11-02",
              "commit": "Bổ sung kết quả hội thi", "toc": True},
    ),
    Story(
        8,
        "khai-giang-qpan-doi-tuong-4",
        "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "dao-tao-boi-duong",
        "2026-10-23",
        [
            P("Lớp học có 120 học viên là cán bộ, đảng viên các xã, phường trên địa bàn tỉnh."),
            P("Chương trình gồm 7 chuyên đề theo Nghị định số 13/2014/NĐ-CP của Chính phủ.", "fnref"),
            P("Lớp học kéo dài 5 ngày, từ ngày 23 đến 27/10/2026.", "fnref"),
            P("Nghị định quy định chi tiết thi hành Luật Giáo dục quốc phòng và an ninh.", "fn"),
            P("Theo Kế hoạch số 45/KH-TCT ngày 15/9/2026 của Trường.", "fn"),
        ],
        authors=["Võ Đình Phúc"],
        opts={"byline": "Võ Đình Phúc", "link": "Khai giảng QP-AN", "lastmod": "2026-10-24",
              "commit": "Thêm chú thích"},
    ),
    Story(
        9,
        "sinh-hoat-chuyen-de-thang-10",
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề tháng 10",
        "hoat-dong",
        "2026-10-16",
        [
            P("Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao chất lượng "
              "bài giảng gắn với thực tiễn địa phương”."),
            P("Các đảng viên đã thảo luận, đề xuất nhiều giải pháp đưa tình huống thực tế vào bài "
              "giảng."),
        ],
        authors=["Võ Thị Lan Anh"],
        opts={"byline": "ThS. Võ Thị Lan Anh, Khoa Lý luận cơ sở", "link": "Sinh hoạt chuyên đề T10",
              "lastmod": "2026-10-16", "commit": "Thêm bài sinh hoạt chuyên đề"},
    ),
    Story(
        10,
        "ung-ho-dong-bao-bi-bao",
        "Cán bộ, giảng viên nhà trường ủng hộ đồng bào bị thiệt hại do bão số 6",
        "hoat-dong",
        "2026-10-08",
        [
            P("Hưởng ứng lời kêu gọi của Ủy ban MTTQ Việt Nam tỉnh, cán bộ, giảng viên, nhân viên "
              "và học viên nhà trường đã ủng hộ 48.500.000 đồng."),
            Img(proc("ung-ho-bao"), None, None, "mdbare"),
            P("Toàn bộ số tiền đã được chuyển đến Ủy ban MTTQ Việt Nam tỉnh để hỗ trợ các hộ dân bị "
              "thiệt hại nặng."),
        ],
        opts={"link": "Ủng hộ đồng bào bị bão", "lastmod": "2026-10-09", "commit": "Thêm bài ủng hộ"},
    ),
]

DOCS: list[Story] = [
    Story(
        11,
        "chuyen-de-1-chu-nghia-mac-lenin",
        "Chuyên đề 1: Những nội dung cơ bản của chủ nghĩa Mác – Lênin",
        "ly-luan-chinh-tri",
        None,
        [
            P("Mục tiêu", "h2"),
            P("Học viên nắm được những nguyên lý cơ bản của chủ nghĩa duy vật biện chứng và chủ "
              "nghĩa duy vật lịch sử."),
            P("Nội dung", "h2"),
            P("Chủ nghĩa Mác – Lênin gồm ba bộ phận cấu thành: triết học, kinh tế chính trị và chủ "
              "nghĩa xã hội khoa học.", "tab:Nội dung chính"),
            P("Ba bộ phận có quan hệ thống nhất, bổ sung cho nhau.", "tab:Nội dung chính"),
            P("Phân tích mối quan hệ giữa ba bộ phận cấu thành chủ nghĩa Mác – Lênin.", "tab:Câu hỏi ôn tập"),
        ],
        summary="Chuyên đề giới thiệu khái quát nguồn gốc, bộ phận cấu thành và giá trị của chủ nghĩa "
        "Mác – Lênin.",
        sapo_outside=True,
        opts={"link": "Chuyên đề 1", "lastmod": "2026-11-28", "commit": "Bổ sung câu hỏi ôn tập",
              "toc": True},
    ),
    Story(
        12,
        "chuyen-de-2-tu-tuong-ho-chi-minh",
        "Chuyên đề 2: Tư tưởng Hồ Chí Minh về xây dựng Đảng",
        "ly-luan-chinh-tri",
        None,
        [
            P("Chủ tịch Hồ Chí Minh khẳng định Đảng phải lấy chủ nghĩa Mác – Lênin làm cốt.", "fnref"),
            P("Đảng là đạo đức, là văn minh; cán bộ, đảng viên phải thật sự cần, kiệm, liêm, chính, "
              "chí công vô tư."),
            P("Ghi nhớ", "alert-h"),
            P("Xây dựng Đảng về đạo đức là nội dung mới, nổi bật trong tư tưởng Hồ Chí Minh.", "alert"),
            P("Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.2, tr.289.", "fn"),
        ],
        opts={"link": "Chuyên đề 2", "lastmod": "2026-11-19", "commit": "Sửa trích dẫn"},
    ),
    Story(
        13,
        "ky-nang-xu-ly-tinh-huong",
        "Kỹ năng xử lý tình huống trong lãnh đạo, quản lý ở cơ sở",
        "ky-nang-lanh-dao",
        None,
        [
            P("Tình huống trong lãnh đạo, quản lý là sự việc bất thường nảy sinh đòi hỏi người cán bộ "
              "phải đưa ra quyết định kịp thời."),
            Img(proc("quy-trinh-xu-ly"), "Sơ đồ các bước xử lý tình huống",
                "Sơ đồ các bước xử lý tình huống", "imgproc"),
            P("Bước | Nội dung", "th"),
            P("1 | Nhận diện, mô tả tình huống", "tr"),
            P("2 | Phân tích nguyên nhân, hậu quả", "tr"),
            P("3 | Xây dựng và lựa chọn phương án", "tr"),
            P("Người cán bộ cần bình tĩnh, khách quan, dựa trên quy định của pháp luật."),
        ],
        opts={"link": "Xử lý tình huống", "lastmod": "2026-11-25", "commit": "Thêm sơ đồ quy trình"},
    ),
]


def post_path(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"/blog/{y}/{m}/{d}/{s.slug}/"


def doc_path(s: Story) -> str:
    return f"/docs/{s.cat}/{s.slug}/"


# non-article docs pages: (section, slug, title, linkTitle, html)
SCHEDULE = (
    "huong-dan-hoc-vien",
    "lich-hoc",
    "Lịch học tháng 12/2026",
    "Lịch học",
    "<p>Lịch học các lớp tại Trường trong tháng 12/2026:</p>\n<table>\n<thead><tr><th>Ngày</th>"
    "<th>Lớp</th><th>Nội dung</th><th>Giảng viên</th></tr></thead>\n<tbody>\n"
    + "".join(
        f"<tr><td>{d:02d}/12/2026</td><td>K48</td><td>Học phần {n}</td><td>GV {g}</td></tr>\n"
        for d, n, g in [(7, 3, "Hùng"), (9, 4, "Mai"), (14, 5, "Lan Anh"), (16, 5, "Phúc")]
    )
    + "</tbody>\n</table>",
)
FORMS = (
    "huong-dan-hoc-vien",
    "bieu-mau",
    "Biểu mẫu dành cho học viên",
    "Biểu mẫu",
    "<p>Học viên tải các biểu mẫu dưới đây:</p>\n<ul>\n"
    '<li><a href="/files/don-xin-nghi-hoc.pdf">Đơn xin nghỉ học (PDF)</a></li>\n'
    '<li><a href="/files/mau-tieu-luan.pdf">Mẫu trình bày tiểu luận (PDF)</a></li>\n'
    '<li><a href="/files/phieu-dang-ky-thi-lai.pdf">Phiếu đăng ký thi lại (PDF)</a></li>\n</ul>\n'
    '<p>Xem thông báo tuyển sinh: <a href="/tin-tuc/tuyen-sinh-tccl-2027.html">Tuyển sinh TCCL 2027</a></p>',
)
EXTRA_DOCS = [SCHEDULE, FORMS]
FILES = {"/files/don-xin-nghi-hoc.pdf", "/files/mau-tieu-luan.pdf", "/files/phieu-dang-ky-thi-lai.pdf"}


# --- rendering of the text --------------------------------------------------------------------


def _slug_id(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def render_blocks(s: Story, base: str) -> tuple[str, list[tuple[str, str]]]:
    """The markdown of a story as Goldmark + Docsy shortcodes print it; also its TOC entries."""
    out: list[str] = []
    toc: list[tuple[str, str]] = []
    notes: list[str] = []
    fn_no = 0
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(b))
            i += 1
            continue
        st = b.style
        if st in ("h2", "h3"):
            hid = _slug_id(b.text)
            toc.append((hid, b.text))
            out.append(
                f'<{st} id="{hid}">{esc(b.text)}<a class="td-heading-self-link" href="#{hid}" '
                f'aria-label="Heading self-link"></a></{st}>'
            )
        elif st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif st == "th":
            head = "".join(f"<th>{esc(c)}</th>" for c in b.text.split(" | "))
            rows = []
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | ")) + "</tr>")
                i += 1
            out.append(f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n" + "\n".join(rows)
                       + "\n</tbody>\n</table>")
            continue
        elif st == "alert-h":
            body = blocks[i + 1]
            out.append(
                f'<div class="alert alert-warning" role="alert"><h4 class="alert-heading">{esc(b.text)}</h4>\n\n'
                f"<p>{esc(body.text)}</p>\n</div>"
            )
            i += 2
            continue
        elif st.startswith("tab:"):
            panes: dict[str, list[str]] = {}
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style.startswith("tab:"):
                panes.setdefault(blocks[i].style[4:], []).append(blocks[i].text)
                i += 1
            out.append(render_tabs(panes))
            continue
        elif st == "fn":
            notes.append(b.text)
        elif st == "fnref":
            fn_no += 1
            out.append(
                f'<p>{esc(b.text)}<sup id="fnref:{fn_no}"><a href="#fn:{fn_no}" class="footnote-ref" '
                f'role="doc-noteref">{fn_no}</a></sup></p>'
            )
        elif st == "bold":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif st.startswith("a|"):
            _, href, phrase = st.split("|", 2)
            out.append("<p>" + esc(b.text).replace(esc(phrase), f'<a href="{href}">{esc(phrase)}</a>') + "</p>")
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if notes:
        lis = "\n".join(
            f'<li id="fn:{n}">\n<p>{esc(t)}&#160;<a href="#fnref:{n}" class="footnote-backref" '
            f'role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>'
            for n, t in enumerate(notes, 1)
        )
        out.append(f'<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n{lis}\n</ol>\n</div>')
    return "\n".join(out), toc


def render_img(img: Img) -> str:
    if img.style == "imgproc":
        cap = (
            f'<figcaption class="card-body px-0 pt-2 pb-0">\n<p class="card-text">{esc(img.printed)}</p>\n</figcaption>'
            if img.printed
            else ""
        )
        return (
            '<figure class="card rounded p-2 td-post-card mb-4 mt-4" style="max-width: 610px">\n'
            f'<img class="card-img-top" src="{img.src}" width="600" height="400">\n{cap}\n</figure>'
        )
    if img.style == "figure":
        title, attr = img.printed.split("||")
        return (
            f'<figure><img src="{img.src}"\n         alt="{esc(title)}"><figcaption>\n'
            f"      <h4>{esc(title)}</h4><p>{esc(attr)}</p>\n    </figcaption>\n</figure>"
        )
    if img.style == "md":
        return f'<p><img src="{img.src}" alt="{esc(img.printed)}"></p>\n<p><em>{esc(img.printed)}</em></p>'
    return f'<p><img src="{img.src}" alt=""></p>'


def render_tabs(panes: dict[str, list[str]]) -> str:
    nav, body = [], []
    for k, (label, texts) in enumerate(panes.items()):
        active = k == 0
        tid = f"tabs-01-{k:02d}"
        nav.append(
            f'<li class="nav-item"><button class="nav-link{" active" if active else ""}" id="{tid}-tab" '
            f'data-bs-toggle="tab" data-bs-target="#{tid}" role="tab" aria-controls="{tid}" '
            f'aria-selected="{"true" if active else "false"}">{esc(label)}</button></li>'
        )
        paras = "\n".join(f"<p>{esc(t)}</p>" for t in texts)
        body.append(
            f'<div class="tab-body tab-pane fade{" show active" if active else ""}" id="{tid}" '
            f'role="tabpanel" aria-labelledby="{tid}-tab" tabindex="{k + 1}">\n{paras}\n</div>'
        )
    return (
        '<ul class="nav nav-tabs" id="tabs-1" role="tablist">\n' + "\n".join(nav) + "\n</ul>\n"
        '<div class="tab-content" id="tabs-1-content">\n' + "\n".join(body) + "\n</div>"
    )


# --- page chrome ------------------------------------------------------------------------------


def head(req: Request, title: str, path: str, desc: str, extra: str = "") -> str:
    b = base_url(req)
    return f"""<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="vi" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.139.3">
<link rel="canonical" type="text/html" href="{b}{path}">
<link rel="alternate" type="application/rss+xml" href="{b}/index.xml">
<link rel="shortcut icon" href="/favicons/favicon.ico">
<link rel="apple-touch-icon" href="/favicons/apple-touch-icon-180x180.png" sizes="180x180">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta property="og:url" content="{b}{path}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:locale" content="vi">
{extra}<link rel="preload" href="/scss/main.min.3c9d2a1e.css" as="style">
<link href="/scss/main.min.3c9d2a1e.css" rel="stylesheet" integrity="">
<script src="/js/jquery-3.7.1.min.js" crossorigin="anonymous"></script>
<script defer src="/js/lunr-2.3.9.min.js" crossorigin="anonymous"></script>
</head>"""


def navbar() -> str:
    cats = "\n".join(
        f'<a class="dropdown-item" href="/categories/{k}/">{v}</a>' for k, v in CATS.items()
    )
    return f"""<header>
<nav class="td-navbar js-navbar-scroll" data-bs-theme="dark">
<div class="container-fluid flex-column flex-md-row">
  <a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><img src="/images/logo-tct.png" alt="Logo"></span><span class="navbar-brand__name">{SITE}</span></a>
  <div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar">
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/about/"><span>Giới thiệu</span></a></li>
      <li class="nav-item"><a class="nav-link" href="/docs/"><span>Tài liệu học tập</span></a></li>
      <li class="nav-item"><a class="nav-link" href="/blog/"><span>Tin tức</span></a></li>
      <li class="nav-item dropdown d-none d-lg-block">
        <a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">Chuyên mục</a>
        <div class="dropdown-menu">
{cats}
        </div>
      </li>
      <li class="nav-item"><a class="nav-link" href="https://www.facebook.com/truongchinhtriquangtri" target="_blank" rel="noopener"><i class="fa-brands fa-facebook"></i><span>Facebook</span></a></li>
    </ul>
  </div>
  <div class="d-none d-lg-block"><span class="navbar-text td-hom-nay">Thứ Bảy, 05/12/2026</span>
    <div class="td-search td-search--offline">
      <div class="td-search__icon"></div>
      <input type="search" class="td-search__input form-control" placeholder="Tìm kiếm trên trang…" aria-label="Tìm kiếm trên trang…" autocomplete="off" data-offline-search-index-json-src="{SEARCH_JSON}" data-offline-search-base-href="/" data-offline-search-max-results="10">
    </div>
  </div>
</div>
</nav>
</header>"""


def footer() -> str:
    return f"""<footer class="td-footer row d-print-none">
  <div class="container-fluid">
    <div class="row mx-md-2">
      <div class="td-footer__left col-6 col-sm-4 order-sm-1">
        <ul class="td-footer__links-list">
          <li class="td-footer__links-item" data-bs-toggle="tooltip" title="Facebook" aria-label="Facebook"><a target="_blank" rel="noopener" href="https://www.facebook.com/truongchinhtriquangtri" aria-label="Facebook"><i class="fab fa-facebook"></i></a></li>
          <li class="td-footer__links-item" data-bs-toggle="tooltip" title="Email" aria-label="Email"><a target="_blank" rel="noopener" href="mailto:truongchinhtri@quangtri.gov.vn" aria-label="Email"><i class="fa fa-envelope"></i></a></li>
        </ul>
      </div>
      <div class="td-footer__right col-6 col-sm-4 order-sm-3">
        <ul class="td-footer__links-list">
          <li class="td-footer__links-item" title="GitHub"><a target="_blank" rel="noopener" href="{GH}" aria-label="GitHub"><i class="fab fa-github"></i></a></li>
        </ul>
      </div>
      <div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
        <p class="td-dia-chi">Địa chỉ: 02 Lê Lợi, phường Đông Hà, tỉnh Quảng Trị · ĐT: 0233.3852.xxx · Email: truongchinhtri@quangtri.gov.vn</p>
        <p class="td-luot-truy-cap">Đang online: 17 | Hôm nay: 412 | Tổng truy cập: 1.284.306</p>
        <span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">{SITE}</span> Bảo lưu mọi quyền.</span>
        <span class="td-footer__all_rights_reserved">Vận hành bởi <a href="https://gohugo.io">Hugo</a> &amp; <a href="https://www.docsy.dev">Docsy</a></span>
      </div>
    </div>
  </div>
</footer>
<script src="/js/main.min.b1f0e2d4.js" integrity="" crossorigin="anonymous"></script>
<script src="/js/prism.js"></script>
</body>
</html>"""


def page(req: Request, title: str, path: str, desc: str, inner: str, body_cls: str, extra: str = "") -> Response:
    doc = (
        head(req, title, path, desc, extra)
        + f'\n<body class="{body_cls}">\n'
        + navbar()
        + f'\n<div class="container-fluid td-outer">\n<div class="td-main">\n{inner}\n</div>\n</div>\n'
        + footer()
    )
    return html(doc)


def breadcrumb(crumbs: list[tuple[str, str]], active: str) -> str:
    items = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs)
    return (
        f'<nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">{items}'
        f'<li class="breadcrumb-item active" aria-current="page">{esc(active)}</li></ol></nav>'
    )


def page_meta(src_file: str, print_path: str | None) -> str:
    pr = (
        f'\n<a id="print" href="{print_path}"><i class="fa-solid fa-print fa-fw"></i> In toàn bộ mục</a>'
        if print_path
        else ""
    )
    return f"""<div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="{GH}/tree/main/content/vi/{src_file}" class="td-page-meta--view" target="_blank" rel="noopener"><i class="fa-solid fa-file-lines fa-fw"></i> Xem mã nguồn trang</a>
<a href="{GH}/edit/main/content/vi/{src_file}" class="td-page-meta--edit" target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Chỉnh sửa trang này</a>
<a href="{GH}/new/main/content/vi/{src_file.rsplit("/", 1)[0]}?filename=change-me.md&amp;value=---%0Atitle%3A+%22Long+Page+Title%22%0A---" class="td-page-meta--child" target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Tạo trang con</a>
<a href="{GH}/issues/new?title={quote(src_file)}" class="td-page-meta--issue" target="_blank" rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Báo lỗi tài liệu</a>{pr}
</div>"""


def toc_box(toc: list[tuple[str, str]]) -> str:
    if not toc:
        return ""
    items = "\n".join(f'<li><a href="#{h}">{esc(t)}</a></li>' for h, t in toc)
    return (
        '<div class="td-toc">\n<p class="td-toc__title">Trên trang này</p>\n<nav id="TableOfContents">\n'
        f"<ul>\n{items}\n</ul>\n</nav>\n</div>"
    )


def lastmod(s_day: str, subject: str, seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return (
        f'<div class="td-page-meta__lastmod">Cập nhật lần cuối {hugo_date_default(s_day)}: '
        f'<a href="{GH}/commit/{h}">{esc(subject)} ({h[:7]})</a></div>'
    )


def sorted_posts() -> list[Story]:
    return sorted(POSTS, key=lambda s: s.published_at, reverse=True)


def blog_sidebar(current: str) -> str:
    recent = sorted_posts()[:4]
    items = "\n".join(
        f'<li class="td-sidebar-nav__item td-sidebar-nav__item--post"><a href="{post_path(s)}" '
        f'class="td-sidebar-link td-sidebar-link__page{" active" if post_path(s) == current else ""}">'
        f'<span>{esc(s.opts["link"])}</span></a></li>'
        for s in recent
    )
    return f"""<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child" id="m-blog-li">
<a href="/blog/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root" id="m-blog"><span>Tin tức</span></a>
<ul class="ul-1">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child" id="m-blog2026-li">
<a href="/blog/2026/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section" id="m-blog2026"><span>2026</span></a>
<ul class="ul-2 foldable">
{items}
<li class="td-sidebar-nav__item"><a href="/blog/2026/" class="td-sidebar-link td-sidebar-link__page">…</a></li>
</ul>
</li>
</ul>
</li>
</ul>
</nav>
</div>
</aside>"""


def docs_sidebar(current: str) -> str:
    secs = []
    for key, (title, _d) in DOC_SECTIONS.items():
        pages = [(doc_path(s), s.opts["link"]) for s in DOCS if s.cat == key]
        pages += [(f"/docs/{sec}/{slug}/", lt) for sec, slug, _t, lt, _h in EXTRA_DOCS if sec == key]
        items = "\n".join(
            f'<li class="td-sidebar-nav__item"><a href="{p}" class="td-sidebar-link td-sidebar-link__page'
            f'{" active" if p == current else ""}" id="m-{p.strip("/").replace("/", "")}"><span>{esc(t)}</span></a></li>'
            for p, t in pages
        )
        secs.append(
            f'<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child" id="m-docs{key}-li">\n'
            f'<a href="/docs/{key}/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section" '
            f'id="m-docs{key}"><span>{esc(title)}</span></a>\n<ul class="ul-2 foldable">\n{items}\n</ul>\n</li>'
        )
    return f"""<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner">
<form class="td-sidebar__search d-flex align-items-center"><input type="search" class="form-control td-search-input" placeholder="Tìm kiếm trên trang…" data-offline-search-index-json-src="{SEARCH_JSON}"></form>
<nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child" id="m-docs-li">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root" id="m-docs"><span>Tài liệu học tập</span></a>
<ul class="ul-1">
{chr(10).join(secs)}
</ul>
</li>
</ul>
</nav>
</div>
</aside>"""


def layout3(sidebar: str, right: str, main: str) -> str:
    return f"""<div class="row flex-xl-nowrap">
{sidebar}
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none">
{right}
</aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main">
{main}
</main>
</div>"""


FEEDBACK = """<div class="d-print-none">
<h2 class="feedback--title">Phản hồi</h2>
<p class="feedback--question">Trang này có hữu ích không?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Có</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">Không</button>
<p class="feedback--response feedback--response-yes">Rất vui khi biết điều đó! Vui lòng <a href="https://github.com/tct-quangtri/website/issues/new">cho chúng tôi biết</a> cách chúng tôi có thể cải thiện.</p>
<p class="feedback--response feedback--response-no">Rất tiếc khi biết điều đó. Vui lòng <a href="https://github.com/tct-quangtri/website/issues/new">cho chúng tôi biết</a> cách chúng tôi có thể cải thiện.</p>
</div>"""


def _meta_times(s: Story) -> str:
    out = ""
    if s.published_at:
        t = s.published_at if "T" in s.published_at else s.published_at + "T00:00:00+07:00"
        out += '<meta property="og:type" content="article">\n<meta property="article:section" content="blog">\n'
        out += f'<meta property="article:published_time" content="{t}">\n'
    out += f'<meta property="article:modified_time" content="{s.opts["lastmod"]}T08:41:12+07:00">\n'
    return out


def render_post(req: Request, s: Story) -> Response:
    path = post_path(s)
    text, toc = render_blocks(s, path)
    lead = f'<div class="lead">{esc(s.summary)}</div>\n' if s.sapo_outside else ""
    by = f'Bởi <b>{esc(s.opts["byline"])}</b> |\n' if s.opts.get("byline") else ""
    day = s.published_at[:10]
    words = sum(len(b.text.split()) for b in s.blocks if isinstance(b, P))
    cat = s.cat
    main = f"""{breadcrumb([("/blog/", "Tin tức"), ("/blog/2026/", "2026")], s.opts["link"])}
<div class="td-content">
<h1>{esc(s.title)}</h1>
{lead}<div class="td-byline mb-4">
{by}<time datetime="{day}" class="text-body-secondary">{hugo_date_blog(day)}</time>
</div>
<header class="article-meta">
<div class="taxonomy taxonomy-terms-article taxo-categories">
<h5 class="taxonomy-title">Chuyên mục:</h5>
<ul class="taxonomy-terms">
<li><a class="taxonomy-term" href="/categories/{cat}/" data-taxonomy-term="{cat}"><span class="taxonomy-label">{CATS[cat]}</span></a></li>
</ul>
</div>
<p class="reading-time"><i class="fa-solid fa-clock" aria-hidden="true"></i>&nbsp; {max(1, words // 200 + 1)} phút đọc</p>
</header>
{text}
<div id="disqus_thread"><h3 class="td-binh-luan">Bình luận</h3><noscript>Vui lòng bật JavaScript để xem bình luận.</noscript></div>
{lastmod(s.opts["lastmod"], s.opts["commit"], s.slug)}
</div>"""
    right = page_meta(f"blog/2026/{s.slug}/index.md", None) + "\n" + toc_box(toc)
    desc = s.summary if s.sapo_outside else (s.blocks[0].text[:157] + "…")
    return page(req, f"{s.title} | {SITE}", path, desc, layout3(blog_sidebar(path), right, main),
                "td-page td-blog", _meta_times(s))


def render_doc(req: Request, s: Story) -> Response:
    path = doc_path(s)
    text, toc = render_blocks(s, path)
    sec_title = DOC_SECTIONS[s.cat][0]
    lead = f'<div class="lead">{esc(s.summary)}</div>\n' if s.sapo_outside else ""
    main = f"""{breadcrumb([("/docs/", "Tài liệu học tập"), (f"/docs/{s.cat}/", sec_title)], s.opts["link"])}
<div class="td-content">
<h1>{esc(s.title)}</h1>
{lead}<header class="article-meta"></header>
{text}
{FEEDBACK}
<br>
{lastmod(s.opts["lastmod"], s.opts["commit"], s.slug)}
</div>"""
    right = page_meta(f"docs/{s.cat}/{s.slug}.md", f"/docs/{s.cat}/_print/") + "\n" + toc_box(toc)
    desc = s.summary or s.blocks[0].text[:157]
    return page(req, f"{s.title} | {SITE}", path, desc, layout3(docs_sidebar(path), right, main),
                "td-page td-documentation", _meta_times(s))


def render_extra_doc(req: Request, d: tuple) -> Response:
    sec, slug, title, lt, body = d
    path = f"/docs/{sec}/{slug}/"
    main = f"""{breadcrumb([("/docs/", "Tài liệu học tập"), (f"/docs/{sec}/", DOC_SECTIONS[sec][0])], lt)}
<div class="td-content">
<h1>{esc(title)}</h1>
<header class="article-meta"></header>
{body}
{FEEDBACK}
{lastmod("2026-11-30", "Cập nhật " + lt.lower(), slug)}
</div>"""
    right = page_meta(f"docs/{sec}/{slug}.md", f"/docs/{sec}/_print/")
    return page(req, f"{title} | {SITE}", path, title, layout3(docs_sidebar(path), right, main),
                "td-page td-documentation",
                '<meta property="article:modified_time" content="2026-11-30T09:12:00+07:00">\n')


def _section_pages(sec: str) -> list[tuple[str, str, str]]:
    out = [(doc_path(s), s.title, s.summary or "") for s in DOCS if s.cat == sec]
    out += [(f"/docs/{x[0]}/{x[1]}/", x[2], "") for x in EXTRA_DOCS if x[0] == sec]
    return out


def render_doc_section(req: Request, sec: str | None) -> Response:
    if sec is None:
        path, title, desc = "/docs/", "Tài liệu học tập", "Tài liệu học tập dành cho học viên các lớp của Trường."
        entries = [(f"/docs/{k}/", t, d) for k, (t, d) in DOC_SECTIONS.items()]
        crumbs: list[tuple[str, str]] = []
        intro = ("<p>Thư viện tài liệu học tập trực tuyến của Trường: các chuyên đề lý luận chính trị, "
                 "tài liệu kỹ năng và hướng dẫn dành cho học viên.</p>")
    else:
        path = f"/docs/{sec}/"
        title, desc = DOC_SECTIONS[sec]
        entries = _section_pages(sec)
        crumbs = [("/docs/", "Tài liệu học tập")]
        intro = f"<p>{esc(desc)}</p>"
    ent = "\n".join(
        f'<div class="entry">\n<h5><a href="{h}">{esc(t)}</a></h5>\n<p>{esc(d)}</p>\n</div>' for h, t, d in entries
    )
    main = f"""{breadcrumb(crumbs, title)}
<div class="td-content">
<h1>{esc(title)}</h1>
<div class="lead">{esc(desc)}</div>
<header class="article-meta"></header>
{intro}
<div class="section-index">
<hr class="panel-line">
{ent}
</div>
{lastmod("2026-11-30", "Sắp xếp lại mục tài liệu", path)}
</div>"""
    pr = f"{path}_print/" if sec else None
    right = page_meta(f"{path.strip('/')}/_index.md", pr)
    return page(req, f"{title} | {SITE}", path, desc, layout3(docs_sidebar(path), right, main),
                "td-section td-documentation")


def render_print(req: Request, sec: str) -> Response:
    title, desc = DOC_SECTIONS[sec]
    parts = [f'<div class="td-content">\n<h1 id="pg-{sec}">{esc(title)}</h1>\n<div class="lead">{esc(desc)}</div>\n'
             '<div class="content">\n<p>Đây là bản in nhiều trang của mục này. '
             f'<a href="#" onclick="print();return false;">Bấm vào đây để in</a>.</p>\n'
             f'<p><a href="/docs/{sec}/">Trở về trang thông thường của mục này</a>.</p>\n</div>\n</div>']
    for n, s in enumerate([s for s in DOCS if s.cat == sec], 1):
        text, _ = render_blocks(s, doc_path(s))
        parts.append(f'<div class="td-content" style="page-break-before: always">\n'
                     f'<h1 id="pg-{_hu(s.slug)}">{n} - {esc(s.title)}</h1>\n{text}\n</div>')
    for n, d in enumerate([x for x in EXTRA_DOCS if x[0] == sec], 1):
        parts.append(f'<div class="td-content" style="page-break-before: always">\n'
                     f'<h1 id="pg-{_hu(d[1])}">{n} - {esc(d[2])}</h1>\n{d[4]}\n</div>')
    main = "\n".join(parts)
    path = f"/docs/{sec}/_print/"
    inner = f'<div class="row flex-xl-nowrap">\n<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main">\n{main}\n</main>\n</div>'
    return page(req, f"{title} | {SITE}", path, desc, inner, "td-section td-documentation",
                '<meta name="robots" content="noindex, nofollow">\n')


def render_list(req: Request, base: str, title: str, posts: list[Story], n: int, crumbs) -> Response | None:
    pages = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    if not 1 <= n <= pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    items = []
    for s in chunk:
        p = post_path(s)
        thumb = (
            f'<a href="{p}"><img class="float-start me-3 pt-1 d-none d-md-block" '
            f'src="{p}{proc("featured-" + s.slug, "250x250_fill_q75_box_smart1")}" width="125" height="125" alt="Ảnh đại diện"></a>\n'
            if s.opts.get("featured")
            else ""
        )
        first = next(b.text for b in s.blocks if isinstance(b, P))
        summ = s.summary if s.sapo_outside else " ".join(first.split()[:30]) + " …"
        items.append(f"""<li class="td-blog-posts-list__item">
{thumb}<div class="td-blog-posts-list__body">
<h5 class="mt-0 mb-1"><a href="{p}">{esc(s.title)}</a></h5>
<p class="mb-2 mb-md-3"><small class="text-body-secondary">{hugo_date_blog(s.published_at)} trong 2026</small></p>
<header class="article-meta"><p class="reading-time"><i class="fa-solid fa-clock"></i>&nbsp; 1 phút đọc</p></header>
<p class="pt-0 mt-0">{esc(summ)}</p>
<p class="pt-0"><a href="{p}" aria-label="Đọc thêm - {esc(s.title)}">Đọc thêm…</a></p>
</div>
</li>""")
    pager = []
    if pages > 1:
        def url(k: int) -> str:
            return base if k == 1 else f"{base}page/{k}/"
        pager.append('<ul class="pagination pagination-default">')
        dis = " disabled" if n == 1 else ""
        pager.append(f'<li class="page-item{dis}"><a href="{base}" aria-label="First" class="page-link" role="button">'
                     '<span aria-hidden="true">&laquo;&laquo;</span></a></li>')
        if n > 1:
            pager.append(f'<li class="page-item"><a href="{url(n - 1)}" aria-label="Previous" class="page-link" role="button"><span aria-hidden="true">&laquo;</span></a></li>')
        for k in range(1, pages + 1):
            if k == n:
                pager.append(f'<li class="page-item active"><a aria-current="page" aria-label="Page {k}" class="page-link" role="button">{k}</a></li>')
            else:
                pager.append(f'<li class="page-item"><a href="{url(k)}" aria-label="Page {k}" class="page-link" role="button">{k}</a></li>')
        if n < pages:
            pager.append(f'<li class="page-item"><a href="{url(n + 1)}" aria-label="Next" class="page-link" role="button"><span aria-hidden="true">&raquo;</span></a></li>')
        pager.append(f'<li class="page-item{" disabled" if n == pages else ""}"><a href="{url(pages)}" aria-label="Last" class="page-link" role="button"><span aria-hidden="true">&raquo;&raquo;</span></a></li>')
        pager.append("</ul>")
    path = base if n == 1 else f"{base}page/{n}/"
    main = f"""{breadcrumb(crumbs, title)}
<div class="td-content">
<h1>{esc(title)}</h1>
<div class="td-blog-posts">
<div class="td-blog-posts-list">
<h2 class="td-blog-posts-list__title">Bài viết năm 2026</h2>
<ul class="td-blog-posts-list__items">
{chr(10).join(items)}
</ul>
</div>
</div>
<div class="td-blog-posts__pagination">
{chr(10).join(pager)}
</div>
</div>"""
    right = '<div class="taxonomy taxonomy-terms-cloud taxo-categories"><h5 class="taxonomy-title">Chuyên mục</h5><ul class="taxonomy-terms">' + "".join(
        f'<li><a class="taxonomy-term" href="/categories/{k}/" data-taxonomy-term="{k}"><span class="taxonomy-label">{v}</span>'
        f'<span class="taxonomy-count">{sum(1 for s in POSTS if s.cat == k)}</span></a></li>'
        for k, v in CATS.items()
    ) + "</ul></div>"
    return page(req, f"{title} | {SITE}", path, f"{title} – {SITE}",
                layout3(blog_sidebar(path), right, main), "td-section td-blog")


def alias_stub(req: Request, target: str) -> Response:
    url = base_url(req) + target
    return html(
        f'<!DOCTYPE html><html lang="vi"><head><title>{url}</title><link rel="canonical" href="{url}">'
        f'<meta name="robots" content="noindex"><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={url}"></head></html>'
    )


def render_home(req: Request) -> Response:
    latest = sorted_posts()[:3]
    cards = "\n".join(
        f'<div class="col-lg-4 mb-5 mb-lg-0 text-center">\n<h4 class="h3"><a href="{post_path(s)}">{esc(s.title)}</a></h4>\n'
        f'<p class="mb-0">{hugo_date_blog(s.published_at)}</p>\n</div>'
        for s in latest
    )
    inner = f"""<main role="main" class="td-main">
<section id="td-cover-block-0" class="row td-cover-block td-cover-block--height-med js-td-cover td-overlay td-overlay--dark -bg-primary">
<div class="col-12"><div class="container td-overlay__inner"><div class="text-center">
<h1 class="display-1 mt-0 mt-md-5 pb-4">{SITE}</h1>
<div class="pt-3 lead">
<a class="btn btn-lg btn-primary me-3 mb-4" href="/docs/">Tài liệu học tập <i class="fas fa-arrow-alt-circle-right ms-2"></i></a>
<a class="btn btn-lg btn-secondary me-3 mb-4" href="/blog/">Tin tức <i class="fa-solid fa-newspaper ms-2"></i></a>
<p class="lead mt-5">Cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị tỉnh Quảng Trị</p>
</div></div></div></div>
</section>
<section class="row td-box td-box--primary position-relative td-box--height-auto">
<div class="col"><div class="row">
<div class="h3 text-center pb-3">Trường Chính trị tỉnh Quảng Trị là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy về nội dung, chương trình đào tạo, bồi dưỡng cán bộ, công chức, viên chức; nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn ở địa phương.</div>
</div></div>
</section>
<section class="row td-box td-box--white position-relative td-box--height-auto">
<div class="col"><div class="row">
<h2 class="td-tin-moi text-center w-100 pb-4">Tin mới</h2>
{cards}
<p class="text-center w-100"><a href="/blog/">Xem tất cả tin tức »</a></p>
</div></div>
</section>
<section class="row td-box td-box--dark position-relative td-box--height-auto">
<div class="col"><div class="row">
<div class="col-lg-4 mb-5 mb-lg-0 text-center"><div class="mb-4 h1"><i class="fa-solid fa-book"></i></div><h4 class="h3">Đào tạo</h4><p class="mb-0">Trung cấp lý luận chính trị – hành chính, phối hợp mở lớp Cao cấp lý luận chính trị.</p></div>
<div class="col-lg-4 mb-5 mb-lg-0 text-center"><div class="mb-4 h1"><i class="fa-solid fa-users"></i></div><h4 class="h3">Bồi dưỡng</h4><p class="mb-0">Bồi dưỡng kiến thức quốc phòng – an ninh, kỹ năng lãnh đạo quản lý cho cán bộ cơ sở.</p></div>
<div class="col-lg-4 mb-5 mb-lg-0 text-center"><div class="mb-4 h1"><i class="fa-solid fa-flask"></i></div><h4 class="h3">Nghiên cứu khoa học</h4><p class="mb-0">Đề tài, chuyên đề khoa học gắn với thực tiễn tỉnh Quảng Trị.</p></div>
</div></div>
</section>
</main>"""
    return page(req, SITE, "/", f"Trang thông tin điện tử {SITE}", inner, "td-home")


def render_about(req: Request) -> Response:
    inner = f"""<main role="main" class="td-main">
<section class="row td-cover-block td-cover-block--height-min js-td-cover td-overlay td-overlay--dark -bg-primary">
<div class="col-12"><div class="container td-overlay__inner"><div class="text-center"><h1 class="display-1 mt-0 mt-md-5 pb-4">Giới thiệu</h1>
<div class="pt-3 lead">Lịch sử hình thành và phát triển của Trường</div></div></div></div>
</section>
<section class="row td-box td-box--white position-relative td-box--height-auto">
<div class="col"><div class="row">
<p>{SITE} được thành lập năm 1989 trên cơ sở Trường Đảng tỉnh, là đơn vị sự nghiệp trực thuộc Tỉnh ủy.</p>
<p>Trường có 4 khoa, 2 phòng chức năng với 46 cán bộ, giảng viên, trong đó 28 người có trình độ thạc sĩ trở lên.</p>
<h3>Liên hệ</h3>
<p>Địa chỉ: 02 Lê Lợi, phường Đông Hà, tỉnh Quảng Trị. Điện thoại: 0233.3852.xxx.</p>
</div></div>
</section>
</main>"""
    return page(req, f"Giới thiệu | {SITE}", "/about/", "Giới thiệu về Trường Chính trị tỉnh Quảng Trị", inner, "td-about")


def render_categories(req: Request) -> Response:
    ent = "\n".join(
        f'<li><a href="/categories/{k}/">{v}</a> ({sum(1 for s in POSTS if s.cat == k)})</li>' for k, v in CATS.items()
    )
    main = f"""<div class="td-content"><h1>Chuyên mục</h1><ul class="taxonomy-list">{ent}</ul></div>"""
    return page(req, f"Chuyên mục | {SITE}", "/categories/", "Chuyên mục", layout3(blog_sidebar("/categories/"), "", main),
                "td-section td-taxonomy")


def rss(req: Request, posts: list[Story]) -> Response:
    b = base_url(req)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{b}{post_path(s)}</link>"
        f"<pubDate>{_dt.date.fromisoformat(s.published_at[:10]).strftime('%a, %d %b %Y')} 00:00:00 +0700</pubDate>"
        f"<guid>{b}{post_path(s)}</guid><description>{esc(s.summary or s.blocks[0].text)}</description></item>"
        for s in posts[:5]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<rss version="2.0"><channel>'
        f"<title>{SITE}</title><link>{b}/</link><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def sitemap(req: Request) -> Response:
    b = base_url(req)
    urls = ["/", "/about/", "/blog/", "/blog/2026/", "/docs/", "/categories/"]
    urls += [post_path(s) for s in POSTS] + [doc_path(s) for s in DOCS]
    urls += [f"/docs/{k}/" for k in DOC_SECTIONS] + [f"/docs/{x[0]}/{x[1]}/" for x in EXTRA_DOCS]
    body = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
        f"<url><loc>{b}{u}</loc></url>" for u in urls
    ) + "</urlset>"
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def search_index() -> Response:
    data = [{"ref": post_path(s), "title": s.title, "categories": [CATS[s.cat]], "description": s.summary or ""} for s in POSTS]
    data += [{"ref": doc_path(s), "title": s.title, "description": s.summary or ""} for s in DOCS]
    return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"})


_PAGED = re.compile(r"^(?P<base>/(?:blog/|blog/2026/|categories/[a-z-]+/))(?:page/(?P<n>\d+)/)?$")


class HugoDocsySite:
    def __init__(self) -> None:
        self.posts = {post_path(s): s for s in POSTS}
        self.docs = {doc_path(s): s for s in DOCS}
        self.extra = {f"/docs/{x[0]}/{x[1]}/": x for x in EXTRA_DOCS}
        self.aliases = {s.opts["alias"]: post_path(s) for s in POSTS if "alias" in s.opts}

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method not in ("GET", "HEAD"):
            return Response(405, b"", {"Allow": "GET, HEAD"})
        if path == "/":
            return render_home(req)
        if path == "/about/":
            return render_about(req)
        if path in self.posts:
            return render_post(req, self.posts[path])
        if path in self.docs:
            return render_doc(req, self.docs[path])
        if path in self.extra:
            return render_extra_doc(req, self.extra[path])
        if path == "/docs/":
            return render_doc_section(req, None)
        for key in DOC_SECTIONS:
            if path == f"/docs/{key}/":
                return render_doc_section(req, key)
            if path == f"/docs/{key}/_print/":
                return render_print(req, key)
        if path in self.aliases:
            return alias_stub(req, self.aliases[path])
        if path == "/categories/":
            return render_categories(req)
        if path in ("/index.xml", "/blog/index.xml"):
            return rss(req, sorted_posts())
        if path == "/sitemap.xml":
            return sitemap(req)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\n", {"Content-Type": "text/plain"})
        if path == SEARCH_JSON:
            return search_index()
        if path in FILES:
            from tests.portals._common import PDF

            return Response(200, PDF, {"Content-Type": "application/pdf"})
        m = _PAGED.match(path)
        if m:
            base, n = m.group("base"), int(m.group("n") or 1)
            if m.group("n") and n == 1:
                return alias_stub(req, base)
            if base == "/blog/":
                return render_list(req, base, "Tin tức", sorted_posts(), n, [])
            if base == "/blog/2026/":
                return render_list(req, base, "2026", sorted_posts(), n, [("/blog/", "Tin tức")])
            key = base.split("/")[2]
            if key not in CATS:
                return None
            posts = [s for s in sorted_posts() if s.cat == key]
            return render_list(req, base, CATS[key], posts, n, [("/categories/", "Chuyên mục")])
        # a post's address without its trailing slash: the static host redirects
        if path + "/" in self.posts or path + "/" in self.docs:
            return redirect(path + "/", 301)
        if path.startswith(("/blog/", "/docs/", "/images/", "/favicons/", "/scss/", "/js/")):
            return static_file(path)
        return None


def build_site() -> HugoDocsySite:
    return HugoDocsySite()


def _post_gold(s: Story) -> dict:
    alts = []
    if "alias" in s.opts:
        alts.append(s.opts["alias"])
    if s.id == 7:
        alts.append(post_path(s).rstrip("/"))
    return gold_record(s, post_path(s), CATS[s.cat], alt_paths=alts)


GOLD = [_post_gold(s) for s in POSTS] + [gold_record(s, doc_path(s), DOC_SECTIONS[s.cat][0]) for s in DOCS]

NON_ARTICLES = [
    "/about/",
    "/docs/",
    "/docs/huong-dan-hoc-vien/lich-hoc/",
    "/docs/huong-dan-hoc-vien/bieu-mau/",
    "/docs/ly-luan-chinh-tri/_print/",
]
