"""Fixture portal: Phòng Giáo dục và Đào tạo huyện Châu Thành (Đồng Tháp) on Drupal 9.5 + Barrio.

Platform
--------
Drupal 9.5 with a provincial vendor's Bootstrap Barrio sub-theme ("pgdct", Bootstrap 4 markup:
``navbar navbar-dark bg-primary``, ``breadcrumb-item``, ``page-item``/``page-link`` pager),
core Views, Pathauto, Easy Breadcrumb, Metatag, RDF (core), Forward, AddToAny, Blazy (lazy
images in the body through its text filter), core comments open to anonymous visitors,
Statistics ("Tin xem nhiều"), a poll and a visitor counter in the sidebar.

URL scheme
----------
- ``/``: front page: Views block "Tin mới" (6 newest news items of the "Tin tức - Sự kiện" tree,
  linked as ``/node/<nid>`` by a vendor rewrite), block "Thông báo" (2 newest notices), a news
  ticker (3 newest, aliases) and the sidebar.
- ``/chuyen-muc/<term-alias>`` and ``?page=<n>`` (zero-based): Views taxonomy-term pages, 4 items
  a page, full pager "‹‹ Đầu ‹ Trước 1 2 3 Sau › Cuối ››" whose hrefs are query-only
  (``href="?page=1"``), as Drupal 9 prints them; an out-of-range page is clamped to the last
  page, as Drupal's pager does. The parent term "Tin tức - Sự kiện" lists its children too
  (contextual filter "with depth").
- ``/tin-tuc/<yyyy>/<mm>/<alias>``: article nodes (Pathauto pattern
  ``tin-tuc/[node:created:custom:Y]/[node:created:custom:m]/[node:title]``); the same node answers
  at ``/node/<nid>`` and at each of its comments' permalinks ``/comment/<cid>``; any query string
  is ignored (Drupal serves the node).
- ``/forward/node/<nid>``: Forward module form "Gửi bài viết này cho bạn bè" (teaser of the node).
- ``/sites/default/files/<yyyy-mm>/<file>`` attachments; ``/sites/default/files/styles/<style>/
  public/<yyyy-mm>/<file>?itok=…`` image-style derivatives; ``/sites/default/files/inline-images/``
  images put in the body by CKEditor.
- Non-articles: ``/gioi-thieu/chuc-nang-nhiem-vu``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he``
  (webform), ``/van-ban/<alias>`` (document node), ``/thu-vien-anh/<alias>`` (album node),
  ``/video/<alias>`` (video node with a remote-video media, iframe ``/media/oembed?…``); also
  ``/van-ban`` (documents listing), ``/search/node`` (search form target), ``/rss.xml``,
  ``/robots.txt`` (Drupal's stock file).

Page templates
--------------
Every page: top bar with today's date and the search form, banner, main menu with drop-downs,
news ticker, Easy Breadcrumb, content, right sidebar (Văn bản mới, Tin xem nhiều, links select,
poll, banners, visitor counter), footer with address/phone/email. An article node (full view):
page-title block ``<h1 class="title"><span class="field--name-title">…``, then ``<article
class="node node--type-article …">`` with ``node__meta`` ("Gửi bởi <account> vào <date>" and
"Cập nhật lần cuối"), the optional summary field (``field--name-field-tom-tat``), the optional
featured image (``field--name-field-image``, caption = the image's title attribute printed in a
``figcaption``), the body (``field--name-body``), "Nguồn tin" (``field--name-field-nguon-tin``),
the attachments table (``field--name-field-tep-dinh-kem``), "Chuyên mục" (the term link),
"Từ khóa" (plain labels), AddToAny kit, node links (Forward, print), then the comments section
and the comment form, all inside the ``<article>``. Below it the view block "Bài viết cùng
chuyên mục" (3 newest of the same term, depth 0, current node excluded).

How each gold article is reached
--------------------------------
Parent listing "Tin tức - Sự kiện" (10 items of the tree, newest first):
page 0: 238, 236, 233, 229; page 1: 226, 224, 219, 212; page 2: 209, 205.
"Hoạt động chuyên môn": page 0: 238, 229, 219, 212; page 1: 205. "Thi đua - Khen thưởng":
233, 224. "Thông báo": 241, 231, 201. Front page "Tin mới" (as /node/<nid>): 238, 236, 233, 229,
226, 224; front "Thông báo": 241, 231. Node 205 is reached only from page 2+ of a listing
(``/chuyen-muc/hoat-dong-chuyen-mon?page=1`` or ``/chuyen-muc/tin-tuc-su-kien?page=2``); node
209 only from ``/chuyen-muc/tin-tuc-su-kien?page=2`` or the related block of 236/226; node 201
only from the "Thông báo" listing.

Traps
-----
1. Month-first dates (kind: date order). The vendor kept Drupal's default "medium" format
   ``D, m/d/Y - H:i``: "Gửi bởi bientap_pgd vào T5, 12/03/2026 - 16:20" is 3 December, while the
   listings print "03/12/2026" (a Views field with a custom d/m/Y format) and "11/24/2026" shows
   the order. Gold: ``2026-12-03T16:20:00+07:00`` (the day-first reading would be 12 March).
2. UTC machine dates (kind: time zone). The RDF ``content`` attribute of the created field
   (``2026-12-03T09:20:00+00:00``) and the listings' ``<time datetime="…Z">`` are in UTC;
   node 226 was posted at 06:40 local on 20/11, i.e. 2026-11-19T23:40Z. Gold: the local time
   with +07:00 (``2026-11-20T06:40:00+07:00``), never the UTC day.
3. Metatag prints ``article:modified_time`` (the node's changed date) and no
   ``article:published_time``; the page also prints "Cập nhật lần cuối: …". Gold: the created
   date of the "Gửi bởi … vào …" line, not the update.
4. Easy Breadcrumb built from the alias (kind: category source): "Trang chủ › Tin tức › 2026 ›
   12 › <title>": the crumbs are path segments, not the section; the section is the
   "Chuyên mục" term link in the node. Gold ``category`` = that term.
5. Parent term with depth (kind: category vs. listing): ``/chuyen-muc/tin-tuc-su-kien`` lists
   the nodes of its child terms too; an article found there is filed under "Hoạt động chuyên
   môn" or "Thi đua - Khen thưởng". Gold ``category`` = the node's own term, not the listing
   it was found in.
6. Query-only, zero-based pager hrefs (``?page=1`` is the second page; "1" and "‹‹ Đầu" link
   ``?page=0``, which is the bare listing again): must be resolved against the listing's URL.
7. Duplicates (kind: permalinks): ``/node/<nid>`` (front-page block links, ``rel=shortlink``)
   and ``/comment/<cid>`` ("Liên kết cố định" of a comment) serve the whole node with
   ``rel=canonical`` to the alias. Gold: one record at the alias; those paths in ``alt_paths``.
8. Comments inside the node's ``<article>`` (kind: visitor text in the article container): a
   "Bình luận" section with its own "Gửi bởi … (không xác thực) vào …" lines, a subject heading
   and ``<p>`` text, then the comment form. Gold: not body, not authors, not the date.
9. Forward page (kind: look-alike page): ``/forward/node/<nid>`` prints the node's title and a
   teaser inside a form. Gold: not an article (no record; not in NON_ARTICLES either).
10. Blazy lazy images (kind: image source): inline images carry an SVG ``data:`` placeholder
    in ``src`` and the real file in ``data-src``; featured images are image-style derivatives
    with ``?itok=``. Gold image paths: the ``data-src`` path, and the derivative path with its
    ``?itok=`` query, as printed.
11. Featured image hidden on the full view (kind: metadata image): some nodes' "Ảnh đại diện" is
    only in ``og:image`` and in the listings' thumbnails. Gold: not an image of the article.
    Where the featured image is shown, its caption is the printed title attribute; an image
    whose only text is the file name in ``alt`` (``DSC_0456.JPG``) has caption None.
12. Metatag SEO title (kind: title source): ``<title>`` and ``og:title`` print a shorter
    per-node SEO title ("Chuyên đề STEM lớp 4 tại TH An Nhơn 1 | PGD&ĐT Châu Thành"); the
    "Tin mới" block trims titles with "...". Gold ``title`` = the ``<h1>``.
13. Chrome inside the node: "Nguồn tin" field (label, then the source: gold ``source``),
    attachments table (a ``<table>`` right after the body: not body rows), "Chuyên mục",
    "Từ khóa", AddToAny kit with a share image, Forward/print links. None of it is body.
14. "Gửi bởi" names a CMS account (bientap_pgd, vanthu_pgd, admin): never an author; the author
    signs at the end of the text (right-aligned) when anyone does.
15. Text pasted from Word (node 229): ``p.MsoNormal`` with ``<o:p>`` and empty ``&nbsp;``
    paragraphs, text stored decomposed (NFD). Gold: NFC text, empty paragraphs dropped.
16. Widgets typed into the body (node 212): a "TIN LIÊN QUAN" box with a list of links in the
    middle of the text and a closing "Xem thêm: <link>" line. Gold: neither is body.
17. Official notice (node 241) with letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and
    the signer; its schedule table is text (rows, cells joined by " | ").
18. Midnight time (node 205): "T3, 10/20/2026 - 00:00" is a day alone: ``2026-10-20``.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` of the official notice 241 is the letterhead's day (2026-12-03), not the
  "Gửi bởi" time 12/04/2026 - 14:05 (README convention).
- ``summary``: the "Tóm tắt" field (238) and bold lead paragraphs (233, 212) are sapos; the
  meta description (the body trimmed) is not.
- The featured image, when displayed, is the article's first image, before the body's images.
- "Tin: Lê Thị Kim Ngân - Ảnh: Ngọc Hân" (238): author and photographer; an inline figure whose
  figcaption is only "Ảnh: Ngọc Hân" has caption None. "Tin, ảnh: Phạm Minh Trí" (226): both.
- Units signing alone ("Bộ phận Mầm non", "Trường Mẫu giáo Hoa Mai") are authors as printed;
  "BBT" is nobody; "ThS. Nguyễn Hoàng Phúc (Phòng GD&ĐT)" -> "Nguyễn Hoàng Phúc".
- "Nguồn tin: <X>" (field) -> source X; a body sentence "Theo đó, …" / "Theo kế hoạch, …" is text.
- Headings and bold sub-heading paragraphs inside the text ("1. Thời gian và địa điểm") are
  paragraphs; "📌" typed before list items is kept; "- " typed by the editor is kept.
- A caption printed in parentheses loses them (205).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
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

NAME = "drupal9_bootstrap_barrio_pgd"
PLATFORM = "Drupal 9.5 + Bootstrap Barrio sub-theme (Views, Pathauto, Metatag, Forward, AddToAny)"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Châu Thành"
SHORT = "PGD&ĐT Châu Thành"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
TZ = timedelta(hours=7)


@dataclass(frozen=True)
class Term:
    tid: int
    alias: str
    name: str
    parent: str | None
    description: str


TERMS = [
    Term(5, "tin-tuc-su-kien", "Tin tức - Sự kiện", None,
         "Tin hoạt động của ngành Giáo dục và Đào tạo huyện Châu Thành."),
    Term(6, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "tin-tuc-su-kien",
         "Chuyên đề, hội giảng, sinh hoạt chuyên môn, tập huấn của các bậc học."),
    Term(7, "thi-dua-khen-thuong", "Thi đua - Khen thưởng", "tin-tuc-su-kien",
         "Phong trào thi đua, kết quả hội thi và khen thưởng."),
    Term(8, "thong-bao", "Thông báo", None, "Thông báo của Phòng Giáo dục và Đào tạo."),
]
TERM = {t.alias: t for t in TERMS}

# --- the 13 articles -----------------------------------------------------------------------

R = '<p style="text-align: right;">{}</p>'

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">'
    "<tbody><tr>"
    '<td style="width:42%;"><p class="text-align-center">UBND HUYỆN CHÂU THÀNH<br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p>"
    '<p class="text-align-center">Số: 312/TB-PGDĐT</p></td>'
    '<td style="width:58%;"><p class="text-align-center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
    '<p class="text-align-center"><em>Châu Thành, ngày 03 tháng 12 năm 2026</em></p></td>'
    "</tr></tbody></table>"
    '<p class="text-align-center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027"
    "</strong></p>"
)
_CLOSING = (
    '<table border="0" style="width:100%;"><tbody><tr>'
    '<td style="width:50%;vertical-align:top;"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- Như trên;<br />- Lãnh đạo Phòng;<br />- Lưu: VT, THCS.</p></td>"
    '<td style="width:50%;"><p class="text-align-center"><strong>KT. TRƯỞNG PHÒNG<br />'
    "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(đã ký)</em><br /><br />"
    "<strong>Trần Văn Hiếu</strong></p></td>"
    "</tr></tbody></table>"
)
_RELATED_BOX = (
    '<div class="box-tinlq" style="border:1px solid #ddd;padding:8px;margin:10px 0;'
    'background:#f7f9fc;"><p><strong>TIN LIÊN QUAN</strong></p><ul>'
    '<li><a href="/tin-tuc/2026/11/tap-huan-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-ke-hoach-bai'
    '-day-cho-giao-vien-thcs">Tập huấn ứng dụng trí tuệ nhân tạo trong thiết kế kế hoạch bài dạy'
    " cho giáo viên THCS</a></li>"
    '<li><a href="/tin-tuc/2026/10/hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-trong-giao-duc-nam'
    '-hoc-2026-2027">Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026 - 2027'
    "</a></li></ul></div>"
)

STORIES: list[Story] = [
    Story(
        id=241,
        slug="thong-bao-ve-viec-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-03",
        authors=["Trần Văn Hiếu"],
        blocks=[
            Raw(_LETTERHEAD),
            P("Căn cứ Kế hoạch số 1187/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo Đồng Tháp "
              "về việc tổ chức các kỳ thi, hội thi năm học 2026 - 2027,"),
            P("Phòng Giáo dục và Đào tạo thông báo đến Hiệu trưởng các trường THCS, TH&THCS trên "
              "địa bàn huyện lịch tổ chức kỳ thi như sau:"),
            P("1. Thời gian và địa điểm", "b"),
            P("- Thời gian: ngày 12 và 13/12/2026 (thứ Bảy và Chủ nhật)."),
            P("- Địa điểm: Trường THCS Thị trấn Cái Tàu Hạ, số 120 đường Nguyễn Văn Voi, thị trấn "
              "Cái Tàu Hạ.", "br"),
            P("2. Lịch thi cụ thể", "b"),
            P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("12/12/2026 | Sáng | Ngữ văn, Lịch sử và Địa lý | 150 phút", "tr"),
            P("12/12/2026 | Chiều | Toán, Khoa học tự nhiên | 150 phút", "tr"),
            P("13/12/2026 | Sáng | Tiếng Anh, Tin học | 150 phút", "tr"),
            P("Thí sinh có mặt tại điểm thi lúc 06 giờ 45 phút để làm thủ tục dự thi; mang theo Thẻ "
              "học sinh hoặc Căn cước, bút, thước và máy tính cầm tay không có chức năng soạn thảo "
              "văn bản. Danh sách phòng thi được niêm yết tại điểm thi vào chiều ngày 11/12/2026."),
            P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ bộ phận Trung "
              "học (đồng chí Nguyễn Thanh Bình, số điện thoại 0918 425 337) để được hướng dẫn./."),
            Raw(_CLOSING),
        ],
        opts={
            "created": "2026-12-04 14:05", "changed": "2026-12-04 14:11", "user": "vanthu_pgd",
            "files": [("TB-312-PGDDT-thi-HSG-lop-9.pdf", "186.4 KB")],
            "tags": ["học sinh giỏi", "THCS"],
        },
    ),
    Story(
        id=238,
        slug="chuyen-de-day-hoc-stem-mon-khoa-hoc-lop-4-tai-truong-tieu-hoc-nhon-1",
        title="Chuyên đề dạy học STEM môn Khoa học lớp 4 tại Trường Tiểu học An Nhơn 1",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T16:20:00+07:00",
        authors=["Lê Thị Kim Ngân"],
        photographers=["Ngọc Hân"],
        summary="Sáng ngày 02/12/2026, Phòng Giáo dục và Đào tạo huyện Châu Thành tổ chức chuyên đề "
                "cấp huyện “Dạy học theo định hướng giáo dục STEM trong môn Khoa học lớp 4” tại "
                "Trường Tiểu học An Nhơn 1, thu hút hơn 60 cán bộ quản lý và giáo viên các trường "
                "tiểu học tham dự.",
        sapo_outside=True,
        blocks=[
            Img("/sites/default/files/styles/anh_bai_viet/public/2026-12/chuyen-de-stem-an-nhon-1.jpg"
                "?itok=Qm3rX8aZ",
                "Tiết dạy minh họa chủ đề “Làm mô hình lọc nước đơn giản” của cô Trần Thị Mỹ Tiên.",
                "Tiết dạy minh họa chủ đề “Làm mô hình lọc nước đơn giản” của cô Trần Thị Mỹ Tiên.",
                "field"),
            P("Tham dự chuyên đề có ông Nguyễn Văn Sang, Phó Trưởng phòng Giáo dục và Đào tạo huyện; "
              "đại diện bộ phận Tiểu học cùng Hiệu trưởng, Phó Hiệu trưởng phụ trách chuyên môn và "
              "giáo viên dạy lớp 4 của 22 trường tiểu học trên địa bàn."),
            P("Tại chuyên đề, cô Trần Thị Mỹ Tiên, giáo viên lớp 4/2 của trường, thực hiện tiết dạy "
              "minh họa bài “Nước cần cho sự sống”, với hoạt động trọng tâm là thiết kế và chế tạo mô "
              "hình lọc nước đơn giản từ chai nhựa, cát, sỏi và than hoạt tính. Học sinh được chia "
              "thành 6 nhóm, tự thảo luận phương án, vẽ bản thiết kế rồi lắp ráp và thử nghiệm sản "
              "phẩm."),
            Img("/sites/default/files/inline-images/stem-an-nhon-nhom-hs.jpg", "Ảnh: Ngọc Hân", None,
                "figure"),
            P("Sau tiết dạy, các đại biểu chia nhóm thảo luận, phân tích hiệu quả của từng hoạt động "
              "theo quy trình kỹ thuật: xác định vấn đề, đề xuất giải pháp, chế tạo, thử nghiệm và "
              "đánh giá. Nhiều ý kiến cho rằng việc để học sinh tự đặt câu hỏi, tự kiểm chứng giúp "
              "các em ghi nhớ kiến thức lâu hơn và mạnh dạn hơn khi trình bày trước lớp."),
            P("Cô Phan Thị Thu Hà, Hiệu trưởng Trường Tiểu học An Nhơn 1, chia sẻ: “Nhà trường tận "
              "dụng vật liệu tái chế sẵn có ở địa phương để giảm chi phí, đồng thời khuyến khích phụ "
              "huynh cùng tham gia chuẩn bị đồ dùng học tập cho các bài học STEM”."),
            P("Phát biểu kết luận, ông Nguyễn Văn Sang đánh giá cao sự chuẩn bị chu đáo của đơn vị "
              "tổ chức và đề nghị các trường tiếp tục xây dựng kế hoạch bài dạy STEM theo từng học "
              "kỳ, bảo đảm mỗi lớp thực hiện ít nhất 4 bài học STEM trong năm học 2026 - 2027."),
            Raw('<p class="text-align-right"><strong>Tin: Lê Thị Kim Ngân - Ảnh: Ngọc Hân</strong>'
                "</p>"),
        ],
        opts={
            "created": "2026-12-03 16:20", "changed": "2026-12-04 08:02", "user": "bientap_pgd",
            "seo": "Chuyên đề STEM lớp 4 tại TH An Nhơn 1",
            "field_alt": "chuyen-de-stem-an-nhon-1",
            "tags": ["STEM", "Tiểu học"],
            "comments": [
                (57, "Phụ huynh lớp 4/2", "Cảm ơn cô Mỹ Tiên",
                 "Con tôi về nhà kể rất hào hứng về buổi học làm máy lọc nước. Mong nhà trường tổ "
                 "chức thêm nhiều tiết học như vậy.", "2026-12-04 07:12"),
            ],
        },
    ),
    Story(
        id=236,
        slug="nganh-giao-duc-chau-thanh-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
        title="Ngành Giáo dục Châu Thành hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, "
              "ứng phó với bạo lực trên cơ sở giới năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-02T07:30:00+07:00",
        source="Trung tâm Văn hóa - Thể thao và Truyền thanh huyện Châu Thành",
        blocks=[
            P("Thực hiện Kế hoạch của Ủy ban nhân dân huyện về tổ chức Tháng hành động vì bình đẳng "
              "giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến "
              "15/12), Phòng Giáo dục và Đào tạo huyện Châu Thành đã chỉ đạo các trường học trên địa "
              "bàn đồng loạt triển khai nhiều hoạt động tuyên truyền thiết thực."),
            P("Theo đó, 100% trường học treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động; lồng ghép "
              "nội dung bình đẳng giới vào giờ sinh hoạt dưới cờ, tiết sinh hoạt lớp và các buổi "
              "ngoại khóa. Nhiều đơn vị tổ chức diễn đàn “Tiếng nói học sinh”, thi vẽ tranh, viết thư "
              "và sân khấu hóa các tình huống về phòng, chống bạo lực học đường."),
            Img("/sites/default/files/inline-images/dien-dan-hs-tan-binh.jpg",
                "Diễn đàn “Tiếng nói học sinh” tại Trường THCS Tân Bình.",
                "Diễn đàn “Tiếng nói học sinh” tại Trường THCS Tân Bình.", "blazy"),
            P("Tại Trường THCS Tân Bình, buổi diễn đàn thu hút hơn 400 học sinh tham gia. Các em "
              "mạnh dạn nêu ý kiến về định kiến giới trong gia đình, trong lựa chọn nghề nghiệp và "
              "cách ứng xử khi bản thân hoặc bạn bè bị bắt nạt trên không gian mạng."),
            P("Phòng Giáo dục và Đào tạo cũng phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức 12 buổi "
              "nói chuyện chuyên đề cho cha mẹ học sinh tại các trường mầm non và tiểu học, tập trung "
              "vào kỹ năng phát hiện sớm dấu hiệu trẻ bị xâm hại và xây dựng gia đình không bạo lực."),
            Img("/sites/default/files/inline-images/noi-chuyen-chuyen-de-phu-huynh.jpg",
                "Buổi nói chuyện chuyên đề dành cho cha mẹ học sinh tại Trường Mẫu giáo Phú Hựu.",
                "Buổi nói chuyện chuyên đề dành cho cha mẹ học sinh tại Trường Mẫu giáo Phú Hựu.",
                "blazy"),
            P("Các hoạt động hưởng ứng được duy trì đến hết ngày 15/12/2026. Sau đợt cao điểm, các "
              "trường có trách nhiệm báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày "
              "20/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân huyện."),
        ],
        opts={
            "created": "2026-12-02 07:30", "changed": "2026-12-02 10:48", "user": "bientap_pgd",
            "og_image": "/sites/default/files/2026-12/binh-dang-gioi-2026.jpg",
            "nguon": "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện Châu Thành",
            "tags": ["bình đẳng giới", "phòng chống bạo lực học đường"],
        },
    ),
    Story(
        id=233,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-hoc-mam-non-nam-hoc-2026-2027",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp huyện bậc học Mầm non năm học 2026 - 2027",
        cat="thi-dua-khen-thuong",
        published_at="2026-11-28T09:00:00+07:00",
        authors=["Bộ phận Mầm non"],
        summary="Sau hơn hai tuần tranh tài sôi nổi, Hội thi giáo viên dạy giỏi cấp huyện bậc học "
                "Mầm non năm học 2026 - 2027 đã khép lại với 41/52 giáo viên được công nhận đạt danh "
                "hiệu giáo viên dạy giỏi cấp huyện.",
        blocks=[
            P("Sau hơn hai tuần tranh tài sôi nổi, Hội thi giáo viên dạy giỏi cấp huyện bậc học Mầm "
              "non năm học 2026 - 2027 đã khép lại với 41/52 giáo viên được công nhận đạt danh hiệu "
              "giáo viên dạy giỏi cấp huyện.", "bold"),
            P("Chiều ngày 27/11/2026, tại Trường Mầm non Cái Tàu Hạ, Phòng Giáo dục và Đào tạo huyện "
              "Châu Thành tổ chức lễ tổng kết và trao giấy khen cho các giáo viên đạt thành tích cao "
              "tại hội thi."),
            P("Hội thi năm nay có 52 giáo viên của 19 trường mầm non, mẫu giáo tham gia. Mỗi giáo "
              "viên trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục "
              "trẻ và thực hành tổ chức một hoạt động giáo dục trên trẻ tại đơn vị bốc thăm."),
            P("Kết quả, Ban Tổ chức công nhận 41 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
              "huyện, trong đó:"),
            P("04 giải Nhất;", "li"),
            P("09 giải Nhì;", "li"),
            P("13 giải Ba và 15 giải Khuyến khích.", "li"),
            Img("/sites/default/files/inline-images/trao-giay-khen-gvdg-mn.jpg",
                "Lãnh đạo Phòng GD&ĐT trao giấy khen cho các giáo viên đạt giải Nhất.",
                "Lãnh đạo Phòng GD&ĐT trao giấy khen cho các giáo viên đạt giải Nhất.", "figure"),
            P("Phát biểu tại buổi tổng kết, bà Lê Thị Ngọc Điệp, Trưởng phòng Giáo dục và Đào tạo "
              "huyện, ghi nhận sự đầu tư nghiêm túc của các giáo viên dự thi; nhiều hoạt động được "
              "thiết kế sáng tạo, tận dụng nguyên vật liệu thiên nhiên như lá dừa, vỏ ốc, hạt sen – "
              "đặc sản của quê hương Đồng Tháp."),
            P("Bà cũng lưu ý các trường cần nhân rộng các biện pháp hay, tổ chức chuyên đề chia sẻ "
              "kinh nghiệm để hội thi thực sự trở thành đợt sinh hoạt chuyên môn bổ ích, góp phần "
              "nâng cao chất lượng giáo dục mầm non toàn huyện."),
            Raw(R.format("<em>Bộ phận Mầm non</em>")),
        ],
        opts={
            "created": "2026-11-28 09:00", "changed": "2026-11-30 15:26", "user": "bientap_pgd",
            "og_image": "/sites/default/files/2026-11/tong-ket-gvdg-mam-non.jpg",
            "tags": ["Mầm non", "giáo viên dạy giỏi"],
        },
    ),
    Story(
        id=231,
        slug="thong-bao-dang-ky-du-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Thông báo đăng ký dự thi Giáo viên chủ nhiệm lớp giỏi cấp huyện bậc THCS năm học "
              "2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-26T10:15:00+07:00",
        blocks=[
            P("Phòng Giáo dục và Đào tạo huyện Châu Thành thông báo đến các trường THCS, TH&THCS "
              "trên địa bàn huyện về việc đăng ký giáo viên dự thi Giáo viên chủ nhiệm lớp giỏi cấp "
              "huyện năm học 2026 - 2027, cụ thể như sau:"),
            P("Đối tượng và điều kiện dự thi", "h4"),
            P("Là giáo viên đang trực tiếp làm công tác chủ nhiệm lớp từ 03 năm trở lên;", "ol"),
            P("Đạt danh hiệu giáo viên chủ nhiệm lớp giỏi cấp trường năm học 2026 - 2027;", "ol"),
            P("Được xếp loại đánh giá viên chức ở mức hoàn thành tốt nhiệm vụ trở lên trong năm học "
              "liền kề.", "ol"),
            P("Hồ sơ và thời hạn đăng ký", "h4"),
            P("Mỗi trường đăng ký tối thiểu 01 giáo viên; trường có từ 20 lớp trở lên đăng ký tối "
              "thiểu 02 giáo viên. Hồ sơ gồm phiếu đăng ký (theo mẫu), báo cáo biện pháp giáo dục học "
              "sinh và kế hoạch chủ nhiệm năm học."),
            P("Các đơn vị gửi hồ sơ về Phòng Giáo dục và Đào tạo (qua bộ phận Trung học) và gửi bản "
              "điện tử qua hộp thư pgdchauthanh@dongthap.edu.vn chậm nhất ngày 10/12/2026."),
            P("Kế hoạch chi tiết và mẫu phiếu đăng ký xem trong tệp đính kèm bên dưới."),
        ],
        opts={
            "created": "2026-11-26 10:15", "changed": "2026-11-26 10:15", "user": "vanthu_pgd",
            "files": [("KH-hoi-thi-GVCN-gioi-THCS-2026-2027.pdf", "412.7 KB"),
                      ("mau-phieu-dang-ky-GVCN.docx", "18.3 KB")],
        },
    ),
    Story(
        id=229,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-ke-hoach-bai-day-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong thiết kế kế hoạch bài dạy cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24T08:30:00+07:00",
        authors=["Nguyễn Hoàng Phúc"],
        blocks=[
            Img("/sites/default/files/styles/anh_bai_viet/public/2026-11/tap-huan-ai-thcs.jpg"
                "?itok=b7LwT2Ke",
                "Quang cảnh lớp tập huấn tại phòng máy Trường THCS Thị trấn Cái Tàu Hạ.",
                "Quang cảnh lớp tập huấn tại phòng máy Trường THCS Thị trấn Cái Tàu Hạ.", "field"),
            P("Trong hai ngày 21 và 22/11/2026, Phòng Giáo dục và Đào tạo huyện Châu Thành tổ chức "
              "lớp tập huấn “Ứng dụng trí tuệ nhân tạo (AI) hỗ trợ thiết kế kế hoạch bài dạy và đánh "
              "giá học sinh” cho 135 giáo viên cốt cán cấp trung học cơ sở."),
            P("Báo cáo viên là các thầy cô trong nhóm chuyển đổi số của Sở Giáo dục và Đào tạo Đồng "
              "Tháp. Nội dung tập huấn tập trung vào cách đặt câu lệnh (prompt) hiệu quả, sử dụng công "
              "cụ AI để gợi ý tình huống học tập, xây dựng ngân hàng câu hỏi theo ma trận đặc tả và "
              "phân tích kết quả bài kiểm tra."),
            P("Bên cạnh lợi ích, báo cáo viên cũng lưu ý giáo viên về những rủi ro khi sử dụng AI như "
              "thông tin thiếu chính xác, vi phạm bản quyền và lộ dữ liệu cá nhân của học sinh. Mọi "
              "sản phẩm do AI gợi ý đều phải được giáo viên kiểm tra, chỉnh sửa cho phù hợp với đối "
              "tượng học sinh trước khi sử dụng."),
            Img("/sites/default/files/inline-images/thuc-hanh-soan-giang-ai.jpg",
                "Học viên thực hành xây dựng ngân hàng câu hỏi với sự hỗ trợ của công cụ AI.",
                "Học viên thực hành xây dựng ngân hàng câu hỏi với sự hỗ trợ của công cụ AI.", "mso"),
            P("Cuối khóa, mỗi học viên hoàn thành một kế hoạch bài dạy có ứng dụng AI và nộp trên hệ "
              "thống LMS của ngành. Các sản phẩm tiêu biểu được chọn đưa vào kho học liệu dùng chung "
              "của huyện."),
            P("Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho tổ chuyên môn tại đơn "
              "vị trước ngày 15/12/2026."),
            Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
                "ThS. Nguyễn Hoàng Phúc</span></b><i><span lang=\"VI\" style=\"font-size:14.0pt\"> "
                "(Phòng GD&amp;ĐT)</span></i><o:p></o:p></p>"),
        ],
        opts={
            "created": "2026-11-24 08:30", "changed": "2026-11-25 09:41", "user": "bientap_pgd",
            "seo": "Tập huấn AI cho giáo viên THCS huyện Châu Thành",
            "field_alt": "tap-huan-ai-thcs", "fmt": "mso", "nfd": True,
            "tags": ["chuyển đổi số", "THCS", "AI"],
        },
    ),
    Story(
        id=226,
        slug="hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026",
        title="HỌP MẶT KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T06:40:00+07:00",
        authors=["Phạm Minh Trí"],
        photographers=["Phạm Minh Trí"],
        blocks=[
            P("Sáng ngày 18/11/2026, Phòng Giáo dục và Đào tạo huyện Châu Thành phối hợp với Công "
              "đoàn Giáo dục huyện tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên "
              "dương các tập thể, cá nhân tiêu biểu năm học 2025 - 2026."),
            P("Đến dự có ông Phạm Văn Hùng, Phó Bí thư Thường trực Huyện ủy; bà Nguyễn Thị Kim Loan, "
              "Phó Chủ tịch Ủy ban nhân dân huyện cùng đại diện các ban, ngành, đoàn thể và hơn 250 "
              "cán bộ quản lý, giáo viên, nhân viên tiêu biểu của các trường học trên địa bàn."),
            Img("/sites/default/files/inline-images/hop-mat-20-11-van-nghe.jpg",
                "Tiết mục văn nghệ chào mừng của giáo viên Trường Tiểu học Cái Tàu Hạ 1.",
                "Tiết mục văn nghệ chào mừng của giáo viên Trường Tiểu học Cái Tàu Hạ 1.", "blazy"),
            P("Năm học 2025 - 2026, ngành Giáo dục huyện có 12.460 học sinh các cấp; tỷ lệ học sinh "
              "hoàn thành chương trình tiểu học đạt 100%, tốt nghiệp trung học cơ sở đạt 99,6%. Toàn "
              "huyện hiện có 38/45 trường đạt chuẩn quốc gia, đạt tỷ lệ 84,4%."),
            P("Phát biểu tại buổi họp mặt, bà Nguyễn Thị Kim Loan ghi nhận những đóng góp của đội ngũ "
              "nhà giáo trong sự nghiệp trồng người, đồng thời đề nghị ngành tiếp tục đổi mới phương "
              "pháp dạy học, đẩy mạnh chuyển đổi số và quan tâm hơn nữa đến học sinh có hoàn cảnh "
              "khó khăn."),
            Img("/sites/default/files/inline-images/hop-mat-20-11-tuyen-duong.jpg",
                "Lãnh đạo huyện tuyên dương các nhà giáo tiêu biểu.",
                "Lãnh đạo huyện tuyên dương các nhà giáo tiêu biểu.", "blazy"),
            P("Dịp này, Ủy ban nhân dân huyện tặng giấy khen cho 15 tập thể và 42 cá nhân có thành "
              "tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”; Công đoàn "
              "Giáo dục huyện trao 30 suất quà cho giáo viên có hoàn cảnh khó khăn."),
            Raw(R.format("<strong>Tin, ảnh: Phạm Minh Trí</strong>")),
        ],
        opts={
            "created": "2026-11-20 06:40", "changed": "2026-11-21 17:03", "user": "admin",
            "og_image": "/sites/default/files/2026-11/hop-mat-20-11-2026.jpg",
            "tags": ["20/11", "Nhà giáo Việt Nam"],
            "comments": [
                (54, "Cựu học sinh THCS An Khánh", "Tri ân thầy cô",
                 "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp "
                 "trồng người!", "2026-11-20 19:05"),
            ],
        },
    ),
    Story(
        id=224,
        slug="chau-thanh-co-7-hoc-sinh-dat-giai-hoi-thi-tin-hoc-tre-tinh-dong-thap-nam-2026",
        title="Châu Thành có 7 học sinh đạt giải Hội thi Tin học trẻ tỉnh Đồng Tháp năm 2026",
        cat="thi-dua-khen-thuong",
        published_at="2026-11-17T15:00:00+07:00",
        source="Sở GD&ĐT Đồng Tháp",
        blocks=[
            P("Tại Hội thi Tin học trẻ tỉnh Đồng Tháp lần thứ XXII năm 2026 do Tỉnh Đoàn phối hợp "
              "với Sở Giáo dục và Đào tạo tổ chức từ ngày 13 đến 15/11/2026, đội tuyển huyện Châu "
              "Thành đạt 07 giải, gồm 01 giải Nhì, 02 giải Ba và 04 giải Khuyến khích."),
            P("Hội thi năm nay thu hút 186 thí sinh đến từ 12 huyện, thành phố, tranh tài ở ba bảng: "
              "bảng A dành cho học sinh tiểu học, bảng B dành cho học sinh trung học cơ sở và bảng C "
              "dành cho học sinh trung học phổ thông. Ngoài phần thi lập trình, thí sinh còn thi sản "
              "phẩm sáng tạo ứng dụng công nghệ thông tin."),
            Img("/sites/default/files/inline-images/doi-tuyen-tin-hoc-tre-2026.jpg", None, None,
                "plain"),
            P("Danh sách học sinh đạt giải:"),
            P("STT | Họ và tên | Trường | Bảng | Giải", "th"),
            P("1 | Nguyễn Hoàng Khang | THCS Thị trấn Cái Tàu Hạ | B | Nhì", "tr"),
            P("2 | Trần Ngọc Bảo Trân | THCS An Hiệp | B | Ba", "tr"),
            P("3 | Lê Minh Nhật | TH Tân Phú Trung 1 | A | Ba", "tr"),
            P("4 | Võ Gia Huy | TH An Nhơn 1 | A | Khuyến khích", "tr"),
            P("5 | Đặng Thảo Vy | THCS Phú Long | B | Khuyến khích", "tr"),
            P("6 | Huỳnh Tấn Phát | THCS Tân Nhuận Đông | B | Khuyến khích", "tr"),
            P("7 | Nguyễn Phúc Thịnh | TH Hòa Tân | A | Khuyến khích", "tr"),
            P("Phòng Giáo dục và Đào tạo huyện đã đề nghị Ủy ban nhân dân huyện khen thưởng các em "
              "học sinh đạt giải và giáo viên bồi dưỡng đội tuyển."),
        ],
        opts={
            "created": "2026-11-17 15:00", "changed": "2026-11-17 15:00", "user": "bientap_pgd",
            "og_image": "/sites/default/files/2026-11/tin-hoc-tre-2026.jpg",
            "nguon": "Sở GD&ĐT Đồng Tháp",
            "tags": ["Tin học trẻ"],
        },
    ),
    Story(
        id=219,
        slug="kiem-tra-cong-tac-chuc-ban-tru-tai-cac-truong-mam-non-tren-dia-ban-huyen",
        title="Kiểm tra công tác tổ chức bán trú tại các trường mầm non trên địa bàn huyện",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-10T14:30:00+07:00",
        authors=["Võ Thị Thu Thảo"],
        blocks=[
            Img("/sites/default/files/styles/anh_bai_viet/public/2026-11/DSC_0456.JPG?itok=pL0v9wQa",
                None, None, "field"),
            P("Từ ngày 02 đến ngày 06/11/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo huyện "
              "Châu Thành do bà Lê Thị Ngọc Điệp, Trưởng phòng làm trưởng đoàn đã kiểm tra công tác "
              "tổ chức bán trú tại 8 trường mầm non, mẫu giáo trên địa bàn huyện."),
            P("Đoàn tập trung kiểm tra hồ sơ quản lý bán trú, hợp đồng mua bán thực phẩm, sổ kiểm "
              "thực ba bước, việc lưu mẫu thức ăn và điều kiện vệ sinh bếp ăn."),
            P("Ngoài ra, đoàn còn trực tiếp dự giờ ăn, giờ ngủ của trẻ và trao đổi với giáo viên, "
              "nhân viên nấu ăn về khẩu phần, thực đơn theo mùa.", "br"),
            P("Qua kiểm tra, các trường đều thực hiện nghiêm quy trình bếp một chiều, thực phẩm có "
              "nguồn gốc rõ ràng; thực đơn được xây dựng đa dạng, phù hợp với điều kiện địa phương. "
              "Trường Mầm non Tân Phú Trung và Trường Mẫu giáo An Phú Thuận đã ứng dụng phần mềm tính "
              "khẩu phần dinh dưỡng, công khai thực đơn hằng tuần trên nhóm Zalo phụ huynh."),
            P("Bên cạnh đó, một số đơn vị còn hạn chế như bếp ăn xuống cấp, thiếu tủ lưu mẫu thức ăn "
              "đạt chuẩn, hồ sơ sức khỏe nhân viên nấu ăn chưa cập nhật đầy đủ. Đoàn kiểm tra đã góp "
              "ý cụ thể và yêu cầu các đơn vị khắc phục trước ngày 30/11/2026."),
            Raw('<p class="text-align-right"><strong>Võ Thị Thu Thảo</strong></p>'),
        ],
        opts={
            "created": "2026-11-10 14:30", "changed": "2026-11-12 07:55", "user": "bientap_pgd",
            "field_alt": "DSC_0456.JPG",
            "tags": ["Mầm non", "bán trú"],
        },
    ),
    Story(
        id=212,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-cap-thcs-cum-khanh-phu-huu",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn cấp THCS cụm An Khánh - "
              "Phú Hựu",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-30T09:45:00+07:00",
        authors=["Huỳnh Thanh Tâm"],
        summary="Nhằm đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học, ngày 28/10/2026, "
                "cụm chuyên môn số 2 gồm các trường THCS An Khánh, THCS Phú Hựu và THCS Tân Phú đã tổ "
                "chức buổi sinh hoạt chuyên môn môn Ngữ văn tại Trường THCS An Khánh.",
        blocks=[
            P("Nhằm đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học, ngày 28/10/2026, "
              "cụm chuyên môn số 2 gồm các trường THCS An Khánh, THCS Phú Hựu và THCS Tân Phú đã tổ "
              "chức buổi sinh hoạt chuyên môn môn Ngữ văn tại Trường THCS An Khánh.", "bold"),
            P("Tiết học nghiên cứu là bài “Chuyện người con gái Nam Xương” (Ngữ văn 9), do cô Huỳnh "
              "Thị Bích Tuyền thực hiện tại lớp 9A3. Thay vì tập trung đánh giá giáo viên, các thầy "
              "cô dự giờ quan sát hoạt động học của học sinh, ghi chép những biểu hiện tích cực cũng "
              "như những khó khăn các em gặp phải."),
            Raw(_RELATED_BOX),
            P("Lắng nghe học sinh để điều chỉnh bài dạy", "h3"),
            P("Trong phần thảo luận sau tiết dạy, nhiều giáo viên nhận thấy học sinh tham gia sôi nổi "
              "ở hoạt động đóng vai, nhưng còn lúng túng khi phân tích chi tiết chiếc bóng. Từ đó, tổ "
              "chuyên môn đề xuất bổ sung phiếu học tập có câu hỏi gợi mở và tăng thời gian cho học "
              "sinh trao đổi theo cặp."),
            P("Nghiên cứu bài học giúp chúng tôi nhìn lại chính mình qua từng hành động của học sinh. "
              "Mỗi buổi sinh hoạt là một lần cùng nhau tháo gỡ khó khăn, không còn cảm giác căng "
              "thẳng như thao giảng trước đây.", "quote"),
            P("Đó là chia sẻ của thầy Trương Quốc Việt, tổ trưởng tổ Ngữ văn Trường THCS Phú Hựu."),
            P("Nhân rộng mô hình trong các cụm chuyên môn", "h3"),
            P("Theo kế hoạch, mỗi cụm chuyên môn tổ chức ít nhất hai buổi sinh hoạt theo nghiên cứu "
              "bài học trong mỗi học kỳ. Phòng Giáo dục và Đào tạo sẽ lựa chọn các tiết học tiêu biểu "
              "để ghi hình, chia sẻ trên kho học liệu số của ngành."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/tin-tuc/2026/11/tap-huan-ung-dung-tri-tue-'
                'nhan-tao-trong-thiet-ke-ke-hoach-bai-day-cho-giao-vien-thcs">Tập huấn ứng dụng trí '
                "tuệ nhân tạo trong thiết kế kế hoạch bài dạy cho giáo viên THCS</a></p>"),
            Raw(R.format("<strong>Huỳnh Thanh Tâm</strong><br /><em>(Trường THCS An Khánh)</em>")),
        ],
        opts={
            "created": "2026-10-30 09:45", "changed": "2026-10-30 09:45", "user": "bientap_pgd",
            "og_image": "/sites/default/files/2026-10/shcm-ngu-van-an-khanh.jpg",
            "tags": ["Ngữ văn", "nghiên cứu bài học"],
        },
    ),
    Story(
        id=209,
        slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-trong-giao-duc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-27T14:00:00+07:00",
        blocks=[
            Img("/sites/default/files/styles/anh_bai_viet/public/2026-10/hoi-nghi-chuyen-doi-so.jpg"
                "?itok=Vn4c0sYd",
                "Ông Nguyễn Văn Sang, Phó Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị.",
                "Ông Nguyễn Văn Sang, Phó Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị.",
                "field"),
            P("Chiều ngày 26/10/2026, Phòng Giáo dục và Đào tạo huyện Châu Thành tổ chức hội nghị "
              "triển khai nhiệm vụ chuyển đổi số và ứng dụng công nghệ thông tin năm học 2026 - 2027 "
              "cho Hiệu trưởng, Phó Hiệu trưởng và nhân viên phụ trách công nghệ thông tin của 45 "
              "trường học trên địa bàn huyện."),
            P("Năm học 2025 - 2026, toàn huyện đã triển khai đồng bộ sổ điểm điện tử, học bạ số đối "
              "với cấp tiểu học và trung học cơ sở; 100% trường học thực hiện thu học phí, các khoản "
              "thu không dùng tiền mặt. Cơ sở dữ liệu ngành được cập nhật đầy đủ, kịp thời, phục vụ "
              "tốt công tác quản lý và báo cáo."),
            P("Năm học mới, ngành đặt ra một số chỉ tiêu trọng tâm:"),
            P("📌 100% trường tiểu học, THCS sử dụng học bạ số có ký số;", "li"),
            P("📌 Ít nhất 70% giáo viên sử dụng thành thạo phần mềm dạy học trực tuyến và kho học "
              "liệu số dùng chung;", "li"),
            P("📌 Mỗi trường xây dựng ít nhất 01 mô hình “Lớp học thông minh” hoặc phòng học STEM.",
              "li"),
            P("Tại hội nghị, đại diện Viettel Đồng Tháp hướng dẫn quy trình ký số học bạ, cấp chứng "
              "thư số cho giáo viên chủ nhiệm và giải đáp các vướng mắc trong quá trình sử dụng phần "
              "mềm quản lý trường học."),
            P("Kết luận hội nghị, ông Nguyễn Văn Sang yêu cầu Hiệu trưởng các trường chịu trách "
              "nhiệm trực tiếp về công tác chuyển đổi số tại đơn vị, xây dựng kế hoạch cụ thể và báo "
              "cáo tiến độ định kỳ hằng tháng."),
            Raw(R.format("<strong>BBT</strong>")),
        ],
        opts={
            "created": "2026-10-27 14:00", "changed": "2026-10-28 08:20", "user": "bientap_pgd",
            "field_alt": "Hội nghị chuyển đổi số",
            "tags": ["chuyển đổi số"],
        },
    ),
    Story(
        id=205,
        slug="hoi-giang-chao-mung-ngay-phu-nu-viet-nam-2010-tai-truong-mau-giao-hoa-mai",
        title="Hội giảng chào mừng Ngày Phụ nữ Việt Nam 20/10 tại Trường Mẫu giáo Hoa Mai",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-20",
        authors=["Trường Mẫu giáo Hoa Mai"],
        blocks=[
            P("Hưởng ứng phong trào thi đua chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ "
              "Việt Nam (20/10/1930 - 20/10/2026), Trường Mẫu giáo Hoa Mai (xã Tân Xuân) tổ chức hội "
              "giảng với sự tham gia của 14 giáo viên đứng lớp."),
            P("Các tiết dạy được đầu tư công phu, nhiều giáo viên đưa trò chơi dân gian, bài hát về "
              "mẹ và cô giáo vào hoạt động làm quen văn học, âm nhạc, tạo hình. Đồ dùng dạy học được "
              "làm từ nguyên liệu sẵn có như bẹ chuối, lá dừa, vải vụn, giúp trẻ hứng thú và tích cực "
              "tham gia."),
            Img("/sites/default/files/inline-images/hoi-giang-hoa-mai.jpg",
                "(Cô Nguyễn Thị Diễm My tổ chức hoạt động tạo hình “Bó hoa tặng mẹ” cho trẻ lớp Lá)",
                "Cô Nguyễn Thị Diễm My tổ chức hoạt động tạo hình “Bó hoa tặng mẹ” cho trẻ lớp Lá",
                "next"),
            P("Kết quả, hội giảng có 6 tiết xếp loại tốt, 8 tiết xếp loại khá. Ban Giám hiệu nhà "
              "trường trao giấy khen cho các giáo viên có tiết dạy xuất sắc."),
            P("Thông qua hội giảng, giáo viên có dịp học hỏi, trao đổi kinh nghiệm, góp phần nâng cao "
              "chất lượng chăm sóc, giáo dục trẻ theo Chương trình giáo dục mầm non."),
            Raw(R.format("<em>Trường Mẫu giáo Hoa Mai</em>")),
        ],
        opts={
            "created": "2026-10-20 00:00", "changed": "2026-10-21 10:12", "user": "bientap_pgd",
            "og_image": "/sites/default/files/2026-10/hoi-giang-hoa-mai-1.jpg",
            "tags": ["Mầm non", "20/10"],
        },
    ),
    Story(
        id=201,
        slug="lich-tiep-cong-dan-cua-truong-phong-giao-duc-va-dao-tao-quy-iv-nam-2026",
        title="Lịch tiếp công dân của Trưởng phòng Giáo dục và Đào tạo quý IV năm 2026",
        cat="thong-bao",
        published_at="2026-10-08T16:00:00+07:00",
        blocks=[
            P("Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Ủy ban nhân dân huyện Châu "
              "Thành, Phòng Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Trưởng phòng "
              "trong quý IV năm 2026 như sau:"),
            P("Thời gian | Người tiếp | Địa điểm", "th"),
            P("Thứ Năm, 15/10/2026 | Bà Lê Thị Ngọc Điệp, Trưởng phòng | Phòng tiếp công dân, trụ sở "
              "Phòng GD&ĐT", "tr"),
            P("Thứ Năm, 19/11/2026 | Bà Lê Thị Ngọc Điệp, Trưởng phòng | Phòng tiếp công dân, trụ sở "
              "Phòng GD&ĐT", "tr"),
            P("Thứ Năm, 17/12/2026 | Ông Nguyễn Văn Sang, Phó Trưởng phòng | Phòng tiếp công dân, trụ "
              "sở Phòng GD&ĐT", "tr"),
            P("Thời gian tiếp: buổi sáng từ 07 giờ 30 phút đến 11 giờ 00 phút."),
            P("Công dân đến liên hệ mang theo Căn cước hoặc giấy tờ tùy thân hợp lệ; trường hợp được "
              "ủy quyền phải có giấy ủy quyền theo quy định. Ngoài lịch tiếp định kỳ, công dân có thể "
              "gửi đơn, thư phản ánh, kiến nghị qua bộ phận Văn thư của Phòng hoặc hộp thư điện tử "
              "pgdchauthanh@dongthap.edu.vn."),
        ],
        opts={
            "created": "2026-10-08 16:00", "changed": "2026-10-08 16:00", "user": "vanthu_pgd",
            "files": [("lich-tiep-cong-dan-quy-IV-2026.pdf", "95.2 KB")],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: CMS accounts of the "Gửi bởi" line and their uids
USERS = {"admin": 1, "bientap_pgd": 5, "vanthu_pgd": 7}

# --- non-article nodes ------------------------------------------------------------------------

DOC_PATH = "/van-ban/cong-van-so-1452-pgddt-ve-viec-huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i"
ALBUM_PATH = "/thu-vien-anh/hoi-thi-giao-vien-day-gioi-bac-mam-non-2026"
VIDEO_PATH = "/video/le-khai-giang-nam-hoc-2026-2027"
INTRO_PATH = "/gioi-thieu/chuc-nang-nhiem-vu"
ORG_PATH = "/gioi-thieu/co-cau-to-chuc"
CONTACT_PATH = "/lien-he"

NON_ARTICLES = [INTRO_PATH, ORG_PATH, CONTACT_PATH, DOC_PATH, ALBUM_PATH, VIDEO_PATH]

#: nid of each non-article node (answers at /node/<nid> too)
OTHER_NODES = {3: INTRO_PATH, 4: ORG_PATH, 227: DOC_PATH, 234: ALBUM_PATH, 190: VIDEO_PATH}

# --- small helpers ----------------------------------------------------------------------------

_WEEKDAY_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
_SVG_PLACEHOLDER = (
    "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg"
    "%27%20viewBox%3D%270%200%201%201%27%2F%3E"
)


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def drupal_medium(value: str) -> str:
    """Drupal's default "medium" format ``D, m/d/Y - H:i`` in the Vietnamese translation."""
    d = _dt(value)
    return f"{_WEEKDAY_SHORT[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def _utc(value: str, z: bool = False) -> str:
    d = _dt(value) - TZ
    return d.strftime("%Y-%m-%dT%H:%M:%SZ") if z else d.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _local_iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _hex(seed: str, n: int = 12) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:n]


