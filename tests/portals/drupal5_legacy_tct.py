"""Fixture portal: Trường Chính trị tỉnh Bến Tre on Drupal 5 (2008-era, never upgraded).

Platform
    Drupal 5.x with the i18n module (Vietnamese default, an English interface under ``/en``), a
    Garland-derived theme ("garland_tct": header region with the day, nice_menus drop-downs,
    left and right sidebars, footer inside ``#squeeze``), core modules book, taxonomy, comment,
    upload, statistics, poll, contact, plus img_assist and the image module. Clean URLs were
    switched on late: old hand-typed links still use ``/?q=node/N``, which Drupal still serves.

URL scheme
    ``/`` (= ``/node``) front page of promoted nodes, pager ``/node?page=N`` (zero-based: the link
    "2" is ``?page=1``); ``/taxonomy/term/<tid>`` (+ ``?page=N``) term listings (vocabulary
    "Chuyên mục" tids 1-3, free tags 21-22); stories at ``/tin-tuc/<slug>`` when pathauto gave
    them an alias, else ``/node/<nid>`` (three stories never got one); ``/book`` (books),
    ``/book/<book-slug>`` (the book's table of contents) and ``/book/<book-slug>/<slug>`` (its
    pages); ``/book/export/html/<nid>`` printer-friendly view; ``/comment/reply/<nid>`` the node
    again with the comment form; ``/comment/reply/<nid>/<cid>`` a reply to one comment;
    ``/node/<nid>`` answers for every node, aliased or not; ``/?q=<path>`` and
    ``/index.php?q=<path>`` answer as ``/<path>``; ``/rss.xml`` and
    ``/taxonomy/term/<tid>/0/feed`` RSS; ``/en`` and ``/en/about-us`` the English interface.

Page templates
    front/term listings (teasers: ``<h2><a>`` title, "Submitted by" line, first paragraph,
    "Đọc thêm" link, pager ``<div class="pager">``); story node (page title in ``<h2>`` of
    ``#squeeze``, ``span.submitted``, ``div.content`` with the text and the upload table, then
    ``div.meta > div.terms`` and ``div.links``, a "Các tin khác" block, ``#comments``); book page
    (breadcrumb = the book path, ``div.book-navigation`` with prev/up/next); image node; page node
    (no submitted line); contact form; English front.

How each gold article is reached
    front page ``/``, ``/node?page=1``, ``/node?page=2`` (promoted stories); term listings
    (``/taxonomy/term/1?page=1`` is the only way to "Học viện Chính trị khu vực IV làm việc…",
    ``/taxonomy/term/3`` the only way to node/384); the two book pages from ``/book`` -> the
    book's contents -> its child links (and the book navigation's prev/next).

Traps
    1. Garland prints the site name as the page's only ``<h1>`` (logo-floater) and the page title
       in an ``<h2>``; every sidebar block title is an ``<h2>`` too, and the left sidebar comes
       before the content in the source -> title = the ``<h2>`` inside ``#squeeze`` (as in
       ``<title>`` before " | Trường Chính trị tỉnh Bến Tre"), never the site name or "Tìm kiếm".
    2. The "Submitted by" line is an untranslated English string with Drupal 5's default medium
       date format ``D, m/d/Y - H:i`` (month first): "Submitted by quantri on Thu, 11/12/2026 -
       16:40." is 12 November (a day-first reading gives 11 December, after today); "Mon,
       11/02/2026" is 2 November -> published_at from it, month first, "+07:00".
    3. The "Submitted by" name is the CMS account ("quantri", "bientap") -> not an author; the
       writer signs in the text (right-aligned last paragraph, or the top of a research paper
       with degree and post: "TS. Nguyễn Thị Bích Thủy / Phó Trưởng khoa…" -> "Nguyễn Thị Bích
       Thủy"); "Tin, ảnh: Hồng Nhung - Phòng Quản lý đào tạo" -> [Hồng Nhung] in both.
    4. Comments below a story repeat the node's markup: each has a ``div.content`` with
       paragraphs, a title link and its own "Submitted by Khách (not verified) on …" line with a
       later date -> no comment text in the body, no commenter as author, the node's date only.
       Each comment's "trả lời" link leads to ``/comment/reply/<nid>/<cid>`` (a form under the
       one comment: not an article); the "Gửi bình luận" link leads to ``/comment/reply/<nid>``,
       which prints the whole node again under the heading "Gửi bình luận mới" (alt_path).
    5. img_assist inline photos: ``<span class="inline left"><a href="/node/415"><img
       class="image preview"></a><span class="caption"><strong>…</strong></span></span>``: the
       caption is the ``span.caption``; the photo links to its image node ``/node/415``, which
       looks like a story (h2 title, Submitted line, one photo) but is a photo page (non-article).
    6. The upload module's attachment table (``<table id="attachments">`` "Tệp đính kèm |
       Kích thước") sits inside ``div.content`` right after the text -> its rows are not body.
    7. Taxonomy: a story node's breadcrumb is only "Trang chủ"; its terms print in
       ``div.terms`` with the free-tag vocabulary first (lower weight), so the first term link
       ("Nghị quyết Đại hội XIV") is a tag -> category = the term of the "Chuyên mục"
       vocabulary, the one the menu prints ("Tin hoạt động", "Đào tạo - Bồi dưỡng", "Nghiên
       cứu - Trao đổi"). Book pages have no terms: their category is the book, as the
       breadcrumb prints it ("Kỷ yếu Hội thảo khoa học năm 2026").
    8. Book pages end with ``div.book-navigation``: "‹ <previous title>", "lên", "<next title>
       ›" -> other articles' titles, not body. The book's contents page has "Bản in" to
       ``/book/export/html/350``, which prints the whole book (both papers one after the
       other, no date): not an article; each paper's own export is its alt_path.
    9. Path aliases partly set: ``/tin-tuc/<slug>`` and ``/node/<nid>`` both answer 200 with no
       redirect and no canonical link; the custom "Tiêu điểm" block hand-links ``/node/412`` and
       the pre-clean-URL form ``/?q=node/408`` -> one article each (alt_paths).
   10. Zero-based pager: "2" -> ``?page=1``, "« đầu" -> no parameter (``/node`` for the front
       page ``/``): ``/``, ``/node`` and ``/node?page=0`` are one listing.
   11. A paragraph typed with Shift+Enter (``<br />``) is several paragraphs; one story is stored
       with TinyMCE's named/decimal entities (``&agrave;``, ``&#7879;``); a midnight post time
       ("Wed, 10/28/2026 - 00:00") -> the day alone.
   12. The English interface (``/en``) lists only English nodes (one "About the School" page):
       not an article.

Gold decisions on ambiguous points
    - path: the URL the listings print (the alias when there is one, else ``/node/<nid>``);
      ``/node/<nid>``, ``/?q=node/<nid>``, ``/comment/reply/<nid>`` and the book export of a
      page are alt_paths of the same article.
    - published_at: the node's "Submitted by" date read month first, with its time, +07:00.
    - category: the "Chuyên mục" term for stories; the book title for book pages.
    - summary: only a bold first paragraph (two stories); the teaser is not a sapo.
    - images: the photos inside ``div.content`` in order, ``src`` as printed (img_assist's
      ``.preview.jpg``); teaser thumbnails and the image node's picture are not images of an
      article. A line "Ảnh: Minh Trí" alone is a credit (caption None, photographer).
    - the book's contents page, the image node, the document entry (node/360), "Giới thiệu",
      the contact form and the English "About the School" are not articles.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html
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

NAME = "drupal5_legacy_tct"
PLATFORM = "Drupal 5 (i18n, Garland-derived theme, book, taxonomy, img_assist, upload)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Bến Tre"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {1: "Tin hoạt động", 2: "Đào tạo - Bồi dưỡng", 3: "Nghiên cứu - Trao đổi"}
TAGS = {21: "Nghị quyết Đại hội XIV", 22: "Chuyển đổi số"}
BOOK_NID = 350
BOOK_TITLE = "Kỷ yếu Hội thảo khoa học năm 2026"
BOOK_SLUG = "/book/ky-yeu-hoi-thao-khoa-hoc-2026"


def _right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


STORIES: list[Story] = [
    Story(
        412, "/tin-tuc/khai-giang-lop-trung-cap-llct-hc-khoa-45",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 45",
        CATS[1], "2026-12-03T14:30:00+07:00",
        [
            P("Sáng ngày 03/12/2026, Trường Chính trị tỉnh Bến Tre tổ chức khai giảng lớp Trung cấp lý luận "
              "chính trị - hành chính hệ tập trung khóa 45 với 86 học viên là cán bộ, công chức, viên chức "
              "đến từ các sở, ban, ngành và địa phương trong tỉnh.", "lead"),
            Img("/files/images/khai-giang-k45.preview.jpg",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học", "assist@415"),
            P("Phát biểu khai giảng, đồng chí Hiệu trưởng Nhà trường nhấn mạnh ý nghĩa của chương trình đào tạo "
              "trong việc chuẩn hóa đội ngũ cán bộ cơ sở, đồng thời yêu cầu học viên chấp hành nghiêm nội quy, "
              "quy chế học tập."),
            P("Theo kế hoạch, lớp học diễn ra trong 8 tháng, gồm 4 phần học với 18 học phần; học viên sẽ đi "
              "nghiên cứu thực tế và viết khóa luận tốt nghiệp vào cuối khóa."),
            P("Một số yêu cầu đối với học viên", "h"),
            P("Tham gia học tập đầy đủ, đúng giờ theo thời khóa biểu.", "li"),
            P("Tích cực nghiên cứu tài liệu, trao đổi, thảo luận trong các buổi sinh hoạt lớp.", "li"),
            P("Dịp này, Nhà trường cũng công bố quyết định thành lập Ban cán sự lớp và Chi bộ lớp khóa 45."),
            _right("<strong>Thanh Tùng</strong>"),
        ],
        authors=["Thanh Tùng"],
        summary="Sáng ngày 03/12/2026, Trường Chính trị tỉnh Bến Tre tổ chức khai giảng lớp Trung cấp lý luận "
        "chính trị - hành chính hệ tập trung khóa 45 với 86 học viên là cán bộ, công chức, viên chức "
        "đến từ các sở, ban, ngành và địa phương trong tỉnh.",
        opts={"tid": 1, "tags": [21], "created": "2026-12-03 14:30", "promote": True, "sticky": True,
              "account": "quantri", "thumb": "/files/images/khai-giang-k45.thumbnail.jpg"},
    ),
    Story(
        405, "/tin-tuc/hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
        CATS[1], "2026-11-26T09:05:00+07:00",
        [
            P("Từ ngày 23 đến ngày 25/11/2026, Trường Chính trị tỉnh Bến Tre tổ chức Hội thi giảng viên dạy giỏi "
              "cấp Trường năm 2026 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."),
            Img("/files/images/hoi-thi-gv-2026-1.jpg",
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng dự thi",
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng dự thi", "em"),
            P("Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong thời gian 45 phút và trả lời câu hỏi "
              "của Ban Giám khảo về nội dung, phương pháp giảng dạy."),
            P("Qua 3 ngày thi, Ban Tổ chức đã trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích cho "
              "các giảng viên đạt thành tích cao."),
            Img("/files/images/hoi-thi-gv-2026-2.jpg",
                "(Ban Giám khảo trao giải cho các giảng viên đạt giải Nhất)",
                "Ban Giám khảo trao giải cho các giảng viên đạt giải Nhất", "em"),
            P("Hội thi là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo "
              "hướng lấy người học làm trung tâm."),
            _right("<em>Tin, ảnh: Hồng Nhung - Phòng Quản lý đào tạo</em>"),
        ],
        authors=["Hồng Nhung"], photographers=["Hồng Nhung"],
        opts={"tid": 1, "tags": [], "created": "2026-11-26 09:05", "promote": True, "account": "bientap",
              "thumb": "/files/images/hoi-thi-gv-2026-1.thumbnail.jpg",
              "comments": [
                  (31, "Rất thiết thực", "Nguyễn Văn Hòa", "2026-11-27 07:12",
                   "Hội thi rất thiết thực, mong Nhà trường đăng tải các bài giảng đạt giải để học hỏi."),
                  (33, "Chúc mừng các thầy cô", "Trần Thị Lan", "2026-11-28 21:40",
                   "Chúc mừng các thầy cô đạt giải. Ngày 25/11/2026 thật đáng nhớ!"),
              ]},
    ),
    Story(
        398, "/node/398",
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề tháng 11",
        CATS[1], "2026-11-12T16:40:00+07:00",
        [
            P("Chiều ngày 10/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao "
              "vai trò nêu gương của đảng viên là giảng viên trong giai đoạn hiện nay”."),
            P("Buổi sinh hoạt tập trung vào ba nội dung chính:"),
            P("Thứ nhất, quán triệt các quy định của Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên;",
              "br"),
            P("Thứ hai, liên hệ thực tiễn công tác giảng dạy, nghiên cứu khoa học của từng đảng viên;", "br"),
            P("Thứ ba, thảo luận giải pháp khắc phục hạn chế đã được chỉ ra qua kiểm điểm cuối năm.", "br"),
            P("Kết thúc buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên đăng ký ít nhất một việc "
              "làm cụ thể để thực hiện trong năm 2027."),
            _right("<strong>Lê Minh Khoa</strong>"),
        ],
        authors=["Lê Minh Khoa"],
        opts={"tid": 1, "tags": [], "created": "2026-11-12 16:40", "promote": True, "account": "quantri"},
    ),
    Story(
        377, "/tin-tuc/hoc-vien-chinh-tri-khu-vuc-iv-lam-viec-voi-truong",
        "Học viện Chính trị khu vực IV làm việc với Trường Chính trị tỉnh Bến Tre",
        CATS[1], "2026-10-21T10:00:00+07:00",
        [
            P("Ngày 20/10/2026, Đoàn công tác của Học viện Chính trị khu vực IV do Phó Giám đốc Học viện làm "
              "trưởng đoàn đã đến làm việc với Trường Chính trị tỉnh Bến Tre về công tác phối hợp đào tạo, bồi "
              "dưỡng cán bộ."),
            Img("/files/images/hvct-kv4-lam-viec.preview.jpg", "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc", "assist"),
            P("Tại buổi làm việc, lãnh đạo Nhà trường báo cáo kết quả phối hợp mở các lớp Cao cấp lý luận chính "
              "trị hệ không tập trung tại tỉnh trong giai đoạn 2021 - 2026."),
            P("Hai bên thống nhất tiếp tục phối hợp tổ chức hội thảo khoa học, bồi dưỡng nâng cao trình độ cho "
              "đội ngũ giảng viên và trao đổi tài liệu phục vụ giảng dạy."),
            _right("<em>Nguồn: Báo Đồng Khởi</em>"),
        ],
        source="Báo Đồng Khởi",
        opts={"tid": 1, "tags": [], "created": "2026-10-21 10:00", "promote": False, "account": "bientap"},
    ),
    Story(
        389, "/tin-tuc/hoc-vien-khoa-44-di-nghien-cuu-thuc-te-tai-cho-lach",
        "Học viên lớp Trung cấp LLCT-HC khóa 44 đi nghiên cứu thực tế tại Chợ Lách",
        CATS[1], "2026-11-02T07:30:00+07:00",
        [
            P("Trong hai ngày 30 và 31/10/2026, 92 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 44 "
              "đã đi nghiên cứu thực tế về phát triển kinh tế vườn và làng nghề hoa kiểng tại Chợ Lách."),
            Img("/files/images/thuc-te-cho-lach.jpg", "Ảnh: Minh Trí", None, "em"),
            P("Học viên được nghe báo cáo về mô hình liên kết sản xuất giống cây trồng, tham quan các cơ sở sản "
              "xuất hoa kiểng và trao đổi với cán bộ địa phương về công tác xây dựng nông thôn mới."),
            P("Qua chuyến đi, mỗi tổ học viên sẽ hoàn thành một báo cáo thu hoạch, liên hệ lý luận đã học với "
              "thực tiễn địa phương."),
            _right("<em>Tin: Kim Ngân - Ảnh: Minh Trí</em>"),
        ],
        authors=["Kim Ngân"], photographers=["Minh Trí"],
        opts={"tid": 1, "tags": [], "created": "2026-11-02 07:30", "promote": True, "account": "bientap",
              "entities": True, "thumb": "/files/images/thuc-te-cho-lach.thumbnail.jpg"},
    ),
    Story(
        410, "/tin-tuc/be-giang-lop-cao-cap-llct-khoa-2025-2026",
        "Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2025 – 2026",
        CATS[2], "2026-12-01T15:00:00+07:00",
        [
            P("Chiều ngày 01/12/2026, Trường Chính trị tỉnh Bến Tre phối hợp với Học viện Chính trị khu vực IV "
              "tổ chức bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2025 – 2026.", "lead"),
            P("Sau gần 2 năm học tập, 118 học viên đã hoàn thành chương trình; trong đó 21 học viên tốt nghiệp "
              "loại giỏi, 95 học viên loại khá và 2 học viên loại trung bình."),
            Img("/files/images/be-giang-cao-cap-2026.preview.jpg",
                "Trao bằng tốt nghiệp cho học viên đạt loại giỏi",
                "Trao bằng tốt nghiệp cho học viên đạt loại giỏi", "assist"),
            P("Phát biểu bế giảng, đại diện Học viện đề nghị học viên tiếp tục vận dụng kiến thức đã học vào "
              "thực tiễn công tác, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh."),
            Raw('<div style="text-align: right;"><b>ThS. Phan Văn Lộc</b><br />Phòng Quản lý đào tạo</div>'),
        ],
        authors=["Phan Văn Lộc"],
        summary="Chiều ngày 01/12/2026, Trường Chính trị tỉnh Bến Tre phối hợp với Học viện Chính trị khu vực IV "
        "tổ chức bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2025 – 2026.",
        opts={"tid": 2, "tags": [21], "created": "2026-12-01 15:00", "promote": True, "account": "quantri",
              "thumb": "/files/images/be-giang-cao-cap-2026.thumbnail.jpg",
              "files": [("danh-sach-tot-nghiep-cao-cap-2025-2026.pdf", "182.4 KB")]},
    ),
    Story(
        401, "/node/401",
        "Kế hoạch mở lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2027",
        CATS[2], "2026-11-19T08:00:00+07:00",
        [
            P("Thực hiện kế hoạch của Hội đồng Giáo dục quốc phòng và an ninh tỉnh, Trường Chính trị tỉnh Bến "
              "Tre thông báo kế hoạch mở lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2027 như "
              "sau:"),
            P("Đợt | Thời gian | Số lượng học viên", "row"),
            P("Đợt 1 | 08/3 - 19/3/2027 | 120", "row"),
            P("Đợt 2 | 14/6 - 25/6/2027 | 120", "row"),
            P("Các cơ quan, đơn vị gửi danh sách cán bộ tham gia lớp học về Phòng Quản lý đào tạo trước ngày "
              "31/01/2027."),
            _right("<strong>Phòng Quản lý đào tạo</strong>"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"tid": 2, "tags": [22], "created": "2026-11-19 08:00", "promote": True, "account": "quantri",
              "files": [("ke-hoach-boi-duong-qpan-doi-tuong-4-2027.doc", "48.5 KB")]},
    ),
    Story(
        393, "/tin-tuc/boi-duong-chuyen-de-chuyen-doi-so-cho-can-bo-cap-xa",
        "Bồi dưỡng chuyên đề chuyển đổi số cho cán bộ, công chức cấp xã",
        CATS[2], "2026-11-06T13:45:00+07:00",
        [
            P("Từ ngày 04 đến ngày 06/11/2026, Trường Chính trị tỉnh Bến Tre tổ chức lớp bồi dưỡng chuyên đề "
              "“Chuyển đổi số trong hoạt động của chính quyền cấp xã” cho 75 cán bộ, công chức."),
            P("Học viên được giới thiệu các nền tảng số dùng chung của tỉnh, kỹ năng bảo đảm an toàn thông tin "
              "và quy trình giải quyết thủ tục hành chính trên môi trường điện tử."),
            Img("/files/images/chuyen-doi-so-cap-xa.jpg", None, None, "bare"),
            P("Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng nhận."),
            _right("<strong>Ngọc Trâm</strong>"),
        ],
        authors=["Ngọc Trâm"],
        opts={"tid": 2, "tags": [22], "created": "2026-11-06 13:45", "promote": True, "account": "bientap",
              "comments": [
                  (29, "Cần mở thêm lớp", "Phạm Quốc Bảo", "2026-11-08 10:03",
                   "Đề nghị Trường mở thêm lớp cho cán bộ không chuyên trách ấp, khu phố."),
              ]},
    ),
    Story(
        380, "/tin-tuc/tong-ket-lop-so-cap-llct-khoa-12-nam-2026",
        "Tổng kết lớp Sơ cấp lý luận chính trị khóa 12 năm 2026",
        CATS[2], "2026-10-28",
        [
            P("Ngày 27/10/2026, Trường Chính trị tỉnh Bến Tre tổ chức tổng kết và trao giấy chứng nhận cho 64 "
              "học viên lớp Sơ cấp lý luận chính trị khóa 12."),
            P("Trong quá trình học tập, các học viên đã nghiêm túc chấp hành nội quy, tích cực tham gia các hoạt "
              "động phong trào do Nhà trường tổ chức."),
            P("Nhà trường đã khen thưởng 6 học viên có thành tích xuất sắc trong học tập và rèn luyện."),
            _right("<strong>Bảo Ngọc</strong>"),
        ],
        authors=["Bảo Ngọc"],
        opts={"tid": 2, "tags": [], "created": "2026-10-28 00:00", "promote": True, "account": "bientap"},
    ),
    Story(
        408, "/tin-tuc/van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo tại Trường Chính trị",
        CATS[3], "2026-11-29T20:15:00+07:00",
        [
            Raw('<p style="text-align: right;"><strong>TS. Nguyễn Thị Bích Thủy</strong><br />'
                "<em>Phó Trưởng khoa Xây dựng Đảng</em></p>"),
            P("Chủ tịch Hồ Chí Minh luôn coi cán bộ là gốc của mọi công việc; Người khẳng định: “Muôn việc thành "
              "công hoặc thất bại đều do cán bộ tốt hoặc kém”.[1]"),
            P("Quán triệt tư tưởng đó, Trường Chính trị tỉnh đã đổi mới nội dung chương trình, gắn lý luận với "
              "thực tiễn địa phương, chú trọng rèn luyện đạo đức cách mạng cho học viên.[2]"),
            P("“Cán bộ là cái gốc của mọi công việc. Vì vậy, huấn luyện cán bộ là công việc gốc của Đảng.”",
              "quote"),
            P("Từ thực tiễn giảng dạy, tác giả đề xuất ba nhóm giải pháp: hoàn thiện chương trình, nâng cao chất "
              "lượng giảng viên và đổi mới đánh giá kết quả học tập."),
            P("Tài liệu tham khảo", "h"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.280.", "ol"),
            P("[2] Trường Chính trị tỉnh Bến Tre: Báo cáo tổng kết năm học 2025 - 2026.", "ol"),
        ],
        authors=["Nguyễn Thị Bích Thủy"],
        opts={"tid": 3, "tags": [21], "created": "2026-11-29 20:15", "promote": True, "account": "quantri"},
    ),
    Story(
        384, "/node/384",
        "Một số giải pháp nâng cao chất lượng đi nghiên cứu thực tế của học viên",
        CATS[3], "2026-10-15T11:20:00+07:00",
        [
            P("Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo trung cấp lý luận chính trị - "
              "hành chính, giúp học viên gắn kết kiến thức lý luận với thực tiễn."),
            P("Tuy nhiên, thời gian qua việc chọn địa bàn còn trùng lặp, báo cáo thu hoạch của một số tổ còn "
              "mang tính hình thức."),
            P("Thứ nhất, lựa chọn địa bàn có mô hình tiêu biểu, phù hợp với nội dung học phần.", "li"),
            P("Thứ hai, giao đề cương thu hoạch trước chuyến đi và đánh giá theo tiêu chí cụ thể.", "li"),
            P("Thứ ba, mời báo cáo viên là lãnh đạo địa phương trao đổi trực tiếp với học viên.", "li"),
            _right("<em>ThS. Đặng Văn Hiếu - Khoa Nhà nước và pháp luật</em>"),
        ],
        authors=["Đặng Văn Hiếu"],
        opts={"tid": 3, "tags": [], "created": "2026-10-15 11:20", "promote": False, "account": "quantri",
              "comments": [
                  (27, "Đồng tình", "Võ Thành Nam", "2026-10-16 09:30",
                   "Tôi đồng tình với giải pháp thứ hai, cần có tiêu chí đánh giá rõ ràng."),
              ]},
    ),
]

BOOK_PAGES: list[Story] = [
    Story(
        351, f"{BOOK_SLUG}/doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri",
        "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của người học",
        BOOK_TITLE, "2026-10-09T14:00:00+07:00",
        [
            Raw('<p style="text-align: center;"><strong>ThS. Võ Thị Thanh Xuân</strong><br />'
                "<em>Khoa Nhà nước và pháp luật</em></p>"),
            P("Phương pháp giảng dạy lý luận chính trị ở các trường chính trị tỉnh hiện nay vẫn nặng về thuyết "
              "trình một chiều, chưa phát huy được kinh nghiệm thực tiễn của người học là cán bộ đang công tác."),
            P("1. Thực trạng", "h"),
            P("Khảo sát 320 học viên năm 2026 cho thấy 64% mong muốn tăng thời lượng thảo luận nhóm và giải quyết "
              "tình huống."),
            P("2. Giải pháp", "h"),
            P("Giảng viên cần thiết kế bài giảng theo vấn đề, sử dụng tình huống thực tế của địa phương và kết "
              "hợp đánh giá quá trình với đánh giá cuối học phần."),
        ],
        authors=["Võ Thị Thanh Xuân"],
        opts={"created": "2026-10-09 14:00", "account": "quantri"},
    ),
    Story(
        352, f"{BOOK_SLUG}/nang-cao-chat-luong-giang-vien-kiem-chuc",
        "Nâng cao chất lượng đội ngũ giảng viên kiêm chức ở các Trung tâm Chính trị",
        BOOK_TITLE, "2026-10-09T14:20:00+07:00",
        [
            Raw('<p style="text-align: center;"><strong>CN. Huỳnh Văn Sang</strong><br />'
                "<em>Phòng Tổ chức - Hành chính</em></p>"),
            P("Đội ngũ giảng viên kiêm chức giữ vai trò quan trọng trong công tác bồi dưỡng lý luận chính trị ở "
              "cơ sở, nhất là các lớp sơ cấp và bồi dưỡng đảng viên mới."),
            P("Để nâng cao chất lượng đội ngũ này, cần định kỳ tập huấn nghiệp vụ sư phạm, cập nhật kiến thức mới "
              "và có chế độ hỗ trợ phù hợp."),
        ],
        authors=["Huỳnh Văn Sang"],
        opts={"created": "2026-10-09 14:20", "account": "quantri"},
    ),
]

BY_NID: dict[int, Story] = {s.id: s for s in [*STORIES, *BOOK_PAGES]}
ALIASES: dict[str, int] = {s.slug: s.id for s in BY_NID.values() if not s.slug.startswith("/node/")}

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def drupal_date(stamp: str) -> str:
    """Drupal 5's default medium date format, never changed: ``D, m/d/Y - H:i`` (month first)."""
    when = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{_DAYS[when.weekday()]}, {when:%m/%d/%Y - %H:%M}"