def _uuid(seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def article_path(s: Story) -> str:
    d = _dt(s.opts["created"])
    return f"/tin-tuc/{d:%Y}/{d:%m}/{s.slug}"


def _ordered(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["created"], reverse=True)


def term_members(alias: str) -> list[Story]:
    """Views taxonomy-term page "with depth 1": the term's own nodes and its children's."""
    return _ordered([s for s in STORIES if s.cat == alias or TERM[s.cat].parent == alias])


def _plain(s: Story) -> str:
    parts = [s.summary] if s.sapo_outside and s.summary else []
    parts += [b.text for b in s.blocks if isinstance(b, P)]
    return " ".join(parts)


def _trim(value: str, n: int) -> str:
    if len(value) <= n:
        return value
    cut = value[:n].rsplit(" ", 1)[0]
    return cut + "…"


def _thumb(s: Story) -> str:
    src = s.opts.get("og_image")
    if not src:
        first = next((i for i in s.images), None)
        src = first.src.split("?")[0] if first else "/sites/default/files/2026-10/no-image.jpg"
    name = src.rsplit("/", 1)[-1]
    month = s.opts["created"][:7]
    return f"/sites/default/files/styles/thumb_tin/public/{month}/{name}?itok={_hex(name, 8)}"


# --- the text of a node -----------------------------------------------------------------------

_MSO_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New '
    'Roman&quot;,serif">{}</span><o:p></o:p></p>'
)
_MSO_EMPTY = '<p class="MsoNormal" style="margin-bottom:6.0pt;line-height:normal"><o:p>&nbsp;</o:p></p>'