def submitted(account: str, stamp: str, tag: str = "span") -> str:
    return f'<{tag} class="submitted">Submitted by {esc(account)} on {drupal_date(stamp)}.</{tag}>'


# --- the story text ----------------------------------------------------------------------------


def _img_tag(img: Img, cls: str = "image preview") -> str:
    alt = esc(img.caption or "")
    return f'<img src="{img.src}" alt="{alt}" title="{alt}" class="{cls}" width="500" height="333" />'


def _image(img: Img) -> str:
    if img.style.startswith("assist"):
        _, _, link = img.style.partition("@")
        tag = _img_tag(img)
        if link:
            tag = f'<a href="/node/{link}">{tag}</a>'
        return (f'<span class="inline center">{tag}<span class="caption" style="width: 498px;">'
                f"<strong>{esc(img.printed or '')}</strong></span></span>")
    out = f'<p style="text-align: center;">{_img_tag(img, "")}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def body_html(story: Story) -> str:
    """The node body as the editors left it (TinyMCE, Filtered/Full HTML), ``<!--break-->`` kept."""
    out: list[str] = []
    group = ""
    first_p = True
    for block in story.blocks:
        style = block.style if isinstance(block, P) else ""
        if group and style != group and not (group == "p" and style == "br"):
            out.append({"li": "</ul>", "ol": "</ol>", "row": "</tbody></table>", "p": "</p>"}[group])
            group = ""
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_image(block))
        elif style == "br":
            out.append(f"<br />\n{esc(block.text)}")
        elif style in ("li", "ol"):
            if not group:
                out.append("<ul>" if style == "li" else '<ol style="list-style: none;">')
                group = style
            out.append(f"<li>{esc(block.text)}</li>")
        elif style == "row":
            if not group:
                out.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>')
                group = "row"
            cells = "".join(f"<td>{esc(c)}</td>" for c in block.text.split(" | "))
            out.append(f"<tr>{cells}</tr>")
        elif style == "h":
            out.append(f"<h3>{esc(block.text)}</h3>")
        elif style == "quote":
            out.append(f"<blockquote><p><em>{esc(block.text)}</em></p></blockquote>")
        else:
            inner = f"<strong>{esc(block.text)}</strong>" if style == "lead" else esc(block.text)
            out.append(f'<p style="text-align: justify;">{inner}')
            group = "p"
            if first_p:
                first_p = False
                out.append("</p>\n<!--break-->")
                group = ""
    if group:
        out.append({"li": "</ul>", "ol": "</ol>", "row": "</tbody></table>", "p": "</p>"}[group])
    markup = "\n".join(out)
    return entity_mix(markup) if story.opts.get("entities") else markup