def _render_img(img: Img) -> str:
    uuid = _uuid(img.src)
    printed = esc(img.printed) if img.printed else ""
    if img.style == "figure":
        return (
            '<figure role="group" class="caption caption-img align-center">'
            f'<img alt="" data-entity-type="file" data-entity-uuid="{uuid}" src="{esc(img.src)}" '
            f'width="800" height="533" loading="lazy" /><figcaption>{printed}</figcaption></figure>'
        )
    if img.style == "blazy":
        out = (
            '<div class="media media--blazy media--image media--ratio is-b-loading">'
            f'<img alt="" class="media__image media__element b-lazy" decoding="async" '
            f'loading="lazy" data-entity-type="file" data-entity-uuid="{uuid}" '
            f'data-src="{esc(img.src)}" src="{_SVG_PLACEHOLDER}" width="800" height="533" /></div>'
        )
        if printed:
            out += f'<p class="text-align-center"><em>{printed}</em></p>'
        return out
    if img.style == "mso":
        out = (
            '<p class="MsoNormal" align="center" style="text-align:center;line-height:normal">'
            '<span lang="VI" style="font-size:14.0pt"><img width="600" height="400" '
            f'src="{esc(img.src)}" data-entity-type="file" data-entity-uuid="{uuid}" /></span></p>'
        )
        if printed:
            out += (
                '<p class="MsoNormal" align="center" style="text-align:center;line-height:normal">'
                f'<i><span lang="VI" style="font-size:12.0pt">{printed}</span></i><o:p></o:p></p>'
            )
        return out
    out = (
        f'<p class="text-align-center"><img alt="" data-entity-type="file" '
        f'data-entity-uuid="{uuid}" src="{esc(img.src)}" width="800" height="600" loading="lazy" />'
        "</p>"
    )
    if printed:
        out += f'<p class="text-align-center"><em>{printed}</em></p>'
    return out


def render_body(s: Story) -> str:
    mso = s.opts.get("fmt") == "mso"
    nfd = bool(s.opts.get("nfd"))
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "field")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(b))
            i += 1
            continue
        if b.style in ("li", "ol"):
            j = i
            items = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                items.append(f"<li>{text(blocks[j].text, nfd=nfd)}</li>")
                j += 1
            tag = "ul" if b.style == "li" else "ol"
            out.append(f"<{tag}>" + "\n".join(items) + f"</{tag}>")
            i = j
            continue
        if b.style in ("th", "tr"):
            j = i
            head, rows = "", []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("th", "tr"):
                cells = blocks[j].text.split(" | ")
                if blocks[j].style == "th":
                    head = "<thead><tr>" + "".join(
                        f'<th scope="col">{text(c, nfd=nfd)}</th>' for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{text(c, nfd=nfd)}</td>" for c in cells)
                                + "</tr>")
                j += 1
            out.append(f'<table class="table table-bordered" style="width:100%;">{head}<tbody>'
                       + "\n".join(rows) + "</tbody></table>")
            i = j
            continue
        parts = [b]
        j = i + 1
        while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
            parts.append(blocks[j])
            j += 1
        inner = "<br />\n".join(text(p.text, nfd=nfd) for p in parts)
        i = j
        if b.style in ("bold", "b"):
            out.append(f"<p><strong>{inner}</strong></p>")
        elif b.style in ("h3", "h4"):
            out.append(f"<{b.style}>{inner}</{b.style}>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{inner}</em></p></blockquote>")
        elif mso:
            out.append(_MSO_P.format(inner))
            if len(out) % 3 == 0:
                out.append(_MSO_EMPTY)
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------