def teaser_text(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    return esc(first.text)


def attachments(story: Story) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    rows = "".join(
        f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td><a href="/files/{name}">{name}</a></td>'
        f"<td>{size}</td></tr>"
        for i, (name, size) in enumerate(files)
    )
    return ('<table id="attachments" class="sticky-enabled"><thead><tr><th>Tệp đính kèm</th>'
            f"<th>Kích thước</th></tr></thead>\n<tbody>{rows}</tbody></table>")


# --- chrome ------------------------------------------------------------------------------------

_MENU_VI = f"""<ul class="nice-menu nice-menu-down" id="nice-menu-1">
<li class="menu-path-front"><a href="/">Trang chủ</a></li>
<li class="menuparent"><a href="/gioi-thieu">Giới thiệu</a><ul>
 <li><a href="/gioi-thieu">Lịch sử - Truyền thống</a></li>
 <li><a href="/node/360">Văn bản - Quy chế</a></li>
 <li><a href="/contact">Liên hệ</a></li></ul></li>
<li class="menuparent"><a href="/taxonomy/term/1">Tin tức</a><ul>
 <li><a href="/taxonomy/term/1">{CATS[1]}</a></li>
 <li><a href="/taxonomy/term/2">{CATS[2]}</a></li></ul></li>
<li><a href="/taxonomy/term/3">{CATS[3]}</a></li>
<li><a href="/book">Kỷ yếu</a></li>
</ul>"""

_MENU_EN = """<ul class="nice-menu nice-menu-down" id="nice-menu-1">
<li><a href="/en">Home</a></li><li><a href="/en/about-us">About the School</a></li></ul>"""


def _block(bid: str, title: str, content: str) -> str:
    head = f"<h2>{title}</h2>" if title else ""
    return f'<div class="block block-{bid.split("-")[0]}" id="block-{bid}">{head}\n<div class="content">{content}</div></div>'


def _sidebar_left(en: bool) -> str:
    search = (
        '<form action="/search/node" accept-charset="UTF-8" method="post" id="search-block-form">'
        '<div><div class="container-inline"><div class="form-item"><input type="text" maxlength="128" '
        'name="search_block_form_keys" id="edit-search-block-form-keys" size="15" value="" class="form-text" />'
        '</div><input type="submit" name="op" value="Tìm" class="form-submit" />'
        '<input type="hidden" name="form_id" value="search_block_form" /></div></div></form>'
    )
    login = (
        '<form action="/node?destination=node" accept-charset="UTF-8" method="post" id="user-login-form">'
        '<div><div class="form-item"><label>Tên đăng nhập: <span class="form-required">*</span></label>'
        '<input type="text" name="name" size="15" class="form-text required" /></div>'
        '<div class="form-item"><label>Mật khẩu: </label><input type="password" name="pass" size="15" /></div>'
        '<input type="submit" name="op" value="Đăng nhập" class="form-submit" />'
        '<div class="item-list"><ul><li><a href="/user/password" title="Yêu cầu mật khẩu mới qua e-mail.">'
        "Yêu cầu mật khẩu mới</a></li></ul></div></div></form>"
    )
    terms = "".join(f'<li><a href="/taxonomy/term/{t}">{n}</a></li>' for t, n in CATS.items())
    lang = (
        '<ul><li class="vi"><a href="/" class="active">Tiếng Việt</a></li>'
        '<li class="en"><a href="/en">English</a></li></ul>'
    )
    if en:
        return _block("locale-0", "Languages", lang) + _block("user-0", "User login", login)
    return (
        _block("search-0", "Tìm kiếm", search)
        + _block("taxonomy_menu-1", "Chuyên mục", f'<ul class="menu">{terms}</ul>')
        + _block("user-0", "Đăng nhập", login)
        + _block("locale-0", "Ngôn ngữ", lang)
    )


def _sidebar_right() -> str:
    spot = (
        '<p><img src="/files/banner/hoc-tap-lam-theo-bac.gif" alt="Học tập và làm theo Bác" width="180" /></p>'
        '<p>» <a href="/node/412">Khai giảng lớp Trung cấp LLCT-HC khóa 45</a></p>'
        '<p>» <a href="/?q=node/408">Bài viết: Vận dụng tư tưởng Hồ Chí Minh về cán bộ</a></p>'
    )
    popular = [405, 412, 410, 408, 393]
    items = "".join(f'<li><a href="{BY_NID[n].slug}">{esc(BY_NID[n].title)}</a></li>' for n in popular)
    poll = (
        '<form action="/node/55" accept-charset="UTF-8" method="post" id="poll-view-voting"><div>'
        '<div class="title">Bạn đánh giá thế nào về website mới của Trường?</div>'
        '<div class="form-radios"><label><input type="radio" name="choice" value="0" /> Đẹp, dễ xem</label>'
        '<label><input type="radio" name="choice" value="1" /> Bình thường</label>'
        '<label><input type="radio" name="choice" value="2" /> Cần cải tiến</label></div>'
        '<input type="submit" name="op" value="Bình chọn" class="form-submit" /></div></form>'
    )
    counter = (
        '<table class="tk"><tr><td>Đang online:</td><td align="right">12</td></tr>'
        '<tr><td>Hôm nay:</td><td align="right">347</td></tr>'
        '<tr><td>Tổng truy cập:</td><td align="right">1.284.519</td></tr></table>'
    )
    links = (
        '<select onchange="if(this.value) window.open(this.value);" style="width:170px">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://www.bentre.gov.vn">Cổng TTĐT tỉnh Bến Tre</option>'
        '<option value="http://hcma4.vn">Học viện CT khu vực IV</option>'
        '<option value="http://www.baodongkhoi.vn">Báo Đồng Khởi</option></select>'
    )
    return (
        _block("block-2", "Tiêu điểm", spot)
        + _block("statistics-0", "Đọc nhiều nhất", f'<div class="item-list"><ul>{items}</ul></div>')
        + _block("poll-0", "Thăm dò ý kiến", poll)
        + _block("block-4", "Thống kê truy cập", counter)
        + _block("block-6", "Liên kết", links)
    )


def page(request: Request, title: str, content: str, breadcrumb: str = "", *, en: bool = False,
         head_title: str | None = None, feed: str = "") -> Response:
    home = "/en" if en else "/"
    crumbs = f'<div class="breadcrumb"><a href="{home}">{"Home" if en else "Trang chủ"}</a>{breadcrumb}</div>'
    feed_link = (f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{base_url(request)}{feed}" />'
                 if feed else "")
    feed_icon = (f'<a href="{feed}" class="feed-icon"><img src="/misc/feed.png" alt="Nguồn cấp tin" '
                 'width="16" height="16" /></a>' if feed else "")
    full_title = f"{esc(head_title or title)} | {SITE}" if (head_title or title) else SITE
    h2 = f"<h2>{esc(title)}</h2>" if title else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{"en" if en else "vi"}" xml:lang="{"en" if en else "vi"}">
<head>
<title>{full_title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/themes/garland_tct/favicon.ico" type="image/x-icon" />
{feed_link}
<style type="text/css" media="all">@import "/modules/node/node.css";</style>
<style type="text/css" media="all">@import "/themes/garland_tct/style.css";</style>
<script type="text/javascript" src="/misc/jquery.js"></script>
<script type="text/javascript" src="/misc/drupal.js"></script>
<script type="text/javascript">Drupal.extend({{ settings: {{ "basePath": "/" }} }});</script>
</head>
<body class="sidebars">
<div id="header-region" class="clear-block"><div class="block block-block" id="block-block-5">
<div class="content"><span style="color:#fff">{HEADER_DAY}</span></div></div></div>
<div id="wrapper"><div id="container" class="clear-block">
<div id="header">
<div id="logo-floater"><h1><a href="{home}" title="{SITE}"><img src="/files/garland_tct_logo.png" alt="{SITE}" id="logo" /><span>{SITE}</span></a></h1></div>
{_MENU_EN if en else _MENU_VI}
</div> <!-- /header -->
<div id="sidebar-left" class="sidebar">
{_sidebar_left(en)}
</div>
<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
{crumbs}
{h2}
<div class="tabs"></div>
{content}
<span class="clear"></span>
{feed_icon}
<div id="footer"><p><strong>{SITE.upper()}</strong><br />
Địa chỉ: 126 Nguyễn Thị Định, phường Phú Khương, TP. Bến Tre, tỉnh Bến Tre<br />
Điện thoại: 0275.3822.146 - Fax: 0275.3825.771 - Email: truongchinhtri@bentre.gov.vn<br />
Ghi rõ nguồn "{SITE}" khi phát hành lại thông tin từ website này.</p>
<p>© 2008 - 2026 {SITE}. Powered by <a href="http://drupal.org">Drupal</a>.</p></div>
</div></div></div></div> <!-- /.left-corner, /.right-corner, /#squeeze, /#center -->
<div id="sidebar-right" class="sidebar">
{"" if en else _sidebar_right()}
</div>
</div> <!-- /container -->
</div>
<!-- /layout -->
</body>
</html>
"""
    return html(doc)


# --- node views --------------------------------------------------------------------------------


def _terms(story: Story) -> str:
    tid = story.opts.get("tid")
    if not tid:
        return ""
    # the free-tag vocabulary has the lower weight: its terms print first
    items = [(t, TAGS[t]) for t in story.opts.get("tags", [])] + [(tid, CATS[tid])]
    lis = "".join(
        f'<li class="{"first " if i == 0 else ""}{"last " if i == len(items) - 1 else ""}taxonomy_term_{t}">'
        f'<a href="/taxonomy/term/{t}" rel="tag" title="">{esc(n)}</a></li>'
        for i, (t, n) in enumerate(items)
    )
    return f'<div class="meta"><div class="terms"><ul class="links inline">{lis}</ul></div></div>'


def _links(items: list[str]) -> str:
    lis = []
    for i, item in enumerate(items):
        cls = ("first " if i == 0 else "") + ("last" if i == len(items) - 1 else "")
        lis.append(f'<li class="{cls.strip()}">{item}</li>')
    return f'<div class="links"><ul class="links inline">{"".join(lis)}</ul></div>'


def _book_nav(nid: int) -> str:
    order = [BOOK_NID] + [b.id for b in BOOK_PAGES]
    at = order.index(nid)
    prev_nid = order[at - 1] if at > 0 else None
    next_nid = order[at + 1] if at + 1 < len(order) else None

    def path(nid: int) -> str:
        return BOOK_SLUG if nid == BOOK_NID else BY_NID[nid].slug

    def title(nid: int) -> str:
        return BOOK_TITLE if nid == BOOK_NID else BY_NID[nid].title

    parts = []
    if prev_nid is not None:
        parts.append(f'<a href="{path(prev_nid)}" class="page-previous" title="Đến trang trước">‹ '
                     f"{esc(title(prev_nid))}</a>")
    if nid != BOOK_NID:
        parts.append(f'<a href="{BOOK_SLUG}" class="page-up" title="Lên cấp trên">lên</a>')
    if next_nid is not None:
        parts.append(f'<a href="{path(next_nid)}" class="page-next" title="Đến trang sau">'
                     f"{esc(title(next_nid))} ›</a>")
    tree = ""
    if nid == BOOK_NID:
        tree = '<ul class="menu">' + "".join(
            f'<li class="leaf"><a href="{b.slug}">{esc(b.title)}</a></li>' for b in BOOK_PAGES) + "</ul>"
    return (f'<div class="book-navigation">{tree}<div class="page-links clear-block">{"".join(parts)}'
            "</div></div>")


def _comments(story: Story) -> str:
    comments = story.opts.get("comments") or []
    if not comments:
        return ""
    out = ['<div id="comments">']
    for cid, subject, name, stamp, text_ in comments:
        out.append(
            f'<a id="comment-{cid}"></a>\n<div class="comment">\n'
            f'<h3><a href="{story.slug}#comment-{cid}" class="active">{esc(subject)}</a></h3>\n'
            f'<div class="submitted">Submitted by {esc(name)} (not verified) on {drupal_date(stamp)}.</div>\n'
            f'<div class="content"><p>{esc(text_)}</p></div>\n'
            f'<div class="links"><ul class="links"><li class="first last comment_reply">'
            f'<a href="/comment/reply/{story.id}/{cid}">trả lời</a></li></ul></div>\n</div>'
        )
    out.append("</div>")
    return "\n".join(out)


def _comment_form(nid: int) -> str:
    return (
        f'<div class="box"><h2 class="title">Gửi bình luận mới</h2><div class="content">'
        f'<form action="/comment/reply/{nid}" accept-charset="UTF-8" method="post" id="comment-form"><div>'
        '<div class="form-item"><label>Tên của bạn: </label><input type="text" name="name" value="Khách" /></div>'
        '<div class="form-item"><label>E-mail: </label><input type="text" name="mail" /></div>'
        '<div class="form-item"><label>Tiêu đề: </label><input type="text" name="subject" /></div>'
        '<div class="form-item"><label>Bình luận: <span class="form-required">*</span></label>'
        '<textarea cols="60" rows="15" name="comment"></textarea></div>'
        '<input type="submit" name="op" value="Xem trước" class="form-submit" /></div></form></div></div>'
    )


def _others(story: Story) -> str:
    tid = story.opts.get("tid")
    same = sorted((s for s in STORIES if s.opts.get("tid") == tid and s.id != story.id),
                  key=lambda s: s.opts["created"], reverse=True)[:3]
    if not same:
        return ""
    items = "".join(
        f'<li><a href="{s.slug}">{esc(s.title)}</a> <span class="date">({s.opts["created"][5:7]}/'
        f'{s.opts["created"][8:10]}/{s.opts["created"][:4]})</span></li>' for s in same)
    return _block("views-tin_khac", "Các tin khác", f'<div class="item-list"><ul>{items}</ul></div>')


def node_full(story: Story, *, teaser_title: bool = False) -> str:
    """The node as node.tpl.php prints it on its own page (``teaser_title``: under another page's title)."""
    is_book = story in BOOK_PAGES
    content = body_html(story) + attachments(story)
    links = [f"<span>{story.views()} lượt đọc</span>"]
    if is_book:
        content += _book_nav(story.id)
        links.insert(0, f'<a href="/book/export/html/{story.id}" title="Hiển thị bản in của trang sách này '
                        'và các trang con.">Bản in</a>')
    elif story.opts.get("comments"):
        links.append(f'<a href="/comment/reply/{story.id}#comment-form" title="Chia sẻ ý kiến của bạn '
                     'về bài viết này.">Gửi bình luận</a>')
    links.append(f'<a href="http://www.addthis.com/bookmark.php?pub=tctbentre&amp;url={esc(story.slug)}" '
                 'target="_blank"><img src="http://s7.addthis.com/static/btn/sm-share-en.gif" alt="Chia sẻ" /></a>')
    title = f'<h2><a href="{story.slug}" title="{esc(story.title)}">{esc(story.title)}</a></h2>\n' \
        if teaser_title else ""
    sticky = " sticky" if story.opts.get("sticky") else ""
    return (
        f'<div id="node-{story.id}" class="node{sticky}">\n{title}'
        f'{submitted(story.opts["account"], story.opts["created"])}\n'
        f'<div class="content">\n{content}\n</div>\n'
        f'<div class="clear-block clear">\n{_terms(story)}\n{_links(links)}\n</div>\n</div>'
    )


def story_page(request: Request, story: Story) -> Response:
    if story in BOOK_PAGES:
        crumb = f' › <a href="{BOOK_SLUG}">{esc(BOOK_TITLE)}</a>'
        return page(request, story.title, node_full(story), crumb)
    extra = _others(story) + _comments(story)
    if story.opts.get("comments"):
        extra += _comment_form(story.id)
    return page(request, story.title, node_full(story) + "\n" + extra)


def teaser(story: Story) -> str:
    thumb = story.opts.get("thumb")
    img = (f'<a href="{story.slug}"><img src="{thumb}" alt="" class="image thumbnail" width="100" '
           'height="67" align="left" /></a>' if thumb else "")
    links = []
    if story.opts.get("comments"):
        n = len(story.opts["comments"])
        links.append(f'<a href="{story.slug}#comments" title="Xem bình luận.">{n} bình luận</a>')
    links.append(f'<a href="{story.slug}" title="Đọc phần còn lại của bài viết.">Đọc thêm</a>')
    sticky = " sticky" if story.opts.get("sticky") else ""
    return (
        f'<div id="node-{story.id}" class="node{sticky}">\n'
        f'<h2><a href="{story.slug}" title="{esc(story.title)}">{esc(story.title)}</a></h2>\n'
        f'{submitted(story.opts["account"], story.opts["created"])}\n'
        f'<div class="content">{img}<p>{teaser_text(story)}</p></div>\n'
        f'<div class="clear-block clear">{_terms(story)}{_links(links)}</div>\n</div>'
    )


def pager(base: str, current: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int) -> str:
        return base if n == 0 else f"{base}?page={n}"

    out = ['<div class="pager">']
    if current > 0:
        out.append(f'<a href="{base}" class="pager-first active" title="Đến trang đầu">« đầu</a>')
        out.append(f'<a href="{link(current - 1)}" class="pager-previous active" title="Đến trang trước">'
                   "‹ trước</a>")
    for n in range(pages):
        if n == current:
            out.append(f'<strong class="pager-current">{n + 1}</strong>')
        else:
            out.append(f'<a href="{link(n)}" class="pager-item active" title="Đến trang {n + 1}">{n + 1}</a>')
    if current < pages - 1:
        out.append(f'<a href="{link(current + 1)}" class="pager-next active" title="Đến trang sau">sau ›</a>')
        out.append(f'<a href="{link(pages - 1)}" class="pager-last active" title="Đến trang cuối">cuối »</a>')
    out.append("</div>")
    return "".join(out)


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (bool(s.opts.get("sticky")), s.opts["created"]), reverse=True)


def listing(request: Request, stories: list[Story], base: str, title: str, crumb: str = "",
            feed: str = "/rss.xml") -> Response | None:
    raw = request.params.get("page", "0")
    if not raw.isdigit():
        return None
    current = int(raw)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if current >= pages:
        return None
    chunk = _sorted(stories)[current * PER_PAGE:(current + 1) * PER_PAGE]
    content = "\n".join(teaser(s) for s in chunk) + pager(base, current, pages)
    return page(request, title, content, crumb, feed=feed)


# --- other pages -------------------------------------------------------------------------------


def book_top(request: Request) -> Response:
    body = (
        '<p style="text-align: justify;">Ngày 08/10/2026, Trường Chính trị tỉnh Bến Tre tổ chức Hội thảo khoa học '
        "“Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ trong giai đoạn mới”. Ban Biên tập giới thiệu các "
        "tham luận tiêu biểu của Hội thảo.</p>"
    )
    links = _links(['<a href="/book/export/html/350" title="Hiển thị bản in của trang sách này và các trang '
                    'con.">Bản in</a>'])
    node = (f'<div id="node-{BOOK_NID}" class="node">\n{submitted("quantri", "2026-10-09 13:30")}\n'
            f'<div class="content">{body}{_book_nav(BOOK_NID)}'
            f'</div>\n<div class="clear-block clear">{links}</div></div>')
    return page(request, BOOK_TITLE, node)


def book_export(request: Request, nid: int) -> Response | None:
    def section(story: Story, depth: int) -> str:
        return (f'<div id="node-{story.id}" class="section-{depth}">\n<h1 class="book-heading">'
                f"{esc(story.title)}</h1>\n{body_html(story)}\n")

    if nid == BOOK_NID:
        inner = (f'<div id="node-{BOOK_NID}" class="section-1">\n<h1 class="book-heading">{esc(BOOK_TITLE)}</h1>\n'
                 "<p>Ban Biên tập giới thiệu các tham luận tiêu biểu của Hội thảo.</p>\n"
                 + "".join(section(b, 2) + "</div>\n" for b in BOOK_PAGES) + "</div>")
        title = BOOK_TITLE
    elif nid in (b.id for b in BOOK_PAGES):
        story = BY_NID[nid]
        inner = section(story, 1) + "</div>"
        title = story.title
    else:
        return None
    doc = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">\n<head>\n'
        f"<title>{esc(title)}</title>\n"
        f'<base href="{base_url(request)}/" />\n'
        '<style type="text/css">@import url(misc/print.css);</style>\n</head>\n<body>\n'
        f"{inner}\n</body>\n</html>\n"
    )
    return html(doc)


IMAGE_NID = 415
IMAGE_TITLE = "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học"


def image_node(request: Request) -> Response:
    node = (
        f'<div id="node-{IMAGE_NID}" class="node">\n{submitted("bientap", "2026-12-03 14:10")}\n'
        '<div class="content"><img src="/files/images/khai-giang-k45.preview.jpg" alt="" class="image '
        'image-preview" width="640" height="427" />\n<p>Lễ khai giảng lớp Trung cấp lý luận chính trị - hành '
        "chính khóa 45.</p></div>\n"
        '<div class="clear-block clear"><div class="links"><ul class="links inline">'
        '<li class="first last"><a href="/files/images/khai-giang-k45.jpg">Ảnh gốc</a></li></ul></div></div></div>'
    )
    return page(request, IMAGE_TITLE, node)


DOC_NID = 360
DOC_TITLE = "Quyết định ban hành Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh Bến Tre"


def document_node(request: Request) -> Response:
    story = Story(DOC_NID, f"/node/{DOC_NID}", DOC_TITLE, "", None, [],
                  opts={"files": [("qd-125-qd-tct-quy-che-dao-tao.pdf", "236.0 KB")]})
    node = (
        f'<div id="node-{DOC_NID}" class="node">\n{submitted("quantri", "2026-09-15 10:00")}\n'
        '<div class="content"><table class="vanban" width="100%"><tr><td width="30%">Số/Ký hiệu:</td>'
        "<td>125/QĐ-TCT</td></tr><tr><td>Ngày ban hành:</td><td>15/09/2026</td></tr>"
        "<tr><td>Người ký:</td><td>Hiệu trưởng</td></tr><tr><td>Trích yếu:</td>"
        f"<td>{esc(DOC_TITLE)}</td></tr></table>\n{attachments(story)}</div></div>"
    )
    return page(request, DOC_TITLE, node)


def intro(request: Request) -> Response:
    node = (
        '<div id="node-12" class="node">\n<div class="content">'
        '<p style="text-align: justify;">Trường Chính trị tỉnh Bến Tre tiền thân là Trường Đảng tỉnh Bến Tre, được '
        "thành lập năm 1959. Trải qua hơn 65 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng "
        "chục nghìn lượt cán bộ, đảng viên cho tỉnh.</p>\n"
        "<p>Nhà trường có 4 khoa chuyên môn, 2 phòng chức năng với 48 cán bộ, giảng viên.</p></div>\n"
        '<div class="clear-block clear"><div class="links"><ul class="links inline"><li class="first last '
        'translation_en"><a href="/en/about-us" title="About Ben Tre Provincial Political School" '
        'class="translation-link">English</a></li></ul></div></div></div>'
    )
    return page(request, "Giới thiệu Trường Chính trị tỉnh Bến Tre", node)


def contact(request: Request) -> Response:
    form = (
        '<p>Mọi thông tin xin gửi về Văn phòng Trường Chính trị tỉnh Bến Tre. Điện thoại: 0275.3822.146.</p>'
        '<form action="/contact" accept-charset="UTF-8" method="post" id="contact-mail-page"><div>'
        '<div class="form-item"><label>Họ tên: <span class="form-required">*</span></label>'
        '<input type="text" name="name" size="60" /></div>'
        '<div class="form-item"><label>E-mail: <span class="form-required">*</span></label>'
        '<input type="text" name="mail" size="60" /></div>'
        '<div class="form-item"><label>Tiêu đề: </label><input type="text" name="subject" size="60" /></div>'
        '<div class="form-item"><label>Nội dung: </label><textarea name="message" cols="60" rows="5"></textarea>'
        '</div><input type="submit" name="op" value="Gửi thư" class="form-submit" /></div></form>'
    )
    return page(request, "Liên hệ", form)


def password(request: Request) -> Response:
    form = ('<form action="/user/password" method="post" id="user-pass"><div class="form-item"><label>Tên '
            'đăng nhập hoặc địa chỉ e-mail: </label><input type="text" name="name" /></div>'
            '<input type="submit" name="op" value="Gửi mật khẩu mới qua e-mail" /></form>')
    return page(request, "Yêu cầu mật khẩu mới", form)


def book_list(request: Request) -> Response:
    return page(request, "Sách", f'<div class="item-list"><ul><li><a href="{BOOK_SLUG}">{esc(BOOK_TITLE)}</a>'
                "</li></ul></div>")


EN_TITLE = "About Ben Tre Provincial Political School"


def en_front(request: Request) -> Response:
    node = (
        f'<div id="node-13" class="node">\n<h2><a href="/en/about-us">{EN_TITLE}</a></h2>\n'
        '<div class="content"><p>Ben Tre Provincial Political School trains and retrains political cadres of '
        "the province.</p></div>\n<div class=\"clear-block clear\">"
        + _links(['<a href="/en/about-us">Read more</a>']) + "</div></div>"
    )
    return page(request, "", node, en=True)


def en_about(request: Request) -> Response:
    node = (
        '<div id="node-13" class="node">\n<div class="content"><p>Ben Tre Provincial Political School trains and '
        "retrains political cadres of the province. It was founded in 1959 as the Provincial Party School.</p>"
        "<p>Address: 126 Nguyen Thi Dinh Street, Ben Tre.</p></div>\n"
        '<div class="clear-block clear">'
        + _links(['<a href="/gioi-thieu" class="translation-link">Tiếng Việt</a>']) + "</div></div>"
    )
    return page(request, EN_TITLE, node, en=True)


def comment_reply(request: Request, story: Story, cid: int | None) -> Response | None:
    comments = story.opts.get("comments") or []
    if not comments:
        return None
    if cid is None:
        return page(request, "Gửi bình luận mới", node_full(story, teaser_title=True) + _comment_form(story.id))
    for c_id, subject, name, stamp, text_ in comments:
        if c_id == cid:
            shown = (f'<div class="comment">\n<h3><a href="{story.slug}#comment-{c_id}">{esc(subject)}</a></h3>\n'
                     f'<div class="submitted">Submitted by {esc(name)} (not verified) on {drupal_date(stamp)}.'
                     f'</div>\n<div class="content"><p>{esc(text_)}</p></div></div>')
            return page(request, "Trả lời bình luận", shown + _comment_form(story.id))
    return None


def rss(request: Request, stories: list[Story], title: str) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{s.slug}</link>"
        f"<description>{esc(teaser_text(s))}</description>"
        f"<pubDate>{drupal_date(s.opts['created'])}</pubDate><guid isPermaLink=\"false\">{s.id} at {base}</guid>"
        "</item>"
        for s in _sorted(stories)[:10]
    )
    xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{base}"><channel>'
           f"<title>{esc(title)}</title><link>{base}</link><description></description><language>vi</language>"
           f"{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


_FILES = {
    "danh-sach-tot-nghiep-cao-cap-2025-2026.pdf": ("application/pdf", PDF),
    "qd-125-qd-tct-quy-che-dao-tao.pdf": ("application/pdf", PDF),
    "ke-hoach-boi-duong-qpan-doi-tuong-4-2027.doc": ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
}


class DrupalSite:
    """Drupal 5's menu router for this site: aliases first, then the internal paths."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php") and "q" in request.params:
            # clean URLs came late: index.php?q=<path> still answers
            q = request.params["q"].strip("/")
            rest = "&".join(f"{k}={v}" for k, v in request.params.items() if k != "q")
            inner = Request(request.method, "/" + q, rest, request.headers, request.body)
            return self.route(inner) if q else self.route(Request(request.method, "/", rest, request.headers))
        if path == "/index.php":
            return None
        return self.route(request)

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/files/"):
            name = path[len("/files/"):]
            if name in _FILES:
                ctype, data = _FILES[name]
                return Response(200, data, {"Content-Type": ctype})
            return static_file(path)
        if path.startswith(("/themes/", "/misc/", "/modules/")):
            return static_file(path)
        if path in ALIASES:
            return story_page(request, BY_NID[ALIASES[path]])
        promoted = [s for s in STORIES if s.opts.get("promote")]
        if path in ("/", "/node"):
            return listing(request, promoted, "/node", "")
        if path == "/rss.xml":
            return rss(request, promoted, SITE)
        m = re.fullmatch(r"/taxonomy/term/(\d+)(/0/feed)?", path)
        if m:
            tid = int(m.group(1))
            if tid in CATS:
                stories, name = [s for s in STORIES if s.opts.get("tid") == tid], CATS[tid]
            elif tid in TAGS:
                stories, name = [s for s in STORIES if tid in s.opts.get("tags", [])], TAGS[tid]
            else:
                return None
            if m.group(2):
                return rss(request, stories, f"{SITE} - {name}")
            return listing(request, stories, f"/taxonomy/term/{tid}", name, feed=f"/taxonomy/term/{tid}/0/feed")
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m.group(1))
            if nid in BY_NID:
                return story_page(request, BY_NID[nid])
            return {BOOK_NID: book_top, IMAGE_NID: image_node, DOC_NID: document_node, 12: intro,
                    13: en_about}.get(nid, lambda _r: None)(request)
        m = re.fullmatch(r"/comment/reply/(\d+)(?:/(\d+))?", path)
        if m and int(m.group(1)) in BY_NID:
            return comment_reply(request, BY_NID[int(m.group(1))], int(m.group(2)) if m.group(2) else None)
        m = re.fullmatch(r"/book/export/html/(\d+)", path)
        if m:
            return book_export(request, int(m.group(1)))
        fixed = {
            "/book": book_list, BOOK_SLUG: book_top, "/gioi-thieu": intro, "/contact": contact,
            "/user/password": password, "/en": en_front, "/en/about-us": en_about,
        }
        if path in fixed:
            return fixed[path](request)
        return None


def build_site() -> DrupalSite:
    return DrupalSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story, alt: list[str]) -> dict:
    return gold_record(story, story.slug, story.cat, alt_paths=alt)


GOLD = [
    _gold(BY_NID[412], ["/node/412"]),
    _gold(BY_NID[405], ["/node/405", "/comment/reply/405"]),
    _gold(BY_NID[398], ["/?q=node/398"]),
    _gold(BY_NID[377], ["/node/377"]),
    _gold(BY_NID[389], ["/node/389"]),
    _gold(BY_NID[410], ["/node/410"]),
    _gold(BY_NID[401], ["/?q=node/401"]),
    _gold(BY_NID[393], ["/node/393", "/comment/reply/393"]),
    _gold(BY_NID[380], ["/node/380"]),
    _gold(BY_NID[408], ["/node/408", "/?q=node/408", "/index.php?q=node/408"]),
    _gold(BY_NID[384], ["/comment/reply/384"]),
    _gold(BY_NID[351], ["/node/351", "/book/export/html/351"]),
    _gold(BY_NID[352], ["/node/352", "/book/export/html/352"]),
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/contact",
    BOOK_SLUG,
    f"/node/{IMAGE_NID}",
    f"/node/{DOC_NID}",
    "/en/about-us",
]