def _menu() -> str:
    def item(href: str, label: str, sys_path: str) -> str:
        return (f'<li class="dropdown-item"><a href="{href}" data-drupal-link-system-path='
                f'"{sys_path}">{esc(label)}</a></li>')

    return (
        '<nav role="navigation" aria-labelledby="block-pgdct-main-menu-menu" '
        'id="block-pgdct-main-menu" class="block block-menu navigation menu--main">'
        '<h2 class="visually-hidden" id="block-pgdct-main-menu-menu">Main navigation</h2>'
        '<ul class="clearfix nav navbar-nav">'
        '<li class="nav-item"><a href="/" class="nav-link nav-link--" '
        'data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li>'
        '<li class="nav-item menu-item--expanded dropdown"><a href="/gioi-thieu/chuc-nang-nhiem-vu" '
        'class="nav-link dropdown-toggle" data-toggle="dropdown" aria-expanded="false" '
        'aria-haspopup="true">Giới thiệu</a><ul class="dropdown-menu">'
        + item(INTRO_PATH, "Chức năng, nhiệm vụ", "node/3")
        + item(ORG_PATH, "Cơ cấu tổ chức", "node/4")
        + "</ul></li>"
        '<li class="nav-item menu-item--expanded dropdown"><a href="/chuyen-muc/tin-tuc-su-kien" '
        'class="nav-link dropdown-toggle" data-toggle="dropdown" aria-expanded="false" '
        'aria-haspopup="true">Tin tức - Sự kiện</a><ul class="dropdown-menu">'
        + item("/chuyen-muc/hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "taxonomy/term/6")
        + item("/chuyen-muc/thi-dua-khen-thuong", "Thi đua - Khen thưởng", "taxonomy/term/7")
        + "</ul></li>"
        '<li class="nav-item"><a href="/chuyen-muc/thong-bao" class="nav-link" '
        'data-drupal-link-system-path="taxonomy/term/8">Thông báo</a></li>'
        '<li class="nav-item"><a href="/van-ban" class="nav-link" '
        'data-drupal-link-system-path="van-ban">Văn bản</a></li>'
        '<li class="nav-item menu-item--expanded dropdown"><span class="nav-link dropdown-toggle" '
        'data-toggle="dropdown" aria-expanded="false" aria-haspopup="true">Thư viện</span>'
        '<ul class="dropdown-menu">'
        + item(ALBUM_PATH, "Hình ảnh", "node/234")
        + item(VIDEO_PATH, "Video", "node/190")
        + "</ul></li>"
        '<li class="nav-item"><a href="/lien-he" class="nav-link" '
        'data-drupal-link-system-path="webform/lien_he">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _ticker() -> str:
    items = " &nbsp;|&nbsp; ".join(
        f'<a href="{article_path(s)}">{esc(s.title)}</a>'
        for s in _ordered([s for s in STORIES if s.cat != "thong-bao"])[:3]
    )
    return (
        '<div class="tin-chay container"><span class="nhan-tin-chay">Tin mới cập nhật:</span> '
        f'<marquee behavior="scroll" scrollamount="4" onmouseover="this.stop();" '
        f'onmouseout="this.start();">{items}</marquee></div>'
    )


def _sidebar() -> str:
    popular = [BY_ID[n] for n in (233, 226, 238, 212, 224)]
    pop = "".join(
        f'<li><a href="{article_path(s)}" hreflang="vi">{esc(s.title)}</a></li>' for s in popular
    )
    return (
        '<div id="block-pgdct-views-block-van-ban-moi" class="block block-views">'
        '<h2 class="tieu-de-khoi">Văn bản mới</h2><div class="content"><ul class="ds-van-ban">'
        f'<li><a href="{DOC_PATH}">Công văn số 1452/PGDĐT-THCS về việc hướng dẫn kiểm tra, đánh '
        "giá giữa học kỳ I năm học 2026 - 2027</a></li>"
        '<li><a href="/sites/default/files/2026-10/KH-248-PGDDT-chuyen-doi-so.pdf" '
        'type="application/pdf">Kế hoạch số 248/KH-PGDĐT thực hiện nhiệm vụ chuyển đổi số năm học '
        "2026 - 2027</a></li>"
        '<li><a href="/sites/default/files/2026-09/QD-115-PGDDT-thanh-lap-to-cong-tac.pdf" '
        'type="application/pdf">Quyết định số 115/QĐ-PGDĐT thành lập Tổ công tác chuyển đổi số'
        "</a></li></ul>"
        '<div class="more-link"><a href="/van-ban">Xem tất cả</a></div></div></div>'
        '<div id="block-pgdct-views-block-popular" class="block block-statistics">'
        '<h2 class="tieu-de-khoi">Tin xem nhiều</h2><div class="content"><ol class="tin-xem-nhieu">'
        f"{pop}</ol></div></div>"
        '<div id="block-pgdct-lienketweb" class="block block-block-content">'
        '<h2 class="tieu-de-khoi">Liên kết website</h2><div class="content">'
        '<select class="form-control" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.dongthap.gov.vn">Sở GD&amp;ĐT Đồng Tháp</option>'
        '<option value="https://chauthanh.dongthap.gov.vn">Cổng TTĐT huyện Châu Thành</option>'
        "</select>"
        '<p><a href="https://dichvucong.gov.vn" target="_blank"><img '
        'src="/sites/default/files/banner/dich-vu-cong-quoc-gia.png" alt="Cổng dịch vụ công" '
        'class="img-fluid" /></a></p></div></div>'
        '<div id="block-pgdct-pollrecent" class="block block-poll">'
        '<h2 class="tieu-de-khoi">Thăm dò ý kiến</h2><div class="content">'
        '<form class="poll-view-form" method="post" accept-charset="UTF-8">'
        "<p>Bạn đánh giá thế nào về giao diện mới của trang thông tin?</p>"
        '<div class="form-radios"><label><input type="radio" name="choice" value="1" /> Đẹp, dễ '
        'dùng</label><br /><label><input type="radio" name="choice" value="2" /> Bình thường'
        '</label><br /><label><input type="radio" name="choice" value="3" /> Khó tìm thông tin'
        '</label></div><input type="hidden" name="form_id" value="poll_view_form_2" />'
        '<button type="submit" class="btn btn-primary btn-sm">Bình chọn</button></form></div></div>'
        '<div id="block-pgdct-thongke" class="block block-visitors">'
        '<h2 class="tieu-de-khoi">Thống kê truy cập</h2><div class="content"><ul class="thong-ke">'
        "<li>Đang online: <strong>27</strong></li><li>Hôm nay: <strong>1.254</strong></li>"
        "<li>Tháng này: <strong>9.871</strong></li><li>Tổng truy cập: <strong>3.486.120</strong>"
        "</li></ul></div></div>"
    )


def _footer() -> str:
    return (
        '<footer class="site-footer"><div class="container"><div class="row">'
        '<div class="col-md-8"><section class="row region region-footer-first">'
        '<div id="block-pgdct-thongtinchantrang" class="block block-block-content">'
        '<div class="content"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHÂU THÀNH</strong></p>'
        "<p>Địa chỉ: Số 05, đường 30/4, khóm 2, thị trấn Cái Tàu Hạ, huyện Châu Thành, tỉnh Đồng "
        "Tháp</p><p>Điện thoại: (0277) 3 610 215 - Fax: (0277) 3 610 216 - Email: "
        '<a href="mailto:pgdchauthanh@dongthap.edu.vn">pgdchauthanh@dongthap.edu.vn</a></p>'
        "<p>Chịu trách nhiệm chính: bà Lê Thị Ngọc Điệp - Trưởng phòng</p></div></div>"
        "</section></div>"
        '<div class="col-md-4"><p class="ban-quyen">© 2026 Bản quyền thuộc Phòng GD&amp;ĐT huyện '
        "Châu Thành.<br />Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>"
        '<p class="thiet-ke">Thiết kế: Công ty TNHH Giải pháp số Mê Kông</p></div>'
        "</div></div></footer>"
    )


def _breadcrumb(crumbs: list[tuple[str | None, str]]) -> str:
    items = []
    for i, (href, label) in enumerate(crumbs):
        last = i == len(crumbs) - 1
        cls = "breadcrumb-item active" if last else "breadcrumb-item"
        inner = f'<a href="{href}">{esc(label)}</a>' if href else esc(label)
        items.append(f'<li class="{cls}">{inner}</li>')
    return (
        '<div id="block-pgdct-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
        '<div class="content"><nav role="navigation" aria-labelledby="system-breadcrumb">'
        '<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>'
        '<ol class="breadcrumb">' + "".join(items) + "</ol></nav></div></div>"
    )


def _settings(current: str, front: bool = False) -> str:
    data = {
        "path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": current,
                 "currentPathIsAdmin": False, "isFront": front, "currentLanguage": "vi"},
        "pluralDelimiter": "\u0003",
        "blazy": {"loadInvisible": False, "offset": 100, "saveViewportOffsetDelay": 50},
        "statistics": {"data": {"nid": current.split("/")[-1]}, "url": "/core/modules/statistics/"
                       "statistics.php"} if current.startswith("node/") else None,
        "user": {"uid": 0, "permissionsHash": _hex(current, 32)},
    }
    raw = json.dumps(data, ensure_ascii=True).replace("/", "\\/")
    return f'<script type="application/json" data-drupal-selector="drupal-settings-json">{raw}</script>'


def layout(request: Request, *, title: str, body_class: str, content: str, current: str,
           head: str = "", crumbs: list[tuple[str | None, str]] | None = None,
           front: bool = False) -> Response:
    crumb_html = _breadcrumb(crumbs) if crumbs else ""
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
{head}
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<meta http-equiv="x-ua-compatible" content="ie=edge" />
<link rel="icon" href="/themes/custom/pgdct/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="" href="{base_url(request)}/rss.xml" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_mB3Lq0RWLdnHk9Xv2ZhJ0mWqRr8dK5c1sFz.css" />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_T7kE2PpVn1aQ4uYdXo3bRk0WfLs9.css" />
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  </head>
  <body class="{body_class}">
    <a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner" aria-label="Site header">
      <div class="thanh-tren"><div class="container d-flex justify-content-between">
        <span class="ngay-thang"><i class="far fa-calendar-alt"></i> {TODAY_LINE}</span>
        <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-pgdct-search-form" role="search">
          <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="form-inline">
            <input title="Nhập từ khóa cần tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control" placeholder="Tìm kiếm..." />
            <button data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm" class="button js-form-submit form-submit btn btn-primary">Tìm</button>
          </form>
        </div>
      </div></div>
      <div class="khoi-banner container">
        <a href="/" title="Trang chủ" rel="home" class="navbar-brand"><img src="/themes/custom/pgdct/logo.png" alt="Trang chủ" class="img-fluid d-inline-block align-top" /></a>
        <div class="ten-don-vi"><p class="cq-chu-quan">UBND HUYỆN CHÂU THÀNH - TỈNH ĐỒNG THÁP</p><p class="cq-ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p></div>
      </div>
      <nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main">
        <div class="container">
          <button class="navbar-toggler navbar-toggler-right" type="button" data-toggle="collapse" data-target="#CollapsingNavbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
          <div class="collapse navbar-collapse justify-content-start" id="CollapsingNavbar">{_menu()}</div>
        </div>
      </nav>
    </header>
    {_ticker()}
    <div id="main-wrapper" class="layout-main-wrapper clearfix">
      <div id="main" class="container">
        {crumb_html}
        <div class="row row-offcanvas row-offcanvas-left clearfix">
          <main class="main-content col" id="content" role="main">
            <section class="section">
              <a id="main-content" tabindex="-1"></a>
              <div data-drupal-messages-fallback class="hidden"></div>
{content}
            </section>
          </main>
          <div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second">
            <aside class="section" role="complementary">{_sidebar()}</aside>
          </div>
        </div>
      </div>
    </div>
    {_footer()}
  </div>
</div>
    </div>
    {_settings(current, front)}
    <script src="/sites/default/files/js/js_Wq8r0vQn3KpZ6fXb1YhT2mLs4dE.js"></script>
    <script src="https://static.addtoany.com/menu/page.js" async></script>
  </body>
</html>
"""
    return html(page)


def _page_title(title: str) -> str:
    return (
        '<div id="block-pgdct-page-title" class="block block-core block-page-title-block">'
        '<div class="content"><h1 class="title"><span property="schema:name" class="field '
        f'field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>'
        "</div></div>"
    )


# --- article node -----------------------------------------------------------------------------

def _field_image(s: Story) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img) and b.style == "field"), None)
    if img is None:
        return ""
    title_attr = esc(img.printed or "")
    cap = f'<figcaption class="ct-anh">{esc(img.printed)}</figcaption>' if img.printed else ""
    return (
        '<div class="field field--name-field-image field--type-image field--label-hidden '
        'field__item"><figure class="anh-dai-dien">'
        f'<img loading="lazy" src="{esc(img.src)}" width="800" height="533" '
        f'alt="{esc(s.opts.get("field_alt", ""))}" title="{title_attr}" typeof="foaf:Image" '
        f'class="image-style-anh-bai-viet" />{cap}</figure></div>'
    )


def _files_table(s: Story) -> str:
    files = s.opts.get("files")
    if not files:
        return ""
    month = s.opts["created"][:7]
    rows = []
    for n, (name, size) in enumerate(files):
        mime = "application-pdf" if name.endswith(".pdf") else (
            "application-vnd-openxmlformats-officedocument-wordprocessingml-document")
        ctype = "application/pdf" if name.endswith(".pdf") else (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        rows.append(
            f'<tr class="{"odd" if n % 2 == 0 else "even"}"><td><span class="file file--mime-{mime} '
            f'{"file--application-pdf" if name.endswith(".pdf") else "file--x-office-document"}">'
            f'<a href="/sites/default/files/{month}/{name}" '
            f'type="{ctype}">{esc(name)}</a></span></td><td>{size}</td></tr>'
        )
    return (
        '<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above">'
        '<div class="field__label">Tệp đính kèm</div><table data-striping="1" class="table">'
        "<thead><tr><th>Tệp đính kèm</th><th>Kích thước</th></tr></thead><tbody>"
        + "".join(rows) + "</tbody></table></div>"
    )


def _comments(s: Story) -> str:
    comments = s.opts.get("comments") or []
    parts = ['<section class="field field--name-comment field--type-comment field--label-above '
             'comment-wrapper">']
    if comments:
        parts.append('<h2 class="title comment-section-title">Bình luận</h2>')
    for cid, name, subject, body, when in comments:
        ts = int((_dt(when) - TZ - datetime(1970, 1, 1)).total_seconds())
        parts.append(
            f'<article role="article" data-comment-user-id="0" id="comment-{cid}" class="comment '
            f'js-comment by-anonymous clearfix" about="/comment/{cid}" typeof="schema:Comment">'
            f'<span class="hidden" data-comment-timestamp="{ts}"></span>'
            '<footer class="comment__meta"><article typeof="schema:Person" about="/user/0" '
            'class="profile"></article><p class="comment__submitted">Gửi bởi <span lang="" '
            f'typeof="schema:Person" property="schema:name" datatype="">{esc(name)}</span> (không '
            f'xác thực) vào {drupal_medium(when)}</p>'
            f'<a href="/comment/{cid}#comment-{cid}" hreflang="vi">Liên kết cố định</a></footer>'
            '<div class="content"><h3 property="schema:name" datatype=""><a '
            f'href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="vi">'
            f'{esc(subject)}</a></h3><div property="schema:text" class="clearfix text-formatted '
            'field field--name-comment-body field--type-text-long field--label-hidden field__item">'
            f"<p>{esc(body)}</p></div></div></article>"
        )
    parts.append(
        '<h2 class="title comment-form__title">Thêm bình luận mới</h2>'
        f'<form class="comment-comment-form comment-form" action="/comment/reply/node/{s.id}/comment"'
        ' method="post" accept-charset="UTF-8">'
        '<div class="form-group"><label for="edit-name">Họ và tên</label><input type="text" '
        'id="edit-name" name="name" class="form-control" /></div>'
        '<div class="form-group"><label for="edit-mail">Email</label><input type="email" '
        'id="edit-mail" name="mail" class="form-control" /><small class="description">Nội dung '
        "của trường này được giữ kín và sẽ không hiển thị công khai.</small></div>"
        '<div class="form-group"><label for="edit-subject">Chủ đề</label><input type="text" '
        'id="edit-subject" name="subject[0][value]" class="form-control" /></div>'
        '<div class="form-group"><label for="edit-comment-body">Bình luận</label><textarea '
        'id="edit-comment-body" name="comment_body[0][value]" rows="5" class="form-control">'
        "</textarea></div>"
        f'<input type="hidden" name="form_build_id" value="form-{_hex(s.slug, 40)}" />'
        '<input type="hidden" name="form_id" value="comment_comment_form" />'
        '<button type="submit" name="op" value="Lưu" class="btn btn-primary">Gửi bình luận</button>'
        "</form></section>"
    )
    return "".join(parts)


def _related(s: Story) -> str:
    others = [o for o in _ordered([o for o in STORIES if o.cat == s.cat]) if o.id != s.id][:3]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{article_path(o)}" hreflang="vi">{esc(o.title)}</a> '
        f'<span class="ngay-dang">({_dt(o.opts["created"]):%d/%m/%Y})</span></li>'
        for o in others
    )
    return (
        '<div class="views-element-container block block-views '
        'block-views-blockbai-viet-cung-chuyen-muc-block-1" '
        'id="block-pgdct-views-block-bai-viet-cung-chuyen-muc-block-1">'
        '<h2 class="tieu-de-khoi">Bài viết cùng chuyên mục</h2><div class="content">'
        f'<div class="view view-bai-viet-cung-chuyen-muc js-view-dom-id-{_hex("rel" + s.slug, 64)}">'
        f'<div class="view-content"><ul class="ds-tin-khac">{items}</ul></div></div></div></div>'
    )


def article_page(request: Request, s: Story) -> Response:
    path = article_path(s)
    base = base_url(request)
    term = TERM[s.cat]
    created = s.opts["created"]
    changed = s.opts["changed"]
    seo = s.opts.get("seo") or s.title
    desc = _trim(_plain(s), 160)
    og_img = s.opts.get("og_image") or next(
        (b.src for b in s.blocks if isinstance(b, Img) and b.style == "field"), None)
    head = (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<link rel="canonical" href="{base}{path}" />\n'
        f'<link rel="shortlink" href="{base}/node/{s.id}" />\n'
        f'<meta property="og:site_name" content="{esc(SITE)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
        f'<meta property="og:title" content="{esc(seo)}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        + (f'<meta property="og:image" content="{base}{esc(og_img)}" />\n' if og_img else "")
        + f'<meta property="article:modified_time" content="{_local_iso(changed)}" />'
    )
    sapo = ""
    if s.sapo_outside and s.summary:
        sapo = ('<div class="field field--name-field-tom-tat field--type-string-long '
                f'field--label-hidden field__item"><div class="tom-tat-tin">{esc(s.summary)}</div>'
                "</div>")
    nguon = ""
    if s.opts.get("nguon"):
        nguon = ('<div class="field field--name-field-nguon-tin field--type-string '
                 'field--label-inline clearfix"><div class="field__label">Nguồn tin</div>'
                 f'<div class="field__item">{esc(s.opts["nguon"])}</div></div>')
    tags = ""
    if s.opts.get("tags"):
        tags = ('<div class="field field--name-field-tags field--type-entity-reference '
                'field--label-inline clearfix"><div class="field__label">Từ khóa</div>'
                '<div class="field__items">'
                + "".join(f'<div class="field__item">{esc(t)}</div>' for t in s.opts["tags"])
                + "</div></div>")
    share = (
        f'<span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{base}{path}" '
        f'data-a2a-title="{esc(s.title)}"><a class="a2a_button_facebook"></a>'
        '<a class="a2a_button_zalo"></a><a class="a2a_button_email"></a>'
        f'<a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url='
        f'{quote(base + path, safe="")}&amp;title={quote(s.title, safe="")}">'
        '<img src="/modules/contrib/addtoany/images/share_save_171_16.png" alt="Chia sẻ" /></a>'
        "</span>"
    )
    node = f"""<div id="block-pgdct-content" class="block block-system block-system-main-block">
<div class="content">
<article role="article" about="{path}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full clearfix" data-history-node-id="{s.id}">
  <header>
    <span property="schema:name" content="{esc(s.title)}" class="rdf-meta hidden"></span>
    <span property="schema:interactionCount" content="UserComments:{len(s.opts.get("comments") or [])}" class="rdf-meta hidden"></span>
    <div class="node__meta">
      <article typeof="schema:Person" about="/user/{USERS[s.opts["user"]]}" class="profile"></article>
      <em>Gửi bởi <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{USERS[s.opts["user"]]}" typeof="schema:Person" property="schema:name" datatype="">{esc(s.opts["user"])}</span></span> vào <span property="schema:dateCreated" content="{_utc(created)}" class="field field--name-created field--type-created field--label-hidden">{drupal_medium(created)}</span></em>
      <span property="schema:dateCreated" content="{_utc(created)}" class="rdf-meta hidden"></span>
      <div class="cap-nhat">Cập nhật lần cuối: {drupal_medium(changed)}</div>
    </div>
  </header>
  <div class="node__content clearfix">
    {sapo}
    {_field_image(s)}
    <div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{render_body(s)}</div>
    {nguon}
    {_files_table(s)}
    <div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline clearfix"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="/chuyen-muc/{term.alias}" property="schema:about" hreflang="vi">{esc(term.name)}</a></div></div>
    {tags}
    {share}
    <div class="node__links"><ul class="links inline list-inline"><li class="forward list-inline-item"><a href="/forward/node/{s.id}" class="forward-page" title="Gửi bài viết này cho bạn bè qua email" rel="nofollow">Gửi cho bạn bè</a></li><li class="print-page list-inline-item"><a href="javascript:window.print();" title="In bài viết">In bài viết</a></li></ul></div>
    {_comments(s)}
  </div>
</article>
</div>
</div>
{_related(s)}"""
    d = _dt(created)
    crumbs = [("/", "Trang chủ"), (None, "Tin tức"), (None, f"{d:%Y}"), (None, f"{d:%m}"),
              (None, _trim(s.title, 60))]
    return layout(
        request,
        title=f"{seo} | {SHORT}",
        body_class=f"layout-one-sidebar layout-sidebar-second page-node-{s.id} path-node "
                   "node--type-article",
        content=_page_title(s.title) + "\n" + node,
        current=f"node/{s.id}",
        head=head,
        crumbs=crumbs,
    )


# --- listings ---------------------------------------------------------------------------------

def _pager(page: int, last: int) -> str:
    if last == 0:
        return ""

    def li(target: int, label: str, title: str, extra: str = "") -> str:
        return (f'<li class="page-item"><a href="?page={target}" title="{title}" {extra}'
                f'class="page-link">{label}</a></li>')

    items = []
    if page > 0:
        items.append(li(0, '<span class="visually-hidden">Trang đầu</span><span aria-hidden="true">'
                           "‹‹ Đầu</span>", "Đến trang đầu"))
        items.append(li(page - 1, '<span class="visually-hidden">Trang trước</span>'
                                  '<span aria-hidden="true">‹ Trước</span>', "Đến trang trước",
                        'rel="prev" '))
    for n in range(last + 1):
        if n == page:
            items.append('<li class="page-item active"><span class="page-link">'
                         f'<span class="visually-hidden">Trang hiện tại</span>{n + 1}</span></li>')
        else:
            items.append(li(n, str(n + 1), f"Đến trang {n + 1}"))
    if page < last:
        items.append(li(page + 1, '<span class="visually-hidden">Trang tiếp</span>'
                                  '<span aria-hidden="true">Sau ›</span>', "Đến trang tiếp theo",
                        'rel="next" '))
        items.append(li(last, '<span class="visually-hidden">Trang cuối</span>'
                              '<span aria-hidden="true">Cuối ››</span>', "Đến trang cuối"))
    return ('<nav aria-label="pagination-heading"><h4 id="pagination-heading" '
            'class="visually-hidden">Phân trang</h4><ul class="js-pager__items pagination">'
            + "".join(items) + "</ul></nav>")


def _teaser_row(s: Story) -> str:
    path = article_path(s)
    created = s.opts["created"]
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return (
        '<div class="views-row"><div class="tin-item clearfix">'
        '<div class="views-field views-field-field-image"><div class="field-content">'
        f'<a href="{path}" hreflang="vi"><img loading="lazy" src="{esc(_thumb(s))}" width="220" '
        f'height="150" alt="{esc(s.title)}" typeof="foaf:Image" class="image-style-thumb-tin" />'
        "</a></div></div>"
        '<div class="views-field views-field-title"><h3 class="field-content">'
        f'<a href="{path}" hreflang="vi">{esc(s.title)}</a></h3></div>'
        '<div class="views-field views-field-created"><span class="field-content">'
        f'<time datetime="{_utc(created, z=True)}" class="datetime">{_dt(created):%d/%m/%Y}</time>'
        "</span></div>"
        '<div class="views-field views-field-body"><div class="field-content">'
        f"{esc(_trim(lead, 220))}</div></div>"
        '<div class="views-field views-field-view-node"><span class="field-content">'
        f'<a href="{path}" hreflang="vi">Xem tiếp<span class="visually-hidden"> về '
        f"{esc(s.title)}</span></a></span></div></div></div>"
    )


def _page_param(request: Request) -> int:
    raw = request.params.get("page", "0").split(",")[0]
    return int(raw) if raw.isdigit() else 0


def listing_page(request: Request, term: Term) -> Response:
    members = term_members(term.alias)
    last = max(0, (len(members) - 1) // PER_PAGE)
    page = min(_page_param(request), last)
    rows = "".join(_teaser_row(s) for s in members[page * PER_PAGE:(page + 1) * PER_PAGE])
    base = base_url(request)
    view = (
        f'<div class="views-element-container"><div class="view view-taxonomy-term '
        f'view-id-taxonomy_term view-display-id-page_1 js-view-dom-id-{_hex(term.alias, 64)}">'
        f'<div class="view-header"><div class="taxonomy-term-description"><p>{esc(term.description)}'
        f'</p></div></div><div class="view-content">{rows}</div>{_pager(page, last)}'
        "</div></div>"
    )
    crumbs = [("/", "Trang chủ")]
    if term.parent:
        crumbs.append((f"/chuyen-muc/{term.parent}", TERM[term.parent].name))
    crumbs.append((None, term.name))
    head = (f'<link rel="canonical" href="{base}/chuyen-muc/{term.alias}" />\n'
            f'<meta property="og:title" content="{esc(term.name)}" />')
    return layout(
        request,
        title=f"{term.name} | {SHORT}",
        body_class=f"layout-one-sidebar layout-sidebar-second path-taxonomy page-term-{term.tid}",
        content='<div id="block-pgdct-page-title" class="block block-core block-page-title-block">'
                f'<div class="content"><h1 class="title">{esc(term.name)}</h1></div></div>' + view,
        current=f"taxonomy/term/{term.tid}",
        head=head,
        crumbs=crumbs,
    )


def home_page(request: Request) -> Response:
    news = _ordered([s for s in STORIES if s.cat != "thong-bao"])[:6]
    notices = _ordered([s for s in STORIES if s.cat == "thong-bao"])[:2]
    first = news[0]
    first_lead = first.summary or next(b.text for b in first.blocks if isinstance(b, P))
    rows = [
        '<div class="views-row tin-dau"><div class="views-field views-field-field-image">'
        f'<a href="/node/{first.id}"><img src="{esc(_thumb(first))}" alt="" class="img-fluid" />'
        '</a></div><div class="views-field views-field-title"><h3 class="field-content">'
        f'<a href="/node/{first.id}" title="{esc(first.title)}">{esc(_trim(first.title, 70))}</a>'
        f'</h3></div><div class="views-field views-field-body">{esc(_trim(first_lead, 180))}</div>'
        "</div>"
    ]
    for s in news[1:]:
        short = s.title if len(s.title) <= 70 else s.title[:67].rstrip() + "..."
        rows.append(
            '<div class="views-row"><span class="views-field views-field-title">'
            f'<a href="/node/{s.id}" title="{esc(s.title)}">{esc(short)}</a></span> '
            f'<span class="views-field views-field-created">({_dt(s.opts["created"]):%d/%m/%Y})'
            "</span></div>"
        )
    notice_rows = "".join(
        f'<li><a href="{article_path(s)}" hreflang="vi">{esc(s.title)}</a></li>' for s in notices
    )
    content = (
        '<div class="views-element-container block block-views block-views-blocktin-moi-block-1" '
        'id="block-pgdct-views-block-tin-moi-block-1"><h2 class="tieu-de-khoi">Tin mới</h2>'
        f'<div class="content"><div class="view view-tin-moi view-id-tin_moi '
        f'view-display-id-block_1 js-view-dom-id-{_hex("tinmoi", 64)}"><div class="view-content">'
        + "".join(rows)
        + '</div><div class="more-link"><a href="/chuyen-muc/tin-tuc-su-kien">Xem thêm</a></div>'
        "</div></div></div>"
        '<div class="views-element-container block block-views block-views-blockthong-bao-block-1"'
        ' id="block-pgdct-views-block-thong-bao-block-1"><h2 class="tieu-de-khoi">Thông báo</h2>'
        f'<div class="content"><ul class="ds-thong-bao">{notice_rows}</ul>'
        '<div class="more-link"><a href="/chuyen-muc/thong-bao">Xem tất cả</a></div></div></div>'
    )
    base = base_url(request)
    head = (f'<link rel="canonical" href="{base}/" />\n'
            f'<meta name="description" content="Trang thông tin điện tử {esc(SITE)}, tỉnh Đồng '
            'Tháp." />')
    return layout(request, title=f"Trang chủ | {SITE}",
                  body_class="layout-one-sidebar layout-sidebar-second path-frontpage",
                  content=content, current="node", head=head, front=True)


# --- other pages ------------------------------------------------------------------------------

def forward_page(request: Request, s: Story) -> Response:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    content = (
        _page_title("Gửi bài viết này cho bạn bè")
        + f'<form class="forward-form" data-drupal-selector="forward-form" action="/forward/node/'
        f'{s.id}" method="post" accept-charset="UTF-8"><div class="forward-instructions"><p>Bạn '
        f"có thể gửi đường dẫn bài viết <em>{esc(s.title)}</em> cho bạn bè qua thư điện tử. "
        "Địa chỉ email của bạn bè chỉ dùng cho mục đích này.</p></div>"
        '<div class="form-group"><label for="edit-email">Email của bạn</label><input type="email" '
        'id="edit-email" name="email" class="form-control" required /></div>'
        '<div class="form-group"><label for="edit-name">Tên của bạn</label><input type="text" '
        'id="edit-name" name="name" class="form-control" required /></div>'
        '<div class="form-group"><label for="edit-recipient">Gửi đến</label><input type="text" '
        'id="edit-recipient" name="recipient" class="form-control" required /><small>Nhiều địa '
        "chỉ email cách nhau bởi dấu phẩy.</small></div>"
        '<div class="form-group"><label for="edit-message">Lời nhắn</label><textarea '
        'id="edit-message" name="message" rows="4" class="form-control"></textarea></div>'
        '<div class="forward-preview"><h3>Nội dung sẽ được gửi</h3>'
        '<article class="node node--type-article node--view-mode-teaser">'
        f'<h2><a href="{article_path(s)}" rel="bookmark">{esc(s.title)}</a></h2>'
        f'<div class="field field--name-body"><p>{esc(lead)}</p></div></article></div>'
        '<input type="hidden" name="form_id" value="forward_form" />'
        '<button type="submit" class="btn btn-primary">Gửi thư</button></form>'
    )
    return layout(request, title=f"Gửi bài viết này cho bạn bè | {SHORT}",
                  body_class="layout-one-sidebar layout-sidebar-second path-forward",
                  content=content, current=f"forward/node/{s.id}",
                  head='<meta name="robots" content="noindex, nofollow" />',
                  crumbs=[("/", "Trang chủ"), (None, "Gửi bài viết này cho bạn bè")])


def _simple_node(request: Request, nid: int, title: str, bundle: str, inner: str,
                 crumbs: list[tuple[str | None, str]], meta: str = "") -> Response:
    path = OTHER_NODES[nid]
    base = base_url(request)
    content = (
        _page_title(title)
        + '<div id="block-pgdct-content" class="block block-system block-system-main-block">'
        f'<div class="content"><article role="article" about="{path}" class="node '
        f'node--type-{bundle} node--view-mode-full clearfix">{meta}'
        f'<div class="node__content clearfix">{inner}</div></article></div></div>'
    )
    head = (f'<link rel="canonical" href="{base}{path}" />\n'
            f'<link rel="shortlink" href="{base}/node/{nid}" />\n'
            f'<meta property="og:title" content="{esc(title)}" />')
    return layout(request, title=f"{title} | {SHORT}",
                  body_class=f"layout-one-sidebar layout-sidebar-second page-node-{nid} path-node "
                             f"node--type-{bundle}",
                  content=content, current=f"node/{nid}", head=head, crumbs=crumbs)


def _submitted(user: str, when: str) -> str:
    return (f'<div class="node__meta"><em>Gửi bởi <span class="field field--name-uid">{user}'
            f'</span> vào <span class="field field--name-created">{drupal_medium(when)}</span>'
            "</em></div>")


def intro_page(request: Request) -> Response:
    body = "".join(f"<p>{esc(t)}</p>" for t in [
        "Phòng Giáo dục và Đào tạo huyện Châu Thành là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "huyện, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà "
        "nước về giáo dục và đào tạo trên địa bàn huyện.",
        "Phòng có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và công tác của Ủy ban nhân dân huyện, đồng thời chịu sự chỉ đạo, kiểm tra, "
        "hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo Đồng Tháp.",
    ]) + ("<h3>Nhiệm vụ và quyền hạn</h3><ol><li>Trình Ủy ban nhân dân huyện ban hành quyết định, "
          "chỉ thị, kế hoạch phát triển giáo dục trên địa bàn.</li><li>Tổ chức thực hiện các văn "
          "bản quy phạm pháp luật, quy hoạch, kế hoạch về giáo dục sau khi được phê duyệt.</li>"
          "<li>Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực "
          "hiện nhiệm vụ năm học.</li></ol>")
    inner = ('<div class="field field--name-body text-formatted">' + body + "</div>")
    return _simple_node(request, 3, "Chức năng, nhiệm vụ", "page", inner,
                        [("/", "Trang chủ"), (None, "Giới thiệu"), (None, "Chức năng, nhiệm vụ")])


def org_page(request: Request) -> Response:
    rows = [("Lê Thị Ngọc Điệp", "Trưởng phòng", "(0277) 3 610 215"),
            ("Nguyễn Văn Sang", "Phó Trưởng phòng", "(0277) 3 610 217"),
            ("Trần Văn Hiếu", "Phó Trưởng phòng", "(0277) 3 610 218"),
            ("Nguyễn Thanh Bình", "Chuyên viên phụ trách Trung học", "(0277) 3 610 219")]
    table = ('<table class="table table-striped"><thead><tr><th>Họ và tên</th><th>Chức vụ</th>'
             "<th>Điện thoại</th></tr></thead><tbody>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
             + "</tbody></table>")
    inner = ('<div class="field field--name-body text-formatted"><p>Lãnh đạo và chuyên viên Phòng '
             "Giáo dục và Đào tạo huyện Châu Thành:</p>" + table
             + '<p><img src="/sites/default/files/2026-09/so-do-to-chuc-pgd.png" alt="Sơ đồ tổ chức" '
             'class="img-fluid" /></p></div>')
    return _simple_node(request, 4, "Cơ cấu tổ chức", "page", inner,
                        [("/", "Trang chủ"), (None, "Giới thiệu"), (None, "Cơ cấu tổ chức")])


def contact_page(request: Request) -> Response:
    base = base_url(request)
    content = (
        _page_title("Liên hệ")
        + '<div class="lien-he-thong-tin"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHÂU THÀNH'
        "</strong></p><p>Số 05, đường 30/4, khóm 2, thị trấn Cái Tàu Hạ, huyện Châu Thành, tỉnh "
        "Đồng Tháp</p><p>Điện thoại: (0277) 3 610 215 - Email: pgdchauthanh@dongthap.edu.vn</p>"
        "</div>"
        '<form class="webform-submission-form webform-submission-lien-he-form" action="/lien-he" '
        'method="post" accept-charset="UTF-8">'
        '<div class="form-group"><label for="edit-ho-ten">Họ và tên</label><input type="text" '
        'id="edit-ho-ten" name="ho_ten" class="form-control" required /></div>'
        '<div class="form-group"><label for="edit-email">Email</label><input type="email" '
        'id="edit-email" name="email" class="form-control" required /></div>'
        '<div class="form-group"><label for="edit-tieu-de">Tiêu đề</label><input type="text" '
        'id="edit-tieu-de" name="tieu_de" class="form-control" /></div>'
        '<div class="form-group"><label for="edit-noi-dung">Nội dung</label><textarea '
        'id="edit-noi-dung" name="noi_dung" rows="6" class="form-control"></textarea></div>'
        '<input type="hidden" name="form_id" value="webform_submission_lien_he_add_form" />'
        '<button type="submit" class="btn btn-primary">Gửi</button></form>'
    )
    return layout(request, title=f"Liên hệ | {SHORT}",
                  body_class="layout-one-sidebar layout-sidebar-second path-webform",
                  content=content, current="webform/lien_he",
                  head=f'<link rel="canonical" href="{base}/lien-he" />',
                  crumbs=[("/", "Trang chủ"), (None, "Liên hệ")])


def doc_page(request: Request) -> Response:
    fields = [
        ("Số/Ký hiệu", "1452/PGDĐT-THCS"), ("Ngày ban hành", "05/11/2026"),
        ("Loại văn bản", "Công văn"), ("Cơ quan ban hành", "Phòng Giáo dục và Đào tạo"),
        ("Người ký", "Trần Văn Hiếu"),
        ("Trích yếu", "V/v hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026 - 2027"),
    ]
    table = "".join(
        f'<tr><th scope="row">{a}</th><td>{esc(b)}</td></tr>' for a, b in fields
    )
    inner = (
        f'<table class="table table-bordered thong-tin-van-ban"><tbody>{table}</tbody></table>'
        '<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above">'
        '<div class="field__label">Tệp đính kèm</div><div class="field__item"><span class="file '
        'file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-11/'
        'CV-1452-PGDDT-THCS-kiem-tra-giua-HKI.pdf" type="application/pdf">'
        "CV-1452-PGDDT-THCS-kiem-tra-giua-HKI.pdf</a></span> (214.6 KB)</div></div>"
    )
    return _simple_node(
        request, 227,
        "Công văn số 1452/PGDĐT-THCS về việc hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học "
        "2026 - 2027", "van_ban", inner,
        [("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, "1452/PGDĐT-THCS")],
        meta=_submitted("vanthu_pgd", "2026-11-05 10:20"),
    )


def album_page(request: Request) -> Response:
    photos = [
        ("gvdg-mn-01.jpg", "Cô Lê Thị Hồng Nhung, Trường MN Cái Tàu Hạ, tổ chức hoạt động khám phá"),
        ("gvdg-mn-02.jpg", "Trẻ lớp Chồi tham gia trò chơi dân gian “Mèo đuổi chuột”"),
        ("gvdg-mn-03.jpg", "Ban Giám khảo chấm thi phần trình bày biện pháp"),
        ("gvdg-mn-04.jpg", "Các giáo viên đạt giải chụp ảnh lưu niệm"),
    ]
    items = "".join(
        '<div class="field__item col-md-6"><a href="/sites/default/files/2026-11/album/'
        f'{f}" class="colorbox" data-colorbox-gallery="gallery-field_hinh_anh" title="{esc(c)}">'
        f'<img src="/sites/default/files/styles/album_thumb/public/2026-11/album/{f}?itok='
        f'{_hex(f, 8)}" alt="{esc(c)}" class="img-fluid" /></a></div>'
        for f, c in photos
    )
    inner = ("<p>Một số hình ảnh tại Hội thi giáo viên dạy giỏi cấp huyện bậc học Mầm non năm học "
             "2026 - 2027.</p>"
             '<div class="field field--name-field-hinh-anh field--type-image row">' + items + "</div>")
    return _simple_node(request, 234, "Hình ảnh Hội thi giáo viên dạy giỏi bậc Mầm non năm 2026",
                        "album", inner,
                        [("/", "Trang chủ"), (None, "Thư viện ảnh"), (None, "Hội thi GVDG bậc Mầm non")],
                        meta=_submitted("bientap_pgd", "2026-11-29 08:10"))


_OEMBED = ("/media/oembed?url=https%3A//www.youtube.com/watch%3Fv%3Dq3KdT8uV0bA&amp;max_width=0"
           "&amp;max_height=0&amp;hash=Yq2kzR3uW0mT5pLb8xNc1vHa9dEfGj4sOi7Z")


def video_page(request: Request) -> Response:
    inner = (
        '<div class="field field--name-field-media-oembed-video"><article class="media '
        'media--type-remote-video media--view-mode-default"><iframe src="' + _OEMBED + '" '
        'frameborder="0" allowtransparency width="640" height="360" class="media-oembed-content" '
        'loading="eager" title="Lễ khai giảng năm học 2026 - 2027"></iframe></article></div>'
        "<p>Lễ khai giảng năm học mới tại Trường THCS Thị trấn Cái Tàu Hạ (phóng sự của Trung tâm "
        "Văn hóa - Thể thao và Truyền thanh huyện).</p>"
    )
    return _simple_node(request, 190, "Video: Lễ khai giảng năm học 2026 - 2027", "video", inner,
                        [("/", "Trang chủ"), (None, "Video"), (None, "Lễ khai giảng 2026 - 2027")],
                        meta=_submitted("bientap_pgd", "2026-09-06 09:30"))


def oembed_page(request: Request) -> Response:
    return html(
        '<!DOCTYPE html><html><head><meta charset="utf-8" /><title>Lễ khai giảng năm học 2026 - '
        '2027</title></head><body style="margin:0"><iframe width="640" height="360" '
        'src="https://www.youtube.com/embed/q3KdT8uV0bA?feature=oembed" frameborder="0" '
        'allowfullscreen title="Lễ khai giảng năm học 2026 - 2027"></iframe></body></html>'
    )


def van_ban_page(request: Request) -> Response:
    rows = [
        (DOC_PATH, "1452/PGDĐT-THCS", "05/11/2026",
         "V/v hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026 - 2027",
         "/sites/default/files/2026-11/CV-1452-PGDDT-THCS-kiem-tra-giua-HKI.pdf"),
        (None, "248/KH-PGDĐT", "12/10/2026",
         "Kế hoạch thực hiện nhiệm vụ chuyển đổi số năm học 2026 - 2027",
         "/sites/default/files/2026-10/KH-248-PGDDT-chuyen-doi-so.pdf"),
        (None, "115/QĐ-PGDĐT", "28/09/2026", "Quyết định thành lập Tổ công tác chuyển đổi số",
         "/sites/default/files/2026-09/QD-115-PGDDT-thanh-lap-to-cong-tac.pdf"),
    ]
    def cell(link: str | None, no: str) -> str:
        return f'<a href="{link}">{esc(no)}</a>' if link else esc(no)

    body = "".join(
        f"<tr><td>{cell(link, no)}</td><td>{day}</td>"
        f'<td>{esc(subj)}</td><td><a href="{pdf}" type="application/pdf">Tải về</a></td></tr>'
        for link, no, day, subj, pdf in rows
    )
    content = (
        '<div id="block-pgdct-page-title" class="block block-core block-page-title-block">'
        '<div class="content"><h1 class="title">Văn bản</h1></div></div>'
        '<div class="views-element-container"><div class="view view-van-ban view-id-van_ban '
        f'view-display-id-page_1 js-view-dom-id-{_hex("vanban", 64)}"><div class="view-content">'
        '<table class="table table-hover cols-4"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành'
        f"</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{body}</tbody></table></div></div>"
        "</div>"
    )
    return layout(request, title=f"Văn bản | {SHORT}",
                  body_class="layout-one-sidebar layout-sidebar-second path-van-ban",
                  content=content, current="van-ban",
                  crumbs=[("/", "Trang chủ"), (None, "Văn bản")])


def search_page(request: Request) -> Response:
    keys = request.params.get("keys", "")
    content = (
        _page_title("Tìm kiếm")
        + '<form action="/search/node" method="get" class="search-form"><input type="search" '
        f'name="keys" value="{esc(keys)}" class="form-control" /><button type="submit" '
        'class="btn btn-primary">Tìm kiếm</button></form>'
        + ("<h2>Kết quả tìm kiếm</h2><p>Không tìm thấy kết quả nào phù hợp.</p>" if keys else
           "<p>Vui lòng nhập từ khóa để tìm kiếm.</p>")
    )
    return layout(request, title=f"Tìm kiếm | {SHORT}",
                  body_class="layout-one-sidebar layout-sidebar-second path-search",
                  content=content, current="search/node",
                  head='<meta name="robots" content="noindex" />')


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in _ordered(STORIES)[:10]:
        d = _dt(s.opts["created"]) - TZ
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
            f"<description>{esc(_trim(_plain(s), 200))}</description>"
            f"<pubDate>{d:%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
            f'<dc:creator>{esc(s.opts["user"])}</dc:creator>'
            f'<guid isPermaLink="false">{s.id} at {base}</guid></item>'
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + base + '" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>' + esc(SITE) + "</title>"
        f"<link>{base}/</link><description></description><language>vi</language>"
        + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.png
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/node/add/
Disallow: /index.php/search/
"""

_DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 64


def file_response(path: str) -> Response | None:
    lower = path.lower()
    if lower.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    if lower.endswith(".docx"):
        return Response(200, _DOCX, {"Content-Type": "application/vnd.openxmlformats-"
                                                     "officedocument.wordprocessingml.document"})
    return static_file(path)


# --- the site ---------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(r"^/tin-tuc/(\d{4})/(\d{2})/([a-z0-9-]+)$")
_NODE_RE = re.compile(r"^/node/(\d+)$")
_COMMENT_RE = re.compile(r"^/comment/(\d+)$")
_FORWARD_RE = re.compile(r"^/forward/node/(\d+)$")
_TERM_RE = re.compile(r"^/chuyen-muc/([a-z0-9-]+)$")

_BY_PATH = {article_path(s): s for s in STORIES}
_BY_COMMENT = {c[0]: s for s in STORIES for c in s.opts.get("comments") or []}
_PAGES = {
    INTRO_PATH: intro_page, ORG_PATH: org_page, CONTACT_PATH: contact_page, DOC_PATH: doc_page,
    ALBUM_PATH: album_page, VIDEO_PATH: video_page, "/van-ban": van_ban_page,
    "/search/node": search_page, "/rss.xml": rss, "/media/oembed": oembed_page,
}


class DrupalSite:
    """Routes like Drupal's: aliases, system paths, views pages; files from sites/default/files."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return home_page(request)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(("/sites/", "/themes/", "/core/", "/modules/")):
            return file_response(path)
        if path in _BY_PATH:
            return article_page(request, _BY_PATH[path])
        if (m := _NODE_RE.match(path)) is not None:
            nid = int(m.group(1))
            if nid in BY_ID:
                return article_page(request, BY_ID[nid])
            if nid in OTHER_NODES:
                return _PAGES[OTHER_NODES[nid]](request)
            return None
        if (m := _COMMENT_RE.match(path)) is not None:
            story = _BY_COMMENT.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if (m := _FORWARD_RE.match(path)) is not None:
            story = BY_ID.get(int(m.group(1)))
            return forward_page(request, story) if story else None
        if (m := _TERM_RE.match(path)) is not None:
            term = TERM.get(m.group(1))
            return listing_page(request, term) if term else None
        if path.startswith("/comment/reply/node/") and request.method == "POST":
            nid = path.split("/")[4]
            story = BY_ID.get(int(nid)) if nid.isdigit() else None
            if story is None:
                return None
            return Response(303, b"", {"Location": article_path(story)})
        page = _PAGES.get(path)
        return page(request) if page else None


def build_site() -> DrupalSite:
    return DrupalSite()


# --- gold -------------------------------------------------------------------------------------

def _alt_paths(s: Story) -> list[str]:
    return [f"/node/{s.id}"] + [f"/comment/{c[0]}" for c in s.opts.get("comments") or []]


GOLD = [
    gold_record(s, article_path(s), TERM[s.cat].name, alt_paths=_alt_paths(s))
    for s in _ordered(STORIES)
]
