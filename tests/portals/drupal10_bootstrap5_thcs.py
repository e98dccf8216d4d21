"""Trường THCS Kim Đồng (phường Hội An Tây, TP Đà Nẵng): Drupal 10 with a Bootstrap 5 sub-theme.

The school's portal runs Drupal 10.3 with a sub-theme ("kimdong_b5") of the contrib bootstrap5
theme: Bootstrap 5 navbar with drop-downs, cards in a Views grid, carousel, accordion, badges.
Articles are nodes of the content type "bai_viet" whose body is a Paragraphs field
(``field_noi_dung_bai``) of vendor-named paragraph types: ``pg-vanban`` (CKEditor 5 text),
``pg-hinhanh`` (image + caption field), ``pg-bst-anh`` (Blazy-lazy Bootstrap carousel),
``pg-trichdan`` (quote), ``pg-accordion``, ``pg-tinlq`` (a card pointing at another node) and
``pg-tepdk`` (file attachment). Sapo is its own field (``field_tom_tat``, printed as ``.lead``) when
the editor filled it in; author is sometimes a field (``field_tac_gia``), more often typed at the
end of the text.

URL scheme
----------
- ``/``                               front page (custom block hero carousel, Views blocks)
- ``/tin-tuc``                        Views page "Tin tức" (4 news terms), 6 a page, ``?page=N``
- ``/chuyen-muc/<term>``              taxonomy term pages (Pathauto aliases), 3 a page, ``?page=N``;
  ``/taxonomy/term/<2..6>`` answers the same
- ``/taxonomy/term/<21..26>``         free tags (no Pathauto pattern for that vocabulary)
- ``/tin-tuc/<slug>``                 article alias (Pathauto transliterates "20/11" to "2011")
- ``/node/<nid>``                     the same node, 200, no redirect (Redirect module absent)
- ``/comment/<cid>``                  comment permalink: Drupal renders the whole node page again
- ``/gioi-thieu`` ``/lien-he`` ``/lich-cong-tac``   basic page, webform node, weekly calendar
- ``/van-ban`` + ``/van-ban/<slug>``  document register (content type van_ban) and its entries
- ``/thu-vien-anh`` + ``/thu-vien-anh/<slug>``, ``/video`` + ``/video/<slug>``  album, video
- ``/search/node?keys=``, ``/user/login``, ``/rss.xml`` (10 newest), files under
  ``/sites/default/files/…`` (image styles ``styles/<style>/public/<yyyy-mm>/<f>?itok=…``,
  ``inline-images/…``, PDF/XLSX attachments)

Page templates
--------------
Every page: top bar with today ("Thứ Bảy, 05/12/2026"), login link; branding; search form;
Bootstrap navbar (Giới thiệu ▾, Tin tức ▾ with the four news terms, Thông báo, Văn bản,
Thư viện ▾, Liên hệ); a marquee; core path-based breadcrumb; right column with "Tin mới nhất",
"Tin xem nhiều", "Bình luận mới" (comment permalinks), "Văn bản mới", a link select and banners,
a poll form, the visitor counter; footer with address/phone/email/copyright and an RSS link.
Article page: page-title block (h1 outside the <article>), term badge, meta row ("Gửi bởi
<account>", stock-format date in ``<time datetime=…Z>``, "Cập nhật", views), share/print/font
tools, sapo field, paragraphs, author field, print-only URL line, tags, comments + comment form,
then a "Tin liên quan" Views block (nodes sharing a tag).

How each gold article is reached
--------------------------------
newest first; "p0"/"p1" are ``?page=0``/``?page=1`` of a listing
- 419 Rung chuông vàng (Đoàn - Đội): home hero (as /node/419) and latest, /tin-tuc p0, term p0
- 418 Hội khỏe Phù Đổng (HĐ nhà trường): home latest, /tin-tuc p0, term p0, sidebar
- 416 Thông báo kiểm tra HK I (Thông báo): home notices, /chuyen-muc/thong-bao, sidebar
- 415 Chuyên đề STEM (HĐ chuyên môn): home hero (``?fbclid=`` link) and latest, /tin-tuc p0
- 413 Danh sách đội tuyển HSG (Thông báo): home notices, /chuyen-muc/thong-bao, tag 26
- 412 Lễ kỷ niệm 20/11 (HĐ nhà trường): home hero (as /node/412), latest, most-read, comments
- 410 Kế hoạch nhỏ (Đoàn - Đội): home latest, /tin-tuc p0, term page, comment 61 permalink
- 409 Hội thi GV dạy giỏi (HĐ chuyên môn): /tin-tuc p0, term page, most-read, tag 25
- 407 Kỹ năng số (Tin giáo dục): /tin-tuc p1, /chuyen-muc/tin-giao-duc, tag 23, related
- 405 Ngoại khóa biển đảo (HĐ nhà trường): /tin-tuc p1, /chuyen-muc/hoat-dong-nha-truong p0
- 398 SHCM nghiên cứu bài học (HĐ chuyên môn): /tin-tuc p1, term page, tag 25, related
- 402 Đại hội Liên đội (Đoàn - Đội): /tin-tuc p1, term page, most-read, in-body card and
  "Xem thêm" links of 410 and 405
- 371 Hội nghị viên chức (HĐ nhà trường): ONLY /tin-tuc?page=1 and
  /chuyen-muc/hoat-dong-nha-truong?page=1 (no tag, not in any side block)

Traps
-----
1. Drupal's stock "medium" date format was never localised: the node prints
   "T5, 12/03/2026 - 14:30" (m/d/Y) while every listing prints "03/12/2026" (d/m/Y). The
   ``<time datetime>`` is UTC ("2026-12-03T07:30:00Z"). Gold: the local wall time,
   "2026-12-03T14:30:00+07:00" (3 December, not 12 March).
2. Node 371 was imported with created = local midnight: printed "T5, 10/15/2026 - 00:00",
   ``datetime="2026-10-14T17:00:00Z"`` (the day before in UTC). Gold: the day alone "2026-10-15".
3. "Cập nhật: T6, 12/04/2026 - 09:10" (changed) and article:modified_time sit next to the
   created date on 418 and 416. Gold: the created date, never the update.
4. Duplicates: ``/node/<nid>`` (``<link rel="shortlink">``, hero carousel links an editor typed),
   ``/comment/<cid>`` permalinks (sidebar "Bình luận mới", the comment headings) that render the
   full node again, and a ``?fbclid=`` link pasted from Facebook. All print the alias as
   ``rel="canonical"``. Gold: one record per node at the alias, the others in alt_paths.
5. Pager links are query-only and zero-based (``href="?page=1"`` is the 2nd page, "« ‹" go to
   ``?page=0``), resolved against the listing's path; a page past the end is clamped to the last
   page (200, same items). Node 371 is reachable only from the ``?page=1`` pages.
6. Breadcrumb is core's path-based one: every article, notices included, shows
   "Trang chủ › Tin tức" (its alias sits under the /tin-tuc listing). Gold category: the term the
   node is filed under, printed as the badge above the meta row and as a menu item
   ("Thông báo", "Hoạt động nhà trường", …).
7. Paragraphs that are not text inside the body field: the ``pg-tinlq`` card ("Đọc thêm",
   another article's title and teaser) in the middle of 410, ``pg-tepdk`` attachment lines
   ("Tệp đính kèm … (245.3 KB)") in 409 and 413, a "Xem thêm: <link>" line typed in 405. Gold:
   none of them is body; the text on both sides of the card is.
8. Blazy carousel (418): each slide's ``src`` is an SVG data-URI placeholder, the photo is in
   ``data-src``; the indicator buttons repeat every photo at the ``thumbnail`` style; captions
   live in ``.carousel-caption``. Gold: three images at their data-src paths with those captions,
   no thumbnails, the captions not body.
9. Captions in four shapes: caption field under a ``pg-hinhanh`` ("(…)" parentheses dropped; a
   line that only says "Ảnh: Trần Quốc Bảo" is no caption -> None), CKEditor ``<figcaption>``, and
   a centred italic ``<p>`` the editor typed under an inline image (405) — caption, not body.
10. Bylines: "Gửi bởi quantri/tpt.lemai/admin_kd" is the CMS account (nobody); the real signature
   is typed right-aligned at the end ("Tin: X - Ảnh: Y", "Tin, ảnh: Thầy X", "Lê Thị Mai (TPT
   Đội)", a unit alone, "BBT") or an author field ("ThS. Nguyễn Đình Khoa", "Nguyễn Thị Hoài
   Thương - GV Lịch sử và Địa lí"). On 398 the signature stands *before* the "Chú thích" notes,
   which are still text.
11. Official notice (416) pasted with its letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận"
   and signature table; the node was created 01/12 07:45. Gold: date "2026-11-30" from
   "Hội An Tây, ngày 30 tháng 11 năm 2026", author the signer "Phạm Thị Thu Hà", body only the
   notice's own paragraphs and its timetable rows.
12. Word leftovers: ``mso-list:Ignore`` bullets ("·" + nbsp run) are no text while the "- " the
   editor typed on the next paragraph is (405); footnote calls: "[1]" inside a Word link stays in
   the sentence, the bare ``<sup>2</sup>`` after "2018" does not (398).
13. Node 371 was imported from the old site in decomposed Unicode (NFD) — gold is NFC.
14. Comments under 412 and 410 (name, stock-format date, subject, text) and the comment form look
   like content; "Tin liên quan", the sidebar lists, the print-only "Địa chỉ bài viết: …" line,
   the visually-hidden accordion title and the home page's modal notice are chrome.
15. Sapo three ways: ``field_tom_tat`` printed as ``.lead`` (summary, and first body paragraph);
   418's bold first paragraph (summary); no sapo at all on 416, 413, 410, 409, 405, 371 while
   ``<meta name="description">`` carries a trimmed first paragraph (summary null).
16. Sources: 407 closes with "Nguồn: Báo Đà Nẵng" (source "Báo Đà Nẵng"); 409 opens with
   "Theo Kế hoạch số 52/KH-THCSKĐ …", a sentence of the text (source null).

Gold decisions on ambiguous points
----------------------------------
- Honorifics "Thầy"/"Cô" and degrees "ThS." are dropped from names; a post after the name
  ("(TPT Đội)", "- Tổ trưởng Tổ Ngữ văn", "- GV …") is dropped. A unit signing alone ("Tổ Khoa
  học tự nhiên", "Công đoàn trường", "Văn phòng nhà trường", "Liên đội THCS Kim Đồng" after
  "Tin, ảnh:") is the author (and photographer where "ảnh" says so). "BBT" and CMS accounts are
  nobody; commenters are nobody.
- A caption line "Ảnh: Trần Quốc Bảo" credits a photographer already named in the byline: the
  image's caption is None, the byline gives photographers.
- Accordion (pg-accordion): the button labels ("Bước 1: …") and the panels are text, in order,
  though collapsed; the paragraph's title field is visually-hidden and is not.
- A quote paragraph (pg-trichdan) is a body paragraph, quotes included.
- Table rows are paragraphs, header row included, cells joined by " | ". Shift+Enter lines
  (``<br>``) are paragraphs of their own ("Kết quả toàn đoàn:" / "Giải Nhất: lớp 9/2" / …).
- Emoji in 419's title and text (🎉, 🔔, 💪) are kept as printed.
- Category: the term badge / menu label, not the breadcrumb's "Tin tức".
- Image paths keep their ``?itok=`` query (Drupal serves the derivative at exactly that URL).
"""

from __future__ import annotations

import base64
import datetime as _dtm
import hashlib
import re

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

NAME = "drupal10_bootstrap5_thcs"
PLATFORM = (
    "Drupal 10.3 (sub-theme 'kimdong_b5' of contrib bootstrap5; Paragraphs, Pathauto, Views, "
    "Blazy, Metatag, Comment, Statistics)"
)
START_PATH = "/"

SCHOOL = "Trường THCS Kim Đồng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
THEME = "/themes/custom/kimdong_b5"
FILES = "/sites/default/files"

# --- taxonomy ---------------------------------------------------------------------------------

#: category key -> (term id, alias, name as the menu and the term badge print it)
CATS: dict[str, tuple[int, str, str]] = {
    "hdnt": (2, "/chuyen-muc/hoat-dong-nha-truong", "Hoạt động nhà trường"),
    "hdcm": (3, "/chuyen-muc/hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    "dd": (4, "/chuyen-muc/doan-doi", "Đoàn - Đội"),
    "tgd": (5, "/chuyen-muc/tin-giao-duc", "Tin giáo dục"),
    "tb": (6, "/chuyen-muc/thong-bao", "Thông báo"),
}
#: the "Tin tức" view lists these; "Thông báo" has its own term page only
NEWS_CATS = ("hdnt", "hdcm", "dd", "tgd")
#: free tags (vocabulary "tags" has no Pathauto pattern: their pages stay /taxonomy/term/<tid>)
TAGS: dict[str, int] = {
    "20/11": 21,
    "Thể thao": 22,
    "STEM": 23,
    "Đội TNTP": 24,
    "Chuyên môn": 25,
    "Học sinh giỏi": 26,
}

TERM_PAGE_SIZE = 3
NEWS_PAGE_SIZE = 6


def _itok(name: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(name.encode()).digest()[:6]).decode()


def styled(month: str, name: str, style: str = "large") -> str:
    """An image derivative as Drupal prints it: styles/<style>/public/<yyyy-mm>/<file>?itok=…"""
    return f"{FILES}/styles/{style}/public/{month}/{name}?itok={_itok(style + name)}"


def inline(name: str) -> str:
    """An image the editor put into the text with CKEditor 5 (no style, no itok)."""
    return f"{FILES}/inline-images/{name}"


def right(line: str, tag: str = "strong") -> Raw:
    """A byline the editor typed at the end of the text, right-aligned."""
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


# --- the thirteen articles ---------------------------------------------------------------------

S_RCV = Story(
    id=419,
    slug="rung-chuong-vang-khoi-9-lop-93-gianh-chien-thang-thuyet-phuc",
    title="🎉 Rung chuông vàng khối 9: Lớp 9/3 giành chiến thắng thuyết phục",
    cat="dd",
    published_at="2026-12-04T20:15:00+07:00",
    summary=(
        "Chiều 04/12, Liên đội THCS Kim Đồng tổ chức vòng chung kết sân chơi “Rung chuông vàng” "
        "dành cho học sinh khối 9 với sự tham gia của 100 thí sinh đến từ 6 lớp."
    ),
    sapo_outside=True,
    authors=["Lê Thị Mai"],
    blocks=[
        P(
            "Sân chơi năm nay gồm 30 câu hỏi thuộc các lĩnh vực Toán, Ngữ văn, Khoa học tự nhiên, "
            "Lịch sử và Địa lí, tiếng Anh cùng những hiểu biết về truyền thống Đội Thiếu niên Tiền "
            "phong Hồ Chí Minh và lịch sử địa phương. Ngay từ những câu hỏi đầu tiên, không khí tại "
            "sân trường đã trở nên sôi động với tiếng cổ vũ nhiệt tình của các cổ động viên 🔔."
        ),
        Img(
            styled("2026-12", "rcv-khoi9-01.jpg"),
            "Các thí sinh tập trung theo dõi câu hỏi trên màn hình",
            "Các thí sinh tập trung theo dõi câu hỏi trên màn hình",
            style="pg",
        ),
        P(
            "Sau phần thi vòng loại, chỉ còn 12 thí sinh trụ lại sàn đấu. Ban tổ chức đã sử dụng "
            "quyền cứu trợ khi số thí sinh còn lại dưới 5 em, giúp 18 bạn được quay trở lại sàn thi."
        ),
        P("Chung cuộc", "h3"),
        P(
            "Vượt qua 29 câu hỏi, em Trương Minh Khang, học sinh lớp 9/3, đã trở thành người rung "
            "chuông vàng của chương trình. Tập thể lớp 9/3 cũng nhận giải Cổ động viên xuất sắc nhất."
        ),
        Img(
            styled("2026-12", "rcv-khoi9-02.jpg"),
            "(Cô Phạm Thị Thu Hà trao giải Nhất cho em Trương Minh Khang)",
            "Cô Phạm Thị Thu Hà trao giải Nhất cho em Trương Minh Khang",
            style="pg",
        ),
        P(
            "Thông qua sân chơi, các em học sinh khối 9 có dịp củng cố kiến thức, rèn luyện kỹ năng "
            "xử lý tình huống và tinh thần đoàn kết trước kỳ thi tuyển sinh vào lớp 10 sắp tới 💪."
        ),
        Raw('<p class="text-end"><em>Lê Thị Mai (TPT Đội)</em></p>'),
    ],
    opts={"created": "2026-12-04 20:15", "account": "tpt.lemai", "tags": ["Đội TNTP"]},
)

S_HKPD = Story(
    id=418,
    slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027-san-choi-the-thao-bo-ich",
    title="Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027: sân chơi thể thao bổ ích cho học sinh",
    cat="hdnt",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Từ ngày 24/11 đến ngày 02/12/2026, Trường THCS Kim Đồng tổ chức Hội khỏe Phù Đổng cấp "
        "trường năm học 2026 - 2027 với sự tham gia của gần 400 vận động viên là học sinh của 24 lớp."
    ),
    authors=["Huỳnh Tấn Phát"],
    photographers=["Huỳnh Tấn Phát"],
    blocks=[
        P(
            "Từ ngày 24/11 đến ngày 02/12/2026, Trường THCS Kim Đồng tổ chức Hội khỏe Phù Đổng cấp "
            "trường năm học 2026 - 2027 với sự tham gia của gần 400 vận động viên là học sinh của "
            "24 lớp.",
            "lead-b",
        ),
        P(
            "Hội khỏe năm nay gồm 5 môn thi đấu: bóng đá nam, bóng chuyền nữ, cầu lông, điền kinh và "
            "kéo co. Các trận đấu được tổ chức vào các buổi chiều tại sân trường và Nhà đa năng, bảo "
            "đảm an toàn và không ảnh hưởng đến hoạt động dạy học."
        ),
        Img(
            styled("2026-12", "hkpd-2026-01.jpg", "slide_1200x675"),
            "Trận chung kết bóng đá nam giữa lớp 9/2 và lớp 8/4",
            "Trận chung kết bóng đá nam giữa lớp 9/2 và lớp 8/4",
            style="gal",
        ),
        Img(
            styled("2026-12", "hkpd-2026-02.jpg", "slide_1200x675"),
            "Nội dung kéo co khối 6 diễn ra sôi nổi",
            "Nội dung kéo co khối 6 diễn ra sôi nổi",
            style="gal",
        ),
        Img(
            styled("2026-12", "hkpd-2026-03.jpg", "slide_1200x675"),
            "Ban tổ chức trao cờ cho các tập thể đạt giải",
            "Ban tổ chức trao cờ cho các tập thể đạt giải",
            style="gal",
        ),
        P("Kết quả toàn đoàn:"),
        P("Giải Nhất: lớp 9/2", "br"),
        P("Giải Nhì: lớp 8/4", "br"),
        P("Giải Ba: lớp 9/5 và lớp 7/1", "br"),
        P(
            "Nhà trường sẽ thành lập đội tuyển tham gia Hội khỏe Phù Đổng cấp thành phố dự kiến tổ "
            "chức vào tháng 3/2027."
        ),
        right("Tin, ảnh: Thầy Huỳnh Tấn Phát"),
    ],
    opts={
        "created": "2026-12-03 14:30",
        "changed": "2026-12-04 09:10",
        "account": "quantri",
        "tags": ["Thể thao"],
    },
)

S_STEM = Story(
    id=415,
    slug="chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-8-che-tao-binh-chua-chay-mini",
    title="Chuyên đề dạy học STEM môn Khoa học tự nhiên 8: “Chế tạo bình chữa cháy mini”",
    cat="hdcm",
    published_at="2026-11-27T16:40:00+07:00",
    summary=(
        "Nhằm đổi mới phương pháp dạy học theo định hướng phát triển năng lực, sáng 26/11, Tổ Khoa "
        "học tự nhiên tổ chức chuyên đề dạy học STEM với chủ đề “Chế tạo bình chữa cháy mini” tại "
        "lớp 8/1."
    ),
    sapo_outside=True,
    authors=["Tổ Khoa học tự nhiên"],
    blocks=[
        P(
            "Tiết dạy do cô Võ Thị Ngọc Ánh, tổ trưởng chuyên môn, thực hiện. Từ kiến thức về phản "
            "ứng hóa học giữa giấm ăn và muối nở (baking soda), học sinh được giao nhiệm vụ thiết kế "
            "một bình chữa cháy mini từ những vật liệu dễ tìm như chai nhựa, ống hút, băng keo."
        ),
        Img(
            styled("2026-11", "stem-khtn8-01.jpg"),
            "Học sinh lớp 8/1 thảo luận nhóm, lên phương án thiết kế",
            "Học sinh lớp 8/1 thảo luận nhóm, lên phương án thiết kế",
            style="pg",
        ),
        P("Bước 1: Xác định vấn đề", "acc-h"),
        P(
            "Giáo viên nêu tình huống cháy nhỏ trong phòng thí nghiệm và yêu cầu học sinh đề xuất "
            "cách dập lửa an toàn.",
            "acc-b",
        ),
        P("Bước 2: Nghiên cứu kiến thức nền", "acc-h"),
        P(
            "Các nhóm tìm hiểu vai trò của khí carbon dioxide trong việc ngăn cản sự cháy.",
            "acc-b",
        ),
        P("Bước 3: Chế tạo và thử nghiệm", "acc-h"),
        P(
            "Mỗi nhóm lắp ráp sản phẩm, thử nghiệm dập tắt ngọn nến và điều chỉnh thiết kế.",
            "acc-b",
        ),
        P("Kết quả đánh giá sản phẩm của các nhóm:"),
        P("Nhóm | Thời gian dập lửa | Xếp loại", "th"),
        P("Nhóm 1 | 6 giây | Tốt", "tr"),
        P("Nhóm 2 | 9 giây | Khá", "tr"),
        P("Nhóm 3 | 5 giây | Tốt", "tr"),
        Img(styled("2026-11", "stem-khtn8-02.jpg"), None, None, style="pg"),
        P(
            "Qua chuyên đề, các thành viên trong tổ đã trao đổi, rút kinh nghiệm về cách tổ chức "
            "hoạt động nhóm, phân bổ thời gian và đánh giá sản phẩm của học sinh theo tiêu chí."
        ),
        right("Tổ Khoa học tự nhiên"),
    ],
    opts={"created": "2026-11-27 16:40", "account": "quantri", "tags": ["STEM"]},
)

S_2011 = Story(
    id=412,
    slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-2011",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="hdnt",
    published_at="2026-11-20T10:25:00+07:00",
    summary=(
        "Sáng 20/11/2026, Trường THCS Kim Đồng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích xuất "
        "sắc trong phong trào thi đua “Dạy tốt - Học tốt”."
    ),
    sapo_outside=True,
    authors=["Nguyễn Văn Hùng"],
    photographers=["Trần Quốc Bảo"],
    blocks=[
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường Hội An Tây, Ban đại diện Cha "
            "mẹ học sinh nhà trường cùng đông đảo các thế hệ thầy cô giáo đã từng công tác tại trường."
        ),
        Img(
            styled("2026-11", "le-20-11-2026-01.jpg"),
            "(Cô Phạm Thị Thu Hà, Hiệu trưởng nhà trường phát biểu tại buổi lễ)",
            "Cô Phạm Thị Thu Hà, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            style="pg",
        ),
        P(
            "Phát biểu tại buổi lễ, cô Phạm Thị Thu Hà ôn lại truyền thống vẻ vang của ngành Giáo "
            "dục Việt Nam và những thành tích nổi bật của nhà trường trong năm học 2025 - 2026: tỷ "
            "lệ học sinh lớp 9 đỗ vào lớp 10 công lập đạt 92,6%; 37 học sinh đạt giải học sinh giỏi "
            "cấp thành phố."
        ),
        P(
            "“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học "
            "sinh noi theo.”",
            "quote",
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể và 28 cá nhân có thành tích xuất sắc "
            "trong đợt thi đua chào mừng Ngày Nhà giáo Việt Nam. Buổi lễ khép lại bằng chương trình "
            "văn nghệ đặc sắc do các em học sinh biểu diễn."
        ),
        Img(styled("2026-11", "le-20-11-2026-02.jpg"), "Ảnh: Trần Quốc Bảo", None, style="pg"),
        right("Tin: Nguyễn Văn Hùng - Ảnh: Trần Quốc Bảo"),
    ],
    opts={
        "created": "2026-11-20 10:25",
        "account": "quantri",
        "tags": ["20/11"],
        "comments": [
            (
                57,
                "Phụ huynh lớp 7/2",
                "2026-11-20 19:42",
                "Cảm ơn quý thầy cô",
                "Chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người.",
            ),
            (
                58,
                "Cựu học sinh khóa 2012 - 2016",
                "2026-11-21 06:05",
                "Nhớ trường xưa",
                "Xem hình lại nhớ sân trường và cô chủ nhiệm. Em chúc trường mình ngày càng phát triển!",
            ),
        ],
    },
)

S_KHN = Story(
    id=410,
    slug="phong-trao-ke-hoach-nho-thu-gom-giay-vun-gay-quy-giup-ban-den-truong",
    title="Phong trào “Kế hoạch nhỏ”: thu gom giấy vụn gây quỹ giúp bạn đến trường",
    cat="dd",
    published_at="2026-11-17T13:20:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” do Hội đồng Đội thành phố phát động, trong tuần từ "
            "ngày 10 đến 14/11/2026, Liên đội THCS Kim Đồng đã tổ chức cho đội viên các chi đội thu "
            "gom giấy vụn, vỏ lon, chai nhựa."
        ),
        Img(
            inline("IMG_20261112_071533.jpg"),
            "Đội viên chi đội 6/3 mang giấy vụn đến điểm tập kết",
            "Đội viên chi đội 6/3 mang giấy vụn đến điểm tập kết",
            style="fig",
        ),
        P(
            "Sau một tuần triển khai, toàn liên đội thu được hơn 2,3 tấn giấy vụn và 150 kg vỏ lon, "
            "chai nhựa. Số tiền thu được là 11.450.000 đồng."
        ),
        Raw("RELATED:402"),
        P(
            "Toàn bộ số tiền sẽ được dùng để trao học bổng “Thắp sáng ước mơ” cho 15 học sinh có "
            "hoàn cảnh khó khăn vượt khó học tốt và mua sách vở, đồ dùng học tập tặng các bạn ở xã "
            "Tây Giang."
        ),
        Raw('<p style="text-align: right;">BBT</p>'),
    ],
    opts={
        "created": "2026-11-17 13:20",
        "account": "tpt.lemai",
        "tags": ["Đội TNTP"],
        "comments": [
            (
                61,
                "Trần Thị Hoa",
                "2026-11-18 21:10",
                "Phong trào ý nghĩa",
                "Con tôi rất hào hứng với phong trào này, cả nhà cùng gom giấy vụn suốt cả tuần.",
            ),
        ],
    },
)

S_GVDG = Story(
    id=409,
    slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="hdcm",
    published_at="2026-11-14T09:05:00+07:00",
    authors=["Nguyễn Đình Khoa"],
    blocks=[
        P(
            "Theo Kế hoạch số 52/KH-THCSKĐ ngày 15/9/2026 của Hiệu trưởng Trường THCS Kim Đồng về "
            "việc tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027, từ ngày 19/10 "
            "đến ngày 07/11/2026, nhà trường đã tổ chức hội thi với 14 giáo viên tham gia."
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày biện pháp nâng cao "
            "chất lượng giảng dạy bộ môn. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn."
        ),
        Img(
            styled("2026-11", "gvdg-2026-oanh.jpg"),
            "Cô Trần Thị Kim Oanh (GV Tiếng Anh) trong tiết dạy hội thi",
            "Cô Trần Thị Kim Oanh (GV Tiếng Anh) trong tiết dạy hội thi",
            style="pg",
        ),
        P(
            "Kết quả, có 9 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 4 giáo "
            "viên xếp loại Giỏi:"
        ),
        P("STT | Họ và tên | Môn | Xếp loại", "th"),
        P("1 | Trần Thị Kim Oanh | Tiếng Anh | Giỏi", "tr"),
        P("2 | Nguyễn Thanh Tùng | Toán | Giỏi", "tr"),
        P("3 | Phan Thị Hồng Nhung | Ngữ văn | Giỏi", "tr"),
        P("4 | Lê Văn Quang | Khoa học tự nhiên | Giỏi", "tr"),
        P(
            "Nhà trường sẽ chọn 3 giáo viên có kết quả cao nhất tham gia Hội thi giáo viên dạy giỏi "
            "cấp thành phố."
        ),
        Raw("ATTACH:2026-11/QD-cong-nhan-GVDG-2026.pdf:245.3 KB"),
    ],
    opts={
        "created": "2026-11-14 09:05",
        "account": "quantri",
        "tags": ["Chuyên môn"],
        "author_field": "ThS. Nguyễn Đình Khoa",
    },
)

S_KNS = Story(
    id=407,
    slug="da-nang-trien-khai-chuong-trinh-giao-duc-ky-nang-so-cho-hoc-sinh-thcs",
    title="Đà Nẵng: Triển khai chương trình giáo dục kỹ năng số cho học sinh THCS",
    cat="tgd",
    published_at="2026-11-11T08:30:00+07:00",
    summary=(
        "Sở Giáo dục và Đào tạo thành phố Đà Nẵng vừa ban hành kế hoạch triển khai chương trình "
        "giáo dục kỹ năng số cho học sinh cấp trung học cơ sở từ học kỳ II năm học 2026 - 2027."
    ),
    sapo_outside=True,
    source="Báo Đà Nẵng",
    blocks=[
        P(
            "Theo kế hoạch, chương trình được thực hiện thông qua các tiết Tin học, hoạt động trải "
            "nghiệm và câu lạc bộ, với thời lượng tối thiểu 12 tiết mỗi năm học."
        ),
        P("Bốn nhóm kỹ năng trọng tâm", "h3"),
        P("Khai thác thông tin và dữ liệu một cách an toàn, có trách nhiệm;", "li"),
        P("Giao tiếp và hợp tác trong môi trường số;", "li"),
        P("Sáng tạo nội dung số;", "li"),
        P("Bảo vệ thông tin cá nhân và phòng tránh lừa đảo trực tuyến.", "li"),
        P("Bồi dưỡng giáo viên cốt cán", "h3"),
        P(
            "Trong tháng 12/2026, Sở GD&ĐT sẽ tổ chức bồi dưỡng cho 240 giáo viên cốt cán để hướng "
            "dẫn lại tại các nhà trường."
        ),
        Img(
            inline("tin-hoc-thcs-da-nang.jpg"),
            "Học sinh thực hành tại phòng Tin học",
            "Học sinh thực hành tại phòng Tin học",
            style="fig",
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Đà Nẵng</em></p>'),
    ],
    opts={"created": "2026-11-11 08:30", "account": "quantri", "tags": ["STEM"]},
)

S_BIEN = Story(
    id=405,
    slug="ngoai-khoa-em-yeu-bien-dao-que-huong-cho-hoc-sinh-khoi-7",
    title="Ngoại khóa “Em yêu biển, đảo quê hương” cho học sinh khối 7",
    cat="hdnt",
    published_at="2026-11-08T15:05:00+07:00",
    authors=["Nguyễn Thị Hoài Thương"],
    blocks=[
        P(
            "Sáng 07/11/2026, Trường THCS Kim Đồng tổ chức buổi ngoại khóa với chủ đề “Em yêu biển, "
            "đảo quê hương” cho gần 300 học sinh khối 7."
        ),
        P("Chương trình gồm các hoạt động:"),
        P("Tìm hiểu chủ quyền biển, đảo Việt Nam qua tư liệu, hình ảnh;", "mso"),
        P("Thi vẽ tranh “Biển đảo trong mắt em”;", "mso"),
        P("Giao lưu với cựu chiến binh từng công tác tại quần đảo Trường Sa.", "mso"),
        Img(
            inline("ngoai-khoa-bien-dao-k7.jpg"),
            "Các em học sinh say sưa lắng nghe chia sẻ của bác Trần Văn Lực",
            "Các em học sinh say sưa lắng nghe chia sẻ của bác Trần Văn Lực",
            style="p-below",
        ),
        P(
            "- Phần thi vẽ tranh thu hút 24 đội tham gia; ban tổ chức đã trao 3 giải Nhất, 4 giải "
            "Nhì và 6 giải Ba."
        ),
        Raw("SEEALSO:402"),
        P(
            "Buổi ngoại khóa góp phần bồi dưỡng lòng yêu nước, ý thức trách nhiệm bảo vệ chủ quyền "
            "biển, đảo của Tổ quốc cho thế hệ trẻ."
        ),
    ],
    opts={
        "created": "2026-11-08 15:05",
        "account": "quantri",
        "tags": [],
        "author_field": "Nguyễn Thị Hoài Thương - GV Lịch sử và Địa lí",
    },
)

S_NCBH = Story(
    id=398,
    slug="sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-kinh-nghiem-tu-to-ngu-van",
    title="Sinh hoạt chuyên môn theo hướng nghiên cứu bài học: kinh nghiệm từ Tổ Ngữ văn",
    cat="hdcm",
    published_at="2026-10-29T10:10:00+07:00",
    summary=(
        "Sinh hoạt chuyên môn theo hướng nghiên cứu bài học giúp giáo viên chuyển trọng tâm từ "
        "“dạy như thế nào” sang “học sinh học như thế nào”. Dưới đây là một số kinh nghiệm bước "
        "đầu của Tổ Ngữ văn."
    ),
    sapo_outside=True,
    authors=["Đặng Thị Thanh Tâm"],
    blocks=[
        P("1. Thay đổi cách dự giờ", "h4"),
        P(
            "Trước đây, người dự giờ thường tập trung nhận xét giáo viên. Theo tinh thần Công văn số "
            "5512/BGDĐT-GDTrH của Bộ GD&ĐT[1], người dự giờ ngồi ở vị trí quan sát được rõ nét mặt, "
            "hành động của học sinh, ghi lại những thời điểm học sinh gặp khó khăn."
        ),
        P("2. Thiết kế bài học chung", "h4"),
        P(
            "Cả tổ cùng thiết kế bài dạy minh họa, sau đó một giáo viên dạy và các thành viên khác "
            "dự, quan sát. Cách làm này phù hợp với định hướng của Chương trình giáo dục phổ thông "
            "2018.",
            "fn:2:2018",
        ),
        P(
            "Sau mỗi giờ dạy, tổ dành thời gian thảo luận dựa trên bằng chứng quan sát được, tránh "
            "đánh giá, xếp loại giờ dạy."
        ),
        Img(
            styled("2026-10", "sh-ncbh-ngu-van.jpg"),
            "Giáo viên Tổ Ngữ văn dự giờ minh họa tại lớp 6/4",
            "Giáo viên Tổ Ngữ văn dự giờ minh họa tại lớp 6/4",
            style="pg",
        ),
        right("Đặng Thị Thanh Tâm - Tổ trưởng Tổ Ngữ văn"),
        P("Chú thích", "h4"),
        P(
            "[1] Bộ GD&ĐT (2020), Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 về việc xây dựng và "
            "tổ chức thực hiện kế hoạch giáo dục của nhà trường.",
            "note:1",
        ),
        P(
            "[2] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông - Chương trình tổng thể, ban hành "
            "kèm theo Thông tư số 32/2018/TT-BGDĐT.",
            "note:2",
        ),
    ],
    opts={"created": "2026-10-29 10:10", "account": "quantri", "tags": ["Chuyên môn"]},
)

S_DHLD = Story(
    id=402,
    slug="lien-doi-thcs-kim-dong-to-chuc-dai-hoi-lien-doi-nhiem-ky-2026-2027",
    title="Liên đội THCS Kim Đồng tổ chức Đại hội Liên đội nhiệm kỳ 2026 - 2027",
    cat="dd",
    published_at="2026-10-22T07:50:00+07:00",
    summary=(
        "Chiều 21/10/2026, Liên đội THCS Kim Đồng long trọng tổ chức Đại hội Liên đội nhiệm kỳ "
        "2026 - 2027 với sự tham dự của 96 đại biểu là chỉ huy các chi đội."
    ),
    sapo_outside=True,
    authors=["Liên đội THCS Kim Đồng"],
    photographers=["Liên đội THCS Kim Đồng"],
    blocks=[
        P(
            "Đại hội đã đánh giá kết quả thực hiện công tác Đội và phong trào thiếu nhi nhiệm kỳ "
            "2025 - 2026; đồng thời đề ra phương hướng, nhiệm vụ trọng tâm cho nhiệm kỳ mới với các "
            "chỉ tiêu cụ thể:"
        ),
        P("100% đội viên được học tập, quán triệt 5 điều Bác Hồ dạy;", "li"),
        P("Mỗi chi đội có ít nhất 1 công trình măng non;", "li"),
        P("Phấn đấu liên đội đạt danh hiệu Liên đội vững mạnh xuất sắc.", "li"),
        Img(
            styled("2026-10", "dai-hoi-lien-doi-2026.jpg"),
            "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            style="pg",
        ),
        P(
            "Đại hội đã bầu Ban chỉ huy Liên đội gồm 11 đồng chí; em Nguyễn Ngọc Bảo Trâm, lớp 9/1, "
            "được tín nhiệm bầu làm Liên đội trưởng."
        ),
        right("Tin, ảnh: Liên đội THCS Kim Đồng"),
    ],
    opts={"created": "2026-10-22 07:50", "account": "tpt.lemai", "tags": ["Đội TNTP"]},
)

S_HNVC = Story(
    id=371,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="hdnt",
    published_at="2026-10-15",
    authors=["Công đoàn trường"],
    blocks=[
        P(
            "Chiều ngày 14/10/2026, Trường THCS Kim Đồng tổ chức Hội nghị viên chức, người lao động "
            "năm học 2026 - 2027. Tham dự hội nghị có 58 cán bộ, giáo viên, nhân viên của nhà trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
            "2026 - 2027; báo cáo công khai tài chính và sửa đổi, bổ sung quy chế chi tiêu nội bộ."
        ),
        Img(styled("2026-10", "hoi-nghi-vc-nld-2026.jpg"), None, None, style="pg"),
        P(
            "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và ký "
            "kết giao ước thi đua giữa Hiệu trưởng và Chủ tịch Công đoàn."
        ),
        right("Công đoàn trường"),
    ],
    opts={"created": "2026-10-15 00:00", "account": "admin_kd", "tags": [], "nfd": True},
)

S_TBKT = Story(
    id=416,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
    cat="tb",
    published_at="2026-11-30",
    authors=["Phạm Thị Thu Hà"],
    blocks=[
        Raw("LETTERHEAD"),
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Kim Đồng thông báo "
            "lịch kiểm tra, đánh giá cuối học kỳ I như sau:"
        ),
        P("1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026."),
        P(
            "2. Hình thức: kiểm tra tập trung theo khối lớp, thời gian làm bài 60 hoặc 90 phút tùy "
            "môn học."
        ),
        P("3. Lịch kiểm tra cụ thể:"),
        P("Ngày | Buổi sáng | Buổi chiều", "th"),
        P("21/12/2026 | Ngữ văn (90 phút) | Tiếng Anh (60 phút)", "tr"),
        P("22/12/2026 | Toán (90 phút) | Lịch sử và Địa lí (60 phút)", "tr"),
        P("23/12/2026 | Khoa học tự nhiên (60 phút) | Giáo dục công dân (45 phút)", "tr"),
        P(
            "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt "
            "tại phòng kiểm tra trước giờ làm bài 15 phút."
        ),
        Raw("SIGNATURE"),
    ],
    opts={
        "created": "2026-12-01 07:45",
        "changed": "2026-12-02 16:20",
        "account": "quantri",
        "tags": [],
        "official": {
            "so": "Số: 125/TB-THCSKĐ",
            "place": "Hội An Tây, ngày 30 tháng 11 năm 2026",
            "kind": "THÔNG BÁO",
            "subject": "Về việc tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
            "post": "HIỆU TRƯỞNG",
            "signer": "Phạm Thị Thu Hà",
        },
    },
)

S_HSG = Story(
    id=413,
    slug="danh-sach-hoc-sinh-tham-gia-doi-tuyen-hoc-sinh-gioi-lop-9-cap-thanh-pho",
    title=(
        "Danh sách học sinh tham gia đội tuyển học sinh giỏi lớp 9 cấp thành phố năm học "
        "2026 - 2027"
    ),
    cat="tb",
    published_at="2026-11-23T17:05:00+07:00",
    authors=["Văn phòng nhà trường"],
    blocks=[
        P(
            "Căn cứ kết quả kỳ khảo sát chọn đội tuyển ngày 18/11/2026, nhà trường thông báo danh "
            "sách học sinh tham gia ôn luyện đội tuyển học sinh giỏi lớp 9 cấp thành phố như sau:"
        ),
        P("STT | Họ và tên | Lớp | Môn", "th"),
        P("1 | Nguyễn Ngọc Bảo Trâm | 9/1 | Ngữ văn", "tr"),
        P("2 | Trương Minh Khang | 9/3 | Toán", "tr"),
        P("3 | Hồ Thị Thanh Xuân | 9/2 | Tiếng Anh", "tr"),
        P("4 | Phan Gia Huy | 9/3 | Khoa học tự nhiên", "tr"),
        P("5 | Lê Nguyễn Khánh Linh | 9/5 | Lịch sử và Địa lí", "tr"),
        P(
            "Lịch ôn luyện: các buổi chiều thứ Ba, thứ Năm và sáng Chủ nhật hằng tuần, bắt đầu từ "
            "ngày 30/11/2026 tại phòng học bộ môn."
        ),
        P(
            "Lưu ý: Cha mẹ học sinh có nhu cầu trao đổi xin liên hệ Văn phòng nhà trường, điện "
            "thoại 0235 3861 234."
        ),
        Raw("ATTACH:2026-11/DS-doi-tuyen-HSG9-2026-2027.xlsx:18.6 KB"),
        right("Văn phòng nhà trường", "em"),
    ],
    opts={"created": "2026-11-23 17:05", "account": "quantri", "tags": ["Học sinh giỏi"]},
)

STORIES: list[Story] = [
    S_RCV,
    S_HKPD,
    S_TBKT,
    S_STEM,
    S_HSG,
    S_2011,
    S_KHN,
    S_GVDG,
    S_KNS,
    S_BIEN,
    S_NCBH,
    S_DHLD,
    S_HNVC,
]
BY_NID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
STORIES.sort(key=lambda s: s.opts["created"], reverse=True)


def alias(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


# --- dates as the site prints them --------------------------------------------------------------

_ABBR = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
_FULL = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _parse(value: str) -> _dtm.datetime:
    return _dtm.datetime.strptime(value, "%Y-%m-%d %H:%M")


def medium(value: str) -> str:
    """Drupal's stock 'medium' format ('D, m/d/Y - H:i'), never localised by the site builder."""
    d = _parse(value)
    return f"{_ABBR[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def utc_attr(value: str) -> str:
    """The <time datetime> Drupal's timestamp formatter writes: UTC, 'Z'."""
    return (_parse(value) - _dtm.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def dmy(value: str) -> str:
    """The Views field format the site builder did set: 'd/m/Y'."""
    return _parse(value).strftime("%d/%m/%Y")


def iso_local(value: str) -> str:
    return _parse(value).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def rfc822(value: str) -> str:
    d = _parse(value)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[d.weekday()]}, {d:%d} {months[d.month - 1]} {d:%Y %H:%M:%S} +0700"


# --- teasers ------------------------------------------------------------------------------------


def first_text(story: Story) -> str:
    return story.summary or next(b.text for b in story.blocks if isinstance(b, P))


def trimmed(story: Story, limit: int = 160) -> str:
    """Views 'trim to max length, on word boundary, add ellipsis' of the sapo or first text."""
    value = first_text(story)
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def thumb(story: Story, style: str = "anh_the_400x250") -> str:
    imgs = story.images
    if not imgs:
        return f"{THEME}/images/no-image-thcs.png"
    m = re.search(r"/public/(\d{4}-\d{2})/([^?]+)", imgs[0].src)
    if m:
        return styled(m.group(1), m.group(2), style)
    name = imgs[0].src.rsplit("/", 1)[1]
    return styled("2026-11", name, style)


# --- the article body: Paragraphs entities ----------------------------------------------------


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _entity(kind: str, pid: int, inner: str) -> str:
    return (
        f'<div class="field__item"><div class="paragraph paragraph--type--{kind} '
        f'paragraph--view-mode--default" data-pid="{pid}">\n{inner}\n</div></div>'
    )


def _text_entity(pid: int, pieces: list[str]) -> str:
    inner = (
        '<div class="clearfix text-formatted field field--name-field-pg-noidung '
        'field--type-text-long field--label-hidden field__item">\n' + "\n".join(pieces) + "\n</div>"
    )
    return _entity("pg-vanban", pid, inner)


def _footnote_calls(markup: str) -> str:
    """'[n]' calls exported by Word: a link around the bracketed number (kept as text)."""
    return re.sub(
        r"\[(\d)\]",
        r'<a href="#_ftn\1" name="_ftnref\1" title=""><span class="MsoFootnoteReference">[\1]</span></a>',
        markup,
    )


def _official_top(o: dict) -> str:
    return (
        '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n'
        '<tr><td style="width:42%;text-align:center;vertical-align:top">UBND PHƯỜNG HỘI AN TÂY<br>\n'
        "<strong>TRƯỜNG THCS KIM ĐỒNG</strong><br>———</td>\n"
        '<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
        "</strong><br>\n<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>\n"
        f'<tr><td style="text-align:center">{esc(o["so"])}</td>\n'
        f'<td style="text-align:right"><em>{esc(o["place"])}</em></td></tr>\n'
        "</tbody>\n</table>\n"
        f'<p style="text-align:center">&nbsp;</p>\n<p style="text-align:center"><strong>{esc(o["kind"])}'
        f'</strong><br>\n<strong>{esc(o["subject"])}</strong></p>'
    )


def _official_bottom(o: dict) -> str:
    return (
        '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody><tr>\n'
        '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br>\n'
        "- GVCN các lớp (để t/h);<br>\n- Cha mẹ học sinh (để biết);<br>\n- Website trường;<br>\n"
        "- Lưu: VT.</p></td>\n"
        f'<td style="text-align:center;vertical-align:top"><p><strong>{esc(o["post"])}</strong><br>\n'
        f"<br>\n<em>(Đã ký)</em><br>\n<br>\n<strong>{esc(o['signer'])}</strong></p></td>\n"
        "</tr></tbody>\n</table>"
    )


def _img_tag(src: str, alt: str, w: int = 800, h: int = 533, extra: str = "") -> str:
    return (
        f'<img loading="lazy" src="{esc(src)}" width="{w}" height="{h}" alt="{esc(alt)}"{extra}>'
    )


def render_body(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    entities: list[str] = []
    buf: list[str] = []
    pid = story.id * 10 + 3

    def flush() -> None:
        nonlocal pid
        if buf:
            entities.append(_text_entity(pid, buf[:]))
            buf.clear()
            pid += 1

    def add_entity(kind: str, inner: str) -> None:
        nonlocal pid
        flush()
        entities.append(_entity(kind, pid, inner))
        pid += 1

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            st = b.style
            if st in ("li",):
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{t(blocks[i].text)}</li>")
                    i += 1
                buf.append("<ul>\n" + "\n".join(items) + "\n</ul>")
                continue
            if st in ("th", "tr"):
                rows = []
                while (
                    i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr")
                ):
                    cells = blocks[i].text.split(" | ")
                    if blocks[i].style == "th":
                        tds = "".join(
                            f'<td style="text-align:center"><strong>{t(c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>\n<p>{t(c)}</p>\n</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                    i += 1
                buf.append(
                    '<div class="table-responsive"><table class="table table-bordered table-sm" '
                    'border="1" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody>\n</table></div>"
                )
                continue
            if st in ("acc-h", "acc-b"):
                acc = f"acc-{pid}"
                items = []
                n = 0
                while (
                    i + 1 < len(blocks)
                    and isinstance(blocks[i], P)
                    and blocks[i].style == "acc-h"
                ):
                    n += 1
                    head, body = blocks[i].text, blocks[i + 1].text
                    items.append(
                        f'<div class="accordion-item">\n<h2 class="accordion-header" id="{acc}-h{n}">'
                        f'<button class="accordion-button collapsed" type="button" '
                        f'data-bs-toggle="collapse" data-bs-target="#{acc}-c{n}" aria-expanded="false" '
                        f'aria-controls="{acc}-c{n}">{t(head)}</button></h2>\n'
                        f'<div id="{acc}-c{n}" class="accordion-collapse collapse" '
                        f'aria-labelledby="{acc}-h{n}" data-bs-parent="#{acc}">'
                        f'<div class="accordion-body"><p>{t(body)}</p></div></div>\n</div>'
                    )
                    i += 2
                add_entity(
                    "pg-accordion",
                    '<div class="field field--name-field-pg-tieude field--type-string '
                    'field--label-hidden visually-hidden field__item">Các bước thực hiện</div>\n'
                    f'<div class="accordion accordion-flush my-3" id="{acc}">\n'
                    + "\n".join(items)
                    + "\n</div>",
                )
                continue
            if st == "mso":
                first = True
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "mso":
                    cls = "MsoListParagraphCxSpFirst" if first else "MsoListParagraphCxSpMiddle"
                    first = False
                    buf.append(
                        f'<p class="{cls}" style="margin-left:.5in;text-align:justify;'
                        'text-indent:-.25in;mso-list:l0 level1 lfo1"><span style="font-family:Symbol;'
                        'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">'
                        '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New '
                        'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                        f'<span lang="VI" style="font-size:14.0pt">{t(blocks[i].text)}</span></p>'
                    )
                    i += 1
                continue
            if st == "quote":
                add_entity(
                    "pg-trichdan",
                    '<blockquote class="blockquote border-start border-4 border-warning ps-3 '
                    f'fst-italic my-3">\n<p>{t(b.text)}</p>\n</blockquote>',
                )
                i += 1
                continue
            if st in ("h3", "h4"):
                buf.append(f"<{st}>{t(b.text)}</{st}>")
                i += 1
                continue
            if st == "lead-b":
                buf.append(f'<p style="text-align: justify;"><strong>{t(b.text)}</strong></p>')
                i += 1
                continue
            if st.startswith("note:"):
                n = st.split(":")[1]
                rest = b.text.split("] ", 1)[1]
                buf.append(
                    f'<p id="ftn{n}" class="small"><a href="#_ftnref{n}" name="_ftn{n}" title="">'
                    f"[{n}]</a> {t(rest)}</p>"
                )
                i += 1
                continue
            if st.startswith("fn:"):
                _, n, after = st.split(":", 2)
                head, tail = b.text.split(after, 1)
                buf.append(
                    f"<p>{t(head + after)}<sup><a href=\"#_ftn{n}\" name=\"_ftnref{n}\" "
                    f'title="">{n}</a></sup>{t(tail)}</p>'
                )
                i += 1
                continue
            # a plain paragraph, with the lines the editor broke with Shift+Enter
            lines = [t(b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(t(blocks[i].text))
                i += 1
            buf.append(
                '<p style="text-align: justify;">' + _footnote_calls("<br>\n".join(lines)) + "</p>"
            )
            continue
        if isinstance(b, Img):
            if b.style == "gal":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    group.append(blocks[i])
                    i += 1
                cid = f"bst-{pid}"
                ph = (
                    "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org"
                    "%2F2000%2Fsvg%27%20viewBox%3D%270%200%201200%20675%27%2F%3E"
                )
                slides, thumbs = [], []
                for n, g in enumerate(group):
                    active = " active" if n == 0 else ""
                    slides.append(
                        f'<div class="carousel-item{active}">\n<div class="media media--blazy '
                        'media--image media--ratio media--ratio--169 is-b-loading">'
                        f'<img class="media__element b-lazy d-block w-100" decoding="async" '
                        f'src="{ph}" data-src="{esc(g.src)}" width="1200" height="675" alt="'
                        f'{esc(story.title)}"></div>\n'
                        f'<div class="carousel-caption d-none d-md-block"><p class="mb-1">'
                        f"{esc(g.printed or '')}</p></div>\n</div>"
                    )
                    m = re.search(r"/public/(\d{4}-\d{2})/([^?]+)", g.src)
                    tsrc = styled(m.group(1), m.group(2), "thumbnail") if m else g.src
                    current = ' class="active" aria-current="true"' if n == 0 else ""
                    thumbs.append(
                        f'<button type="button" data-bs-target="#{cid}" data-bs-slide-to="{n}"'
                        f"{current} "
                        f'aria-label="Ảnh {n + 1}"><img src="{esc(tsrc)}" width="100" height="56" '
                        'alt=""></button>'
                    )
                add_entity(
                    "pg-bst-anh",
                    f'<div id="{cid}" class="carousel slide blazy blazy--grid my-3" '
                    'data-bs-ride="false" data-blazy="">\n<div class="carousel-inner">\n'
                    + "\n".join(slides)
                    + "\n</div>\n"
                    f'<button class="carousel-control-prev" type="button" data-bs-target="#{cid}" '
                    'data-bs-slide="prev"><span class="carousel-control-prev-icon" '
                    'aria-hidden="true"></span><span class="visually-hidden">Trước</span></button>\n'
                    f'<button class="carousel-control-next" type="button" data-bs-target="#{cid}" '
                    'data-bs-slide="next"><span class="carousel-control-next-icon" '
                    'aria-hidden="true"></span><span class="visually-hidden">Sau</span></button>\n'
                    '<div class="carousel-indicators nd-thumbs position-static mt-2">\n'
                    + "\n".join(thumbs)
                    + "\n</div>\n</div>",
                )
                continue
            if b.style == "pg":
                cap = ""
                if b.printed:
                    cap = (
                        '\n<div class="field field--name-field-pg-chuthich field--type-string '
                        'field--label-hidden text-center fst-italic small text-body-secondary mt-1 '
                        f'field__item">{esc(b.printed)}</div>'
                    )
                add_entity(
                    "pg-hinhanh",
                    '<div class="field field--name-field-pg-hinh field--type-image '
                    'field--label-hidden text-center field__item">  '
                    + _img_tag(b.src, story.title, extra=' class="img-fluid"')
                    + "\n</div>"
                    + cap,
                )
                i += 1
                continue
            if b.style == "fig":
                buf.append(
                    '<figure role="group" class="caption caption-img align-center">\n'
                    f'<img alt="" data-entity-type="file" data-entity-uuid="{_uuid(b.src)}" '
                    f'src="{esc(b.src)}" width="900" height="600" loading="lazy">\n'
                    f"<figcaption>{esc(b.printed or '')}</figcaption>\n</figure>"
                )
                i += 1
                continue
            if b.style == "p-below":
                buf.append(
                    '<p style="text-align:center"><img alt="" data-entity-type="file" '
                    f'data-entity-uuid="{_uuid(b.src)}" src="{esc(b.src)}" width="750" '
                    'height="500" loading="lazy"></p>\n'
                    f'<p style="text-align:center"><em>{esc(b.printed or "")}</em></p>'
                )
                i += 1
                continue
            raise ValueError(b.style)
        # Raw
        code = b.html
        if code.startswith("RELATED:"):
            other = BY_NID[int(code.split(":")[1])]
            add_entity(
                "pg-tinlq",
                '<div class="card nd-card-lq my-3 border-0 border-start border-4 border-primary '
                'bg-light">\n<div class="row g-0">\n<div class="col-4">'
                f'<img src="{esc(thumb(other))}" class="img-fluid rounded-start" alt="'
                f'{esc(other.title)}" loading="lazy"></div>\n<div class="col-8"><div class="card-body '
                'py-2">\n<div class="small text-uppercase fw-bold text-primary">Đọc thêm</div>\n'
                f'<h5 class="card-title h6 mb-1"><a href="{alias(other)}" hreflang="vi">'
                f"{esc(other.title)}</a></h5>\n"
                f'<p class="card-text small mb-0">{esc(trimmed(other, 120))}</p>\n</div></div>\n'
                "</div>\n</div>",
            )
        elif code.startswith("SEEALSO:"):
            other = BY_NID[int(code.split(":")[1])]
            buf.append(
                f'<p><strong>Xem thêm:</strong> <a href="{alias(other)}">{esc(other.title)}</a></p>'
            )
        elif code.startswith("ATTACH:"):
            _, rel, size = code.split(":", 2)
            name = rel.rsplit("/", 1)[1]
            mime = (
                "application-pdf"
                if name.endswith(".pdf")
                else "application-vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            )
            add_entity(
                "pg-tepdk",
                '<div class="field field--name-field-pg-tep field--type-file field--label-above">\n'
                '<div class="field__label fw-bold"><i class="bi bi-paperclip"></i> Tệp đính kèm</div>\n'
                '<div class="field__items"><div class="field__item">'
                f'<span class="file file--mime-{mime} file--x-office-document">'
                f'<a href="{FILES}/{rel}" type="application/octet-stream">{esc(name)}</a></span>'
                f' <span class="file-size">({size})</span></div></div>\n</div>',
            )
        elif code == "LETTERHEAD":
            buf.append(_official_top(story.opts["official"]))
        elif code == "SIGNATURE":
            buf.append(_official_bottom(story.opts["official"]))
        else:
            buf.append(code)
        i += 1
    flush()
    return (
        '<div class="field field--name-field-noi-dung-bai field--type-entity-reference-revisions '
        'field--label-hidden field__items">\n' + "\n".join(entities) + "\n</div>"
    )


# --- the chrome every page prints -------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", "&lt;front&gt;", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        "node/3",
        [
            ("Giới thiệu chung", "/gioi-thieu"),
            ("Cơ cấu tổ chức", "/gioi-thieu#co-cau-to-chuc"),
            ("Lịch công tác", "/lich-cong-tac"),
        ],
    ),
    (
        "Tin tức",
        "/tin-tuc",
        "tin-tuc",
        [(CATS[k][2], CATS[k][1]) for k in NEWS_CATS],
    ),
    ("Thông báo", CATS["tb"][1], "taxonomy/term/6", []),
    ("Văn bản", "/van-ban", "van-ban", []),
    ("Thư viện", "/thu-vien-anh", "thu-vien-anh", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Liên hệ", "/lien-he", "node/5", []),
]


def _menu(active: str) -> str:
    out = []
    for label, href, sys_path, children in MENU:
        cls = " is-active active" if href == active else ""
        if not children:
            out.append(
                f'<li class="nav-item"><a href="{href}" class="nav-link{cls}" '
                f'data-drupal-link-system-path="{sys_path}">{esc(label)}</a></li>'
            )
            continue
        subs = "\n".join(
            f'<li><a href="{h}" class="dropdown-item">{esc(lbl)}</a></li>' for lbl, h in children
        )
        out.append(
            f'<li class="nav-item dropdown"><a href="{href}" class="nav-link dropdown-toggle{cls}" '
            'role="button" data-bs-toggle="dropdown" aria-expanded="false" '
            f'data-drupal-link-system-path="{sys_path}">{esc(label)}</a>\n'
            f'<ul class="dropdown-menu shadow-sm">\n{subs}\n</ul></li>'
        )
    return "\n".join(out)


def _breadcrumb(crumbs: list[tuple[str, str]]) -> str:
    if not crumbs:
        return ""
    items = "".join(
        f'<li class="breadcrumb-item"><a href="{h}">{esc(lbl)}</a></li>' for lbl, h in crumbs
    )
    return (
        '<div id="block-kimdong-b5-breadcrumbs" class="block block-system '
        'block-system-breadcrumb-block">\n<nav aria-label="breadcrumb" class="nd-dd mt-3">\n'
        '<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n'
        f'<ol class="breadcrumb small">{items}</ol>\n</nav>\n</div>'
    )


def _sidebar_list(stories: list[Story], with_date: bool = True) -> str:
    rows = []
    for s in stories:
        date = (
            f' <span class="text-body-secondary small">({dmy(s.opts["created"])})</span>'
            if with_date
            else ""
        )
        rows.append(
            f'<div class="views-row py-1 border-bottom"><span class="views-field views-field-title">'
            f'<span class="field-content"><i class="bi bi-caret-right-fill text-primary"></i> '
            f'<a href="{alias(s)}" hreflang="vi">{esc(s.title)}</a></span></span>{date}</div>'
        )
    return "\n".join(rows)


def _block(bid: str, title: str, inner: str) -> str:
    return (
        f'<div id="block-{bid}" class="block nd-khoi mb-4 border rounded">\n'
        f'<h2 class="nd-tieude-khoi h6 text-uppercase fw-bold text-white bg-primary m-0 px-3 py-2">'
        f"{esc(title)}</h2>\n"
        f'<div class="block-content px-3 py-2">\n{inner}\n</div>\n</div>'
    )


def _comments_all() -> list[tuple[Story, tuple]]:
    out = [(s, c) for s in STORIES for c in s.opts.get("comments", [])]
    return sorted(out, key=lambda sc: sc[1][2], reverse=True)


def _sidebar() -> str:
    newest = STORIES[:5]
    most = [BY_NID[n] for n in (412, 409, 402, 415)]
    comments = "\n".join(
        f'<li class="py-1 border-bottom"><a href="/comment/{c[0]}#comment-{c[0]}" hreflang="vi">'
        f"{esc(c[3])}</a><br><span class=\"small text-body-secondary\">{esc(c[1])} - "
        f"{dmy(c[2])}</span></li>"
        for _s, c in _comments_all()
    )
    docs = "\n".join(
        f'<li class="py-1 border-bottom"><i class="bi bi-file-earmark-text"></i> '
        f'<a href="/van-ban/{d["slug"]}">{esc(d["so"])}</a> - {esc(d["trich_yeu"])}</li>'
        for d in DOCS
    )
    links = (
        '<select class="form-select form-select-sm" onchange="if(this.value){window.open(this.value)}">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://danang.edu.vn">Sở GD&amp;ĐT thành phố Đà Nẵng</option>'
        '<option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option>'
        '<option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option>'
        "</select>\n"
        '<div class="mt-2"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener">'
        f'<img src="{THEME}/images/banner-dvc.png" alt="Cổng dịch vụ công quốc gia" class="img-fluid" '
        'width="300" height="80"></a></div>\n'
        '<div class="mt-2"><a href="https://hoctap.danang.edu.vn" target="_blank" rel="noopener">'
        f'<img src="{THEME}/images/banner-hoc-truc-tuyen.png" alt="Học tập trực tuyến" '
        'class="img-fluid" width="300" height="80"></a></div>'
    )
    poll = (
        '<form class="poll-view-form" action="" method="post" id="poll-view-form-1" '
        'accept-charset="UTF-8">\n<p class="fw-semibold small">Bạn biết đến website của nhà '
        "trường qua kênh nào?</p>\n"
        + "\n".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" id="ch-{n}" '
            f'name="choice" value="{n}"><label class="form-check-label small" for="ch-{n}">{lbl}'
            "</label></div>"
            for n, lbl in enumerate(
                ["Giáo viên chủ nhiệm giới thiệu", "Trang Facebook của trường", "Nhóm Zalo lớp",
                 "Tìm kiếm trên Google"],
                start=1,
            )
        )
        + '\n<input type="hidden" name="form_id" value="poll_view_form_1">\n'
        '<button type="submit" name="op" value="Bình chọn" class="btn btn-sm btn-primary mt-2">'
        "Bình chọn</button>\n</form>"
    )
    counter = (
        '<ul class="list-unstyled small mb-0 nd-thongke">\n'
        '<li><i class="bi bi-person-check"></i> Đang online: <b>23</b></li>\n'
        '<li><i class="bi bi-calendar-day"></i> Hôm nay: <b>412</b></li>\n'
        '<li><i class="bi bi-calendar-minus"></i> Hôm qua: <b>538</b></li>\n'
        '<li><i class="bi bi-bar-chart"></i> Tổng truy cập: <b>1.284.517</b></li>\n</ul>'
    )
    return "\n".join(
        [
            _block("views-block-tin-moi-block-2", "Tin mới nhất", _sidebar_list(newest)),
            _block(
                "views-block-xem-nhieu-block-1",
                "Tin xem nhiều",
                _sidebar_list(most, with_date=False),
            ),
            _block(
                "views-block-comments-recent-block-1",
                "Bình luận mới",
                f'<ul class="list-unstyled small mb-0">\n{comments}\n</ul>',
            ),
            _block(
                "views-block-van-ban-block-1",
                "Văn bản mới",
                f'<ul class="list-unstyled small mb-0">\n{docs}\n</ul>',
            ),
            _block("lienketwebsite", "Liên kết website", links),
            _block("poll-2", "Thăm dò ý kiến", poll),
            _block("thongketruycap", "Thống kê truy cập", counter),
        ]
    )


FOOTER = """<footer class="nd-footer bg-dark text-white-50 small mt-4 pt-4 pb-2" role="contentinfo">
<div class="container">
<div class="row">
<div class="col-md-7">
<div id="block-kimdong-b5-thongtinchantrang" class="block block-block-content">
<p class="text-white fw-bold text-uppercase mb-1">Trường THCS Kim Đồng</p>
<p class="mb-1">Địa chỉ: 56 Lý Thường Kiệt, phường Hội An Tây, thành phố Đà Nẵng</p>
<p class="mb-1">Điện thoại: 0235 3861 234 - Email: <a href="mailto:thcskimdong@danang.edu.vn" class="text-white-50">thcskimdong@danang.edu.vn</a></p>
<p class="mb-1">Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Thị Thu Hà</p>
</div>
</div>
<div class="col-md-5 text-md-end">
<p class="mb-1"><a href="https://www.facebook.com/thcskimdong.hoian" class="text-white-50" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Fanpage nhà trường</a></p>
<p class="mb-1"><a href="https://www.youtube.com/@thcskimdong" class="text-white-50" target="_blank" rel="noopener"><i class="bi bi-youtube"></i> Kênh YouTube</a></p>
<p class="mb-1"><a href="/rss.xml" class="text-white-50"><i class="bi bi-rss"></i> RSS</a></p>
</div>
</div>
<hr class="border-secondary">
<p class="text-center mb-0">© 2026 Bản quyền thuộc về Trường THCS Kim Đồng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="text-center mb-0">Thiết kế và vận hành trên nền tảng Drupal bởi Tổ Tin học nhà trường.</p>
</div>
</footer>"""


def frame(
    req: Request,
    *,
    title: str,
    main: str,
    crumbs: list[tuple[str, str]],
    body_class: str,
    system_path: str,
    active: str = "",
    canonical: str | None = None,
    head_extra: str = "",
    description: str = "",
    page_title: bool = True,
) -> str:
    base = base_url(req)
    canon = f'<link rel="canonical" href="{base}{canonical}">\n' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}">\n' if description else ""
    h1 = (
        '<div id="block-kimdong-b5-page-title" class="block block-core block-page-title-block">\n'
        f'<h1 class="page-title h3 fw-bold text-primary mt-2 mb-3"><span class="field '
        f'field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>\n</div>'
        if page_title
        else ""
    )
    settings = (
        '{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"'
        + system_path.replace("/", "\\/")
        + '","currentPathIsAdmin":false,"isFront":'
        + ("true" if system_path == "node" else "false")
        + ',"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
        '"ajaxPageState":{"libraries":"eJxdjEEOwjAMBD-U4CdVbrK0iWwnil2g_J5KcKCcZjSHWSHY2VkqfAP11ukbnbg8PSWXadmfgbVUFmBEUs7FkKwxeTv9xswBmUz_oRYCqXTBGRUxrq1wvWAm6ZV3P7s4RWGYwJbkxx8FHDfwRNrmtJE",'
        '"theme":"kimdong_b5","theme_token":null},"statistics":{"data":{"nid":"0"},'
        '"url":"\\/core\\/modules\\/statistics\\/statistics.php"},"user":{"uid":0,'
        '"permissionsHash":"3f6c0ab59b1f4d1e8d7c2a6e5b4f9d0c1a2b3c4d5e6f70819a2b3c4d5e6f7081"}}'
    )
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8">
{desc}{canon}{head_extra}<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="alternate" type="application/rss+xml" title="Trường THCS Kim Đồng" href="{base}/rss.xml">
<title>{esc(title)} | Trường THCS Kim Đồng</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_R4dk9xT1Qe2pY8sVb0mNcZ.css?delta=0&amp;language=vi&amp;theme=kimdong_b5&amp;include=eJxdjEEOwjAMBD-U4CdVbrK0iWwnil2g_J5KcKCcZjSHWSHY2VkqfAP11ukbnbg8PSWXadmfgbVUFmBEUs7FkKwxeTv9xswBmUz_oRYCqXTBGRUxrq1wvWAm6ZV3P7s4RWGYwJbkxx8FHDfwRNrmtJE">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_8hJ2rWq0zL5mYtKx3cVb6nA.css?delta=1&amp;language=vi&amp;theme=kimdong_b5&amp;include=eJxdjEEOwjAMBD-U4CdVbrK0iWwnil2g_J5KcKCcZjSHWSHY2VkqfAP11ukbnbg8PSWXadmfgbVUFmBEUs7FkKwxeTv9xswBmUz_oRYCqXTBGRUxrq1wvWAm6ZV3P7s4RWGYwJbkxx8FHDfwRNrmtJE">
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden-focusable skip-link">Nhảy tới nội dung</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="nd-topbar bg-primary bg-gradient text-white small py-1">
<div class="container d-flex justify-content-between align-items-center">
<span id="nd-ngay-hom-nay"><i class="bi bi-calendar-event"></i> {TODAY_LINE}</span>
<span class="d-none d-md-inline"><i class="bi bi-telephone"></i> 0235 3861 234 &nbsp;|&nbsp; <i class="bi bi-envelope"></i> thcskimdong@danang.edu.vn</span>
<span><a href="/user/login" class="text-white text-decoration-none"><i class="bi bi-box-arrow-in-right"></i> Đăng nhập</a></span>
</div>
</div>
<header class="nd-banner bg-white" role="banner">
<div class="container py-2 d-flex align-items-center">
<div id="block-kimdong-b5-branding" class="block block-system block-system-branding-block">
<a href="/" title="Trang chủ" rel="home" class="navbar-brand d-flex align-items-center text-decoration-none">
<img src="{THEME}/logo.png" alt="Trang chủ" width="86" height="86" fetchpriority="high">
<div class="ms-3"><div class="small text-uppercase text-body-secondary">UBND phường Hội An Tây</div>
<div class="site-name h3 mb-0 fw-bold text-primary">TRƯỜNG THCS KIM ĐỒNG</div>
<div class="site-slogan small fst-italic text-danger">Kỷ cương - Tình thương - Trách nhiệm</div></div>
</a>
</div>
<div class="search-block-form block block-search ms-auto d-none d-lg-block" data-drupal-selector="search-block-form" id="block-kimdong-b5-search-form" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="d-flex">
<input title="Nhập từ khóa cần tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control form-control-sm" placeholder="Tìm kiếm...">
<button data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit btn btn-sm btn-primary ms-1"><i class="bi bi-search"></i></button>
</form>
</div>
</div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
<div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarSupportedContent" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarSupportedContent">
<nav role="navigation" aria-labelledby="block-kimdong-b5-main-menu-menu" id="block-kimdong-b5-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-kimdong-b5-main-menu-menu">Main navigation</h2>
<ul data-block="nav_main" class="navbar-nav me-auto mb-2 mb-lg-0 nav-level-0">
{_menu(active)}
</ul>
</nav>
</div>
</div>
</nav>
<div class="nd-chaychu bg-warning-subtle small py-1"><div class="container"><marquee scrollamount="4">Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với Cổng thông tin điện tử Trường THCS Kim Đồng! Năm học 2026 - 2027: “Đổi mới - Sáng tạo - Chất lượng”.</marquee></div></div>
</header>
<div class="container">
{_breadcrumb(crumbs)}
<div class="row">
<main role="main" class="col-lg-8">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{h1}
<div id="block-kimdong-b5-content" class="block block-system block-system-main-block">
{main}
</div>
</div>
</main>
<aside class="col-lg-4 nd-cot-phai" role="complementary">
<div class="region region-sidebar-second">
{_sidebar()}
</div>
</aside>
</div>
</div>
{FOOTER}
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="/sites/default/files/js/js_Qk3vB9mTz1LpX2cW7yHn4dR.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=kimdong_b5"></script>
</body>
</html>"""


# --- the article page (node, full view mode) ----------------------------------------------------


def _meta_row(s: Story) -> str:
    o = s.opts
    changed = ""
    if o.get("changed"):
        changed = (
            '<span class="nd-capnhat"><i class="bi bi-arrow-repeat"></i> Cập nhật: '
            f'<time datetime="{utc_attr(o["changed"])}">{medium(o["changed"])}</time></span>\n'
        )
    return (
        '<div class="node__meta d-flex flex-wrap gap-3 small text-body-secondary mb-2">\n'
        '<span class="nd-nguoidang"><i class="bi bi-person-circle"></i> Gửi bởi '
        '<span class="field field--name-uid field--type-entity-reference field--label-hidden">'
        f'<span lang="" typeof="schema:Person" property="schema:name" datatype="">{o["account"]}'
        "</span></span></span>\n"
        '<span class="nd-ngaydang"><i class="bi bi-calendar3"></i> <span class="field '
        'field--name-created field--type-created field--label-hidden">'
        f'<time datetime="{utc_attr(o["created"])}" class="datetime">{medium(o["created"])}</time>'
        "</span></span>\n"
        + changed
        + f'<span class="nd-luotxem"><i class="bi bi-eye"></i> {s.views():,} lượt xem</span>\n'.replace(
            ",", "."
        )
        + "</div>"
    )


def _tools(req: Request, s: Story) -> str:
    url = base_url(req) + alias(s)
    enc = url.replace(":", "%3A").replace("/", "%2F")
    return (
        '<div class="nd-congcu d-flex align-items-center gap-2 border-top border-bottom py-1 mb-3 '
        'small">\n'
        f'<a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u={enc}" '
        'target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Chia sẻ</a>\n'
        f'<a class="btn btn-sm btn-outline-info" href="https://sp.zalo.me/share_inline?d={enc}" '
        'target="_blank" rel="noopener">Zalo</a>\n'
        '<button type="button" class="btn btn-sm btn-outline-secondary" onclick="window.print()">'
        '<i class="bi bi-printer"></i> In bài</button>\n'
        '<span class="ms-auto">Cỡ chữ: <a href="javascript:void(0)" onclick="ndFont(-1)">A-</a> '
        '<a href="javascript:void(0)" onclick="ndFont(1)">A+</a></span>\n</div>'
    )


def _comments(s: Story) -> str:
    items = []
    for cid, who, when, subject, body in s.opts.get("comments", []):
        items.append(
            f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment '
            'by-anonymous border-bottom py-2">\n'
            f'<span class="hidden" data-comment-timestamp="1795000{cid}"></span>\n'
            '<footer class="comment__meta small text-body-secondary">'
            f'<span class="comment__author fw-semibold">{esc(who)}</span> (khách) - '
            f'<span class="comment__time">{medium(when)}</span> '
            f'<a href="/comment/{cid}#comment-{cid}" hreflang="vi" class="comment__permalink">'
            "#</a></footer>\n"
            f'<div class="comment__content"><h3 class="h6 mb-1"><a href="/comment/{cid}#comment-{cid}" '
            f'class="permalink" rel="bookmark" hreflang="vi">{esc(subject)}</a></h3>\n'
            '<div class="clearfix text-formatted field field--name-comment-body field--type-text-long '
            f'field--label-hidden field__item"><p>{esc(body)}</p></div></div>\n</article>'
        )
    listing = "\n".join(items)
    count = len(items)
    return f"""<section class="nd-binhluan mt-4" id="binh-luan">
<h2 class="h6 text-uppercase fw-bold border-bottom pb-2">Bình luận ({count})</h2>
{listing}
<h2 class="h6 mt-3">Gửi bình luận của bạn</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{s.id}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="mb-2"><label for="edit-name" class="form-label small">Họ và tên</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-control form-control-sm"></div>
<div class="mb-2"><label for="edit-mail" class="form-label small">Email</label><input type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-control form-control-sm"><div class="form-text">Nội dung này được giữ riêng tư và không hiển thị công khai.</div></div>
<div class="mb-2"><label for="edit-comment-body-0-value" class="form-label small js-form-required form-required">Nội dung</label><textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="4" class="form-control"></textarea></div>
<input type="hidden" name="form_build_id" value="form-{_uuid(str(s.id)).replace('-', '')[:24]}">
<input type="hidden" name="form_id" value="comment_comment_form">
<div class="small mb-2">Bình luận sẽ được kiểm duyệt trước khi hiển thị.</div>
<button type="submit" id="edit-submit--2" name="op" value="Gửi" class="button button--primary js-form-submit form-submit btn btn-sm btn-primary">Gửi bình luận</button>
</form>
</section>"""


def _related(s: Story) -> str:
    tags = set(s.opts.get("tags", []))
    if not tags:
        return ""
    others = [o for o in STORIES if o is not s and tags & set(o.opts.get("tags", []))][:4]
    if not others:
        return ""
    return (
        '<div class="views-element-container block block-views block-views-blocktin-lien-quan-block-1 '
        'mt-4" id="block-views-block-tin-lien-quan-block-1">\n'
        '<h2 class="nd-tieude-khoi h6 text-uppercase fw-bold border-bottom border-primary border-2 '
        'pb-1">Tin liên quan</h2>\n<div><div class="view view-tin-lien-quan view-id-tin_lien_quan '
        f'view-display-id-block_1 js-view-dom-id-{_uuid(s.slug).replace("-", "")}">\n'
        '<div class="view-content">\n' + _sidebar_list(others) + "\n</div></div></div>\n</div>"
    )


def article_page(req: Request, s: Story, system_path: str) -> Response:
    o = s.opts
    _tid, term_path, term_name = CATS[s.cat]
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = (
            '<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden '
            f'lead fs-6 fw-semibold mb-3 field__item">{esc(s.summary)}</div>\n'
        )
    author = ""
    if o.get("author_field"):
        author = (
            '<div class="field field--name-field-tac-gia field--type-string field--label-inline '
            'clearfix text-end fst-italic mt-2">\n<div class="field__label">Tác giả</div>\n'
            f'<div class="field__item">{esc(o["author_field"])}</div>\n</div>\n'
        )
    tags = ""
    if o.get("tags"):
        items = "".join(
            f'<div class="field__item"><a href="/taxonomy/term/{TAGS[t]}" hreflang="vi" '
            f'class="badge rounded-pill text-bg-light border">{esc(t)}</a></div>'
            for t in o["tags"]
        )
        tags = (
            '<div class="field field--name-field-tags field--type-entity-reference '
            'field--label-inline clearfix mt-3 small">\n<div class="field__label"><i class="bi '
            f'bi-tags"></i> Từ khóa</div>\n<div class="field__items d-flex gap-1">{items}</div>\n</div>\n'
        )
    base = base_url(req)
    main = f"""<article data-history-node-id="{s.id}" about="{alias(s)}" class="node node--type-bai-viet node--promoted node--view-mode-full">
<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-hidden mb-2 field__item"><a href="{term_path}" hreflang="vi" class="badge text-bg-danger text-decoration-none">{esc(term_name)}</a></div>
{_meta_row(s)}
{_tools(req, s)}
<div class="node__content clearfix">
{sapo}{render_body(s)}
{author}<div class="d-none d-print-block small mt-3">Địa chỉ bài viết: {base}{alias(s)}</div>
{tags}</div>
{_comments(s)}
</article>
{_related(s)}"""
    head = (
        f'<link rel="shortlink" href="{base}/node/{s.id}">\n'
        '<meta property="og:site_name" content="Trường THCS Kim Đồng">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{base}{alias(s)}">\n'
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:image" content="{base}{esc(thumb(s, "large"))}">\n'
        f'<meta property="article:published_time" content="{iso_local(o["created"])}">\n'
    )
    if o.get("changed"):
        head += f'<meta property="article:modified_time" content="{iso_local(o["changed"])}">\n'
    page = frame(
        req,
        title=s.title,
        main=main,
        crumbs=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc")],
        body_class="path-node page-node-type-bai-viet nd-chitiet",
        system_path=system_path,
        active="/tin-tuc",
        canonical=alias(s),
        head_extra=head,
        description=trimmed(s, 155),
    )
    return html(page)


# --- listings: Views pages with a Bootstrap grid and Drupal's ?page=N pager ---------------------


def _card(s: Story) -> str:
    return f"""<div class="col">
<div class="views-row card h-100 shadow-sm border-0">
<div class="views-field views-field-field-anh-dai-dien"><div class="field-content"><a href="{alias(s)}" hreflang="vi"><img loading="lazy" src="{esc(thumb(s))}" width="400" height="250" alt="{esc(s.title)}" class="card-img-top img-fluid"></a></div></div>
<div class="card-body p-2">
<div class="views-field views-field-title"><span class="field-content"><h3 class="h6 card-title fw-bold mb-1"><a href="{alias(s)}" hreflang="vi">{esc(s.title)}</a></h3></span></div>
<div class="views-field views-field-created small text-body-secondary"><span class="field-content"><i class="bi bi-clock"></i> {dmy(s.opts["created"])}</span></div>
<div class="views-field views-field-field-tom-tat"><div class="field-content small">{esc(trimmed(s))}</div></div>
</div>
</div>
</div>"""


def _pager(current: int, total: int) -> str:
    if total <= 1:
        return ""

    def link(n: int, label: str, title: str, rel: str = "") -> str:
        r = f' rel="{rel}"' if rel else ""
        return (
            f'<li class="page-item"><a href="?page={n}" title="{title}"{r} class="page-link">'
            f"{label}</a></li>"
        )

    items = []
    if current > 0:
        items.append(link(0, '<span aria-hidden="true">«</span>', "Tới trang đầu tiên"))
        items.append(link(current - 1, '<span aria-hidden="true">‹</span>', "Tới trang trước", "prev"))
    for n in range(total):
        if n == current:
            items.append(
                f'<li class="page-item active" aria-current="page"><span class="page-link">{n + 1}'
                "</span></li>"
            )
        else:
            items.append(link(n, str(n + 1), f"Tới trang {n + 1}"))
    if current < total - 1:
        items.append(link(current + 1, '<span aria-hidden="true">›</span>', "Tới trang sau", "next"))
        items.append(link(total - 1, '<span aria-hidden="true">»</span>', "Tới trang cuối cùng"))
    return (
        '<nav class="pager mt-3" role="navigation" aria-labelledby="pagination-heading">\n'
        '<h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>\n'
        '<ul class="pagination pagination-sm js-pager__items">\n' + "\n".join(items) + "\n</ul>\n</nav>"
    )


def _page_param(req: Request) -> int:
    raw = req.params.get("page", "0")
    return int(raw) if raw.isdigit() else 0


def listing_page(
    req: Request,
    stories: list[Story],
    size: int,
    *,
    title: str,
    view: str,
    system_path: str,
    canonical: str,
    active: str,
    crumbs: list[tuple[str, str]],
    intro: str = "",
) -> Response:
    total = max(1, -(-len(stories) // size))
    # Drupal's pager clamps a page past the end to the last page
    page = min(_page_param(req), total - 1)
    chunk = stories[page * size : (page + 1) * size]
    rows = "\n".join(_card(s) for s in chunk)
    dom = _uuid(view + str(page)).replace("-", "")
    main = f"""{intro}<div class="views-element-container"><div class="view view-{view.replace("_", "-")} view-id-{view} view-display-id-page_1 js-view-dom-id-{dom}">
<div class="view-content">
<div class="row row-cols-1 row-cols-md-3 g-3 views-view-grid">
{rows}
</div>
</div>
{_pager(page, total)}
</div></div>"""
    page_html = frame(
        req,
        title=title,
        main=main,
        crumbs=crumbs,
        body_class="path-taxonomy" if system_path.startswith("taxonomy") else "path-tin-tuc",
        system_path=system_path,
        active=active,
        canonical=canonical,
        description="",
    )
    return html(page_html)


def news_page(req: Request) -> Response:
    stories = [s for s in STORIES if s.cat in NEWS_CATS]
    return listing_page(
        req,
        stories,
        NEWS_PAGE_SIZE,
        title="Tin tức",
        view="tin_tuc",
        system_path="tin-tuc",
        canonical="/tin-tuc",
        active="/tin-tuc",
        crumbs=[("Trang chủ", "/")],
    )


def term_page(req: Request, key: str) -> Response:
    tid, path, name = CATS[key]
    stories = [s for s in STORIES if s.cat == key]
    crumbs = [("Trang chủ", "/")]
    if key in NEWS_CATS:
        crumbs.append(("Tin tức", "/tin-tuc"))
    intro = (
        '<div class="taxonomy-term-description small text-body-secondary mb-3">'
        f"<p>Các tin bài thuộc chuyên mục {esc(name)} của Trường THCS Kim Đồng.</p></div>\n"
    )
    return listing_page(
        req,
        stories,
        TERM_PAGE_SIZE,
        title=name,
        view="taxonomy_term",
        system_path=f"taxonomy/term/{tid}",
        canonical=path,
        active=path if key == "tb" else "/tin-tuc",
        crumbs=crumbs,
        intro=intro,
    )


def tag_page(req: Request, tag: str) -> Response:
    stories = [s for s in STORIES if tag in s.opts.get("tags", [])]
    return listing_page(
        req,
        stories,
        10,
        title=tag,
        view="taxonomy_term",
        system_path=f"taxonomy/term/{TAGS[tag]}",
        canonical=f"/taxonomy/term/{TAGS[tag]}",
        active="",
        crumbs=[("Trang chủ", "/")],
    )


# --- the home page -----------------------------------------------------------------------------

HERO = [
    (412, "/node/412"),
    (419, "/node/419"),
    (415, f"/tin-tuc/{S_STEM.slug}?fbclid=IwZXh0bgNhZW0CMTEAAR0kX7vQm3_aem_Zk8Qy1LrT5"),
]


def home_page(req: Request) -> Response:
    slides = []
    for n, (nid, href) in enumerate(HERO):
        s = BY_NID[nid]
        active = " active" if n == 0 else ""
        slides.append(
            f'<div class="carousel-item{active}"><a href="{esc(href)}"><img src="{esc(thumb(s, "slide_1200x675"))}" '
            f'class="d-block w-100" alt="{esc(s.title)}" width="1200" height="675"></a>\n'
            '<div class="carousel-caption text-start bg-dark bg-opacity-50 rounded p-2">'
            f'<h3 class="h5"><a href="{esc(href)}" class="text-white text-decoration-none">{esc(s.title)}</a></h3>'
            f'<p class="small d-none d-md-block mb-0">{esc(trimmed(s, 120))}</p></div></div>'
        )
    hero = (
        '<div id="block-kimdong-b5-tinnoibat" class="block block-block-content '
        'block-block-content3a7c2d1e-9b4f-4e27-8d6a-5f0c1b2e3d4a mb-4">\n'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
        'field--label-hidden field__item">\n<div id="nd-noibat" class="carousel slide" '
        'data-bs-ride="carousel">\n<div class="carousel-inner rounded">\n'
        + "\n".join(slides)
        + '\n</div>\n<button class="carousel-control-prev" type="button" data-bs-target="#nd-noibat" '
        'data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>\n'
        '<button class="carousel-control-next" type="button" data-bs-target="#nd-noibat" '
        'data-bs-slide="next"><span class="carousel-control-next-icon"></span></button>\n'
        "</div>\n</div>\n</div>"
    )
    news = [s for s in STORIES if s.cat in NEWS_CATS][:5]
    lead, rest = news[0], news[1:]
    latest = (
        '<div class="views-element-container block block-views mb-4" id="block-views-block-tin-moi-block-1">\n'
        '<h2 class="nd-tieude-khoi h5 text-uppercase fw-bold border-bottom border-primary border-2 pb-1">'
        '<a href="/tin-tuc" class="text-decoration-none">Tin tức - Sự kiện</a></h2>\n'
        '<div class="row g-3">\n<div class="col-md-6">\n'
        f'<a href="{alias(lead)}"><img src="{esc(thumb(lead))}" class="img-fluid rounded" alt="{esc(lead.title)}" width="400" height="250"></a>\n'
        f'<h3 class="h6 fw-bold mt-2"><a href="{alias(lead)}" hreflang="vi">{esc(lead.title)}</a></h3>\n'
        f'<div class="small text-body-secondary">{dmy(lead.opts["created"])}</div>\n'
        f'<p class="small">{esc(trimmed(lead))}</p>\n</div>\n'
        '<div class="col-md-6"><ul class="list-unstyled">\n'
        + "\n".join(
            f'<li class="d-flex gap-2 py-1 border-bottom"><img src="{esc(thumb(s, "thumbnail"))}" '
            f'width="80" height="50" alt="" loading="lazy"><div><a href="{alias(s)}" hreflang="vi" '
            f'class="small fw-semibold">{esc(s.title)}</a><div class="small text-body-secondary">'
            f"{dmy(s.opts['created'])}</div></div></li>"
            for s in rest
        )
        + '\n</ul>\n<a href="/tin-tuc" class="small">Xem tất cả »</a></div>\n</div>\n</div>'
    )
    notices = [s for s in STORIES if s.cat == "tb"]
    tb = (
        '<div class="views-element-container block block-views mb-4" id="block-views-block-thong-bao-block-1">\n'
        '<h2 class="nd-tieude-khoi h5 text-uppercase fw-bold border-bottom border-danger border-2 pb-1">'
        "Thông báo</h2>\n<ul class=\"list-unstyled\">\n"
        + "\n".join(
            f'<li class="py-1 border-bottom"><i class="bi bi-megaphone text-danger"></i> '
            f'<a href="{alias(s)}" hreflang="vi">{esc(s.title)}</a> <span class="badge text-bg-warning">Mới</span> '
            f'<span class="small text-body-secondary">{dmy(s.opts["created"])}</span></li>'
            for s in notices
        )
        + f'\n</ul>\n<a href="{CATS["tb"][1]}" class="small">Xem tất cả »</a>\n</div>'
    )
    media = (
        '<div class="row g-3 mb-4">\n<div class="col-md-6">'
        '<h2 class="nd-tieude-khoi h6 text-uppercase fw-bold">Thư viện ảnh</h2>\n'
        f'<a href="/thu-vien-anh/{ALBUM["slug"]}"><img src="{esc(ALBUM["images"][0][0])}" '
        'class="img-fluid rounded" width="400" height="250" alt="Album"></a>\n'
        f'<div class="small mt-1"><a href="/thu-vien-anh/{ALBUM["slug"]}">{esc(ALBUM["title"])}</a></div>\n'
        '</div>\n<div class="col-md-6"><h2 class="nd-tieude-khoi h6 text-uppercase fw-bold">Video</h2>\n'
        f'<a href="/video/{VIDEO["slug"]}"><img src="{FILES}/styles/anh_the_400x250/public/video/'
        'van-nghe-2011-poster.jpg?itok=p0Ster9Q" class="img-fluid rounded" width="400" height="250" '
        'alt="Video"></a>\n'
        f'<div class="small mt-1"><a href="/video/{VIDEO["slug"]}">{esc(VIDEO["title"])}</a></div>\n'
        "</div>\n</div>"
    )
    modal = (
        '<div class="modal fade" id="nd-popup-thongbao" tabindex="-1" aria-hidden="true">'
        '<div class="modal-dialog modal-dialog-centered"><div class="modal-content">\n'
        '<div class="modal-header"><h5 class="modal-title">THÔNG BÁO</h5><button type="button" '
        'class="btn-close" data-bs-dismiss="modal" aria-label="Đóng"></button></div>\n'
        '<div class="modal-body"><p>Nhà trường thông báo lịch nghỉ Tết Dương lịch năm 2027: học sinh '
        "nghỉ học ngày 01/01/2027 (thứ Sáu) và đi học lại bình thường từ ngày 04/01/2027.</p>"
        "<p>Trân trọng thông báo!</p></div>\n</div></div></div>"
    )
    main = hero + "\n" + latest + "\n" + tb + "\n" + media + "\n" + modal
    page = frame(
        req,
        title="Trang chủ",
        main=main,
        crumbs=[],
        body_class="path-frontpage",
        system_path="node",
        active="/",
        canonical="/",
        description=(
            "Cổng thông tin điện tử Trường THCS Kim Đồng, phường Hội An Tây, thành phố Đà Nẵng: "
            "tin tức, thông báo, văn bản, thư viện ảnh."
        ),
        page_title=False,
    )
    return html(page)


# --- pages that are not articles ---------------------------------------------------------------

DOCS = [
    {
        "nid": 355,
        "slug": "quyet-dinh-ban-hanh-quy-che-chi-tieu-noi-bo-nam-2026",
        "so": "41/QĐ-THCSKĐ",
        "loai": "Quyết định",
        "ngay": "16/10/2026",
        "trich_yeu": "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
        "ky": "Phạm Thị Thu Hà",
        "file": "2026-10/QD-quy-che-chi-tieu-noi-bo-2026.pdf",
    },
    {
        "nid": 350,
        "slug": "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
        "so": "38/KH-THCSKĐ",
        "loai": "Kế hoạch",
        "ngay": "05/09/2026",
        "trich_yeu": "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "ky": "Phạm Thị Thu Hà",
        "file": "2026-09/KH-giao-duc-nha-truong-2026-2027.pdf",
    },
]
DOC_BY_SLUG = {d["slug"]: d for d in DOCS}

ALBUM = {
    "nid": 360,
    "slug": "le-khai-giang-nam-hoc-2026-2027",
    "title": "Lễ khai giảng năm học 2026 - 2027",
    "created": "2026-09-05 10:40",
    "images": [
        (styled("2026-09", f"khai-giang-2026-{n:02}.jpg", "album_800"), cap)
        for n, cap in enumerate(
            [
                "Lễ chào cờ đầu năm học mới",
                "Học sinh khối 6 nhận hoa chào mừng",
                "Cô Hiệu trưởng đánh trống khai giảng",
                "Tiết mục văn nghệ của lớp 8/2",
                "Đại diện Ban đại diện CMHS trao học bổng",
                "Toàn cảnh buổi lễ",
            ],
            start=1,
        )
    ],
}

VIDEO = {
    "nid": 366,
    "slug": "tiet-muc-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "title": "Tiết mục văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "created": "2026-11-21 09:30",
}


def _simple(req: Request, title: str, main: str, system_path: str, canonical: str, active: str,
            crumbs: list[tuple[str, str]], body_class: str) -> Response:
    return html(
        frame(
            req,
            title=title,
            main=main,
            crumbs=crumbs,
            body_class=body_class,
            system_path=system_path,
            active=active,
            canonical=canonical,
        )
    )


def intro_page(req: Request) -> Response:
    main = """<article data-history-node-id="3" class="node node--type-page node--view-mode-full">
<div class="node__content clearfix">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h3>Lịch sử hình thành và phát triển</h3>
<p style="text-align: justify;">Trường THCS Kim Đồng được thành lập năm 1979, tiền thân là Trường Phổ thông cấp II Cẩm Phô. Trải qua hơn 45 năm xây dựng và trưởng thành, nhà trường đã nhiều lần được công nhận là tập thể lao động xuất sắc, được Chủ tịch UBND tỉnh và Bộ trưởng Bộ GD&amp;ĐT tặng Bằng khen.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, nhà trường có 24 lớp với 1.012 học sinh; 58 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
<h3 id="co-cau-to-chuc">Cơ cấu tổ chức</h3>
<table class="table table-bordered"><tbody>
<tr><td>Hiệu trưởng</td><td>Cô Phạm Thị Thu Hà</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Thầy Nguyễn Đình Khoa</td></tr>
<tr><td>Chủ tịch Công đoàn</td><td>Cô Đặng Thị Thanh Tâm</td></tr>
<tr><td>Tổng phụ trách Đội</td><td>Cô Lê Thị Mai</td></tr>
</tbody></table>
<p>Các tổ chuyên môn: Tổ Ngữ văn, Tổ Toán - Tin, Tổ Khoa học tự nhiên, Tổ Khoa học xã hội, Tổ Ngoại ngữ - Nghệ thuật - Thể chất, Tổ Văn phòng.</p>
</div>
</div>
</article>"""
    return _simple(req, "Giới thiệu chung", main, "node/3", "/gioi-thieu", "/gioi-thieu",
                   [("Trang chủ", "/")], "path-node page-node-type-page")


def contact_page(req: Request) -> Response:
    main = """<article data-history-node-id="5" class="node node--type-webform node--view-mode-full">
<div class="row">
<div class="col-md-6">
<p><strong>TRƯỜNG THCS KIM ĐỒNG</strong></p>
<p><i class="bi bi-geo-alt"></i> 56 Lý Thường Kiệt, phường Hội An Tây, thành phố Đà Nẵng</p>
<p><i class="bi bi-telephone"></i> Văn phòng: 0235 3861 234</p>
<p><i class="bi bi-envelope"></i> thcskimdong@danang.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3836.1!2d108.33!3d15.88" width="100%" height="260" style="border:0;" loading="lazy" title="Bản đồ"></iframe>
</div>
<div class="col-md-6">
<form class="webform-submission-form webform-submission-add-form webform-submission-lien-he-form" data-drupal-selector="webform-submission-lien-he-node-5-add-form" action="/lien-he" method="post" id="webform-submission-lien-he-node-5-add-form" accept-charset="UTF-8">
<div class="mb-2"><label for="edit-ho-ten" class="form-label js-form-required form-required">Họ và tên</label><input type="text" id="edit-ho-ten" name="ho_ten" class="form-control form-control-sm" required></div>
<div class="mb-2"><label for="edit-email" class="form-label">Email</label><input type="email" id="edit-email" name="email" class="form-control form-control-sm"></div>
<div class="mb-2"><label for="edit-noi-dung" class="form-label">Nội dung liên hệ</label><textarea id="edit-noi-dung" name="noi_dung" rows="5" class="form-control"></textarea></div>
<input type="hidden" name="form_id" value="webform_submission_lien_he_node_5_add_form">
<button type="submit" name="op" value="Gửi" class="btn btn-primary btn-sm">Gửi liên hệ</button>
</form>
</div>
</div>
</article>"""
    return _simple(req, "Liên hệ", main, "node/5", "/lien-he", "/lien-he", [("Trang chủ", "/")],
                   "path-node page-node-type-webform")


def calendar_page(req: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "7h00: Chào cờ đầu tuần. Sinh hoạt dưới cờ chủ đề “Phòng chống bạo lực học đường”", "14h00: Họp tổ chuyên môn"),
        ("Thứ Ba 01/12", "Dạy học theo TKB", "14h00: Ôn luyện đội tuyển HSG lớp 9"),
        ("Thứ Tư 02/12", "8h00: BGH dự giờ Tổ Toán - Tin", "Hoạt động ngoại khóa khối 6"),
        ("Thứ Năm 03/12", "Dạy học theo TKB", "14h00: Ôn luyện đội tuyển HSG lớp 9"),
        ("Thứ Sáu 04/12", "Dạy học theo TKB", "14h00: Chung kết Rung chuông vàng khối 9"),
        ("Thứ Bảy 05/12", "7h30: Họp Hội đồng sư phạm tháng 12", "Nghỉ"),
    ]
    trs = "\n".join(
        f"<tr><td class=\"fw-semibold\">{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for a, b, c in rows
    )
    main = f"""<article data-history-node-id="340" class="node node--type-lich-cong-tac node--view-mode-full">
<p class="fw-bold text-center">LỊCH CÔNG TÁC TUẦN 14 (Từ ngày 30/11/2026 đến ngày 05/12/2026)</p>
<div class="table-responsive"><table class="table table-bordered table-sm small">
<thead class="table-primary"><tr><th>Thứ/ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr></thead>
<tbody>
{trs}
</tbody></table></div>
<p class="small fst-italic">Lịch có thể thay đổi, cán bộ, giáo viên, nhân viên theo dõi thông báo trên nhóm Zalo của trường.</p>
</article>"""
    return _simple(req, "Lịch công tác", main, "node/340", "/lich-cong-tac", "/gioi-thieu",
                   [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu")], "path-node page-node-type-lich-cong-tac")


def docs_list_page(req: Request) -> Response:
    trs = "\n".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="/van-ban/{d["slug"]}" '
        f'hreflang="vi">{esc(d["trich_yeu"])}</a></td><td>{esc(d["loai"])}</td></tr>'
        for d in DOCS
    )
    main = f"""<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1">
<div class="view-content table-responsive">
<table class="table table-hover table-striped table-sm small cols-4">
<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Loại văn bản</th></tr></thead>
<tbody>
{trs}
</tbody></table>
</div></div></div>"""
    return _simple(req, "Văn bản", main, "van-ban", "/van-ban", "/van-ban", [("Trang chủ", "/")],
                   "path-van-ban")


def doc_page(req: Request, d: dict) -> Response:
    main = f"""<article data-history-node-id="{d["nid"]}" class="node node--type-van-ban node--view-mode-full">
<table class="table table-bordered table-sm nd-vb-chitiet">
<tbody>
<tr><th style="width:30%">Số ký hiệu</th><td><div class="field field--name-field-so-ky-hieu field__item">{esc(d["so"])}</div></td></tr>
<tr><th>Loại văn bản</th><td>{esc(d["loai"])}</td></tr>
<tr><th>Ngày ban hành</th><td><time datetime="{d["ngay"][6:]}-{d["ngay"][3:5]}-{d["ngay"][:2]}T12:00:00Z">{d["ngay"]}</time></td></tr>
<tr><th>Cơ quan ban hành</th><td>Trường THCS Kim Đồng</td></tr>
<tr><th>Người ký</th><td>{esc(d["ky"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(d["trich_yeu"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><span class="file file--mime-application-pdf file--application-pdf"><a href="{FILES}/{d["file"]}" type="application/pdf">{esc(d["file"].rsplit("/", 1)[1])}</a></span></td></tr>
</tbody></table>
</article>"""
    return _simple(req, d["trich_yeu"], main, f"node/{d['nid']}", f"/van-ban/{d['slug']}",
                   "/van-ban", [("Trang chủ", "/"), ("Văn bản", "/van-ban")],
                   "path-node page-node-type-van-ban")


def albums_page(req: Request) -> Response:
    main = f"""<div class="views-element-container"><div class="view view-thu-vien-anh view-id-thu_vien_anh view-display-id-page_1">
<div class="view-content row row-cols-1 row-cols-md-2 g-3">
<div class="col"><div class="card h-100"><a href="/thu-vien-anh/{ALBUM["slug"]}"><img src="{esc(ALBUM["images"][0][0])}" class="card-img-top" alt="" width="800" height="533"></a>
<div class="card-body p-2"><h3 class="h6"><a href="/thu-vien-anh/{ALBUM["slug"]}" hreflang="vi">{esc(ALBUM["title"])}</a></h3><span class="small text-body-secondary">{dmy(ALBUM["created"])} - {len(ALBUM["images"])} ảnh</span></div></div></div>
</div></div></div>"""
    return _simple(req, "Thư viện ảnh", main, "thu-vien-anh", "/thu-vien-anh", "/thu-vien-anh",
                   [("Trang chủ", "/")], "path-thu-vien-anh")


def album_page(req: Request) -> Response:
    figs = "\n".join(
        f'<div class="col"><a href="{esc(src)}" class="colorbox" data-colorbox-gallery="gallery-album-360" '
        f'title="{esc(cap)}"><img src="{esc(src)}" width="800" height="533" alt="{esc(cap)}" class="img-fluid rounded" loading="lazy"></a>'
        f'<div class="small text-center">{esc(cap)}</div></div>'
        for src, cap in ALBUM["images"]
    )
    main = f"""<article data-history-node-id="360" class="node node--type-album-anh node--view-mode-full">
<div class="small text-body-secondary mb-2"><i class="bi bi-calendar3"></i> <time datetime="{utc_attr(ALBUM["created"])}">{medium(ALBUM["created"])}</time></div>
<div class="field field--name-field-mo-ta mb-2">Một số hình ảnh Lễ khai giảng năm học 2026 - 2027 của Trường THCS Kim Đồng.</div>
<div class="row row-cols-2 row-cols-md-3 g-2 field--name-field-bo-anh">
{figs}
</div>
</article>"""
    return _simple(req, ALBUM["title"], main, "node/360", f"/thu-vien-anh/{ALBUM['slug']}",
                   "/thu-vien-anh", [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh")],
                   "path-node page-node-type-album-anh")


def videos_page(req: Request) -> Response:
    main = f"""<div class="views-element-container"><div class="view view-video view-id-video view-display-id-page_1">
<div class="view-content"><div class="views-row d-flex gap-2"><img src="{FILES}/styles/thumbnail/public/video/van-nghe-2011-poster.jpg?itok=p0Ster9Q" width="100" height="56" alt="">
<div><a href="/video/{VIDEO["slug"]}" hreflang="vi">{esc(VIDEO["title"])}</a><div class="small text-body-secondary">{dmy(VIDEO["created"])}</div></div></div></div>
</div></div>"""
    return _simple(req, "Video", main, "video", "/video", "/thu-vien-anh", [("Trang chủ", "/")],
                   "path-video")


def video_page(req: Request) -> Response:
    main = f"""<article data-history-node-id="366" class="node node--type-video node--view-mode-full">
<div class="small text-body-secondary mb-2"><i class="bi bi-calendar3"></i> <time datetime="{utc_attr(VIDEO["created"])}">{medium(VIDEO["created"])}</time></div>
<div class="field field--name-field-media-oembed-video ratio ratio-16x9 mb-3"><iframe src="https://www.youtube.com/embed/4kD9sTq0XyE" title="{esc(VIDEO["title"])}" allowfullscreen loading="lazy"></iframe></div>
<div class="clearfix text-formatted field field--name-body field__item"><p>Tiết mục múa “Bụi phấn” do tập thể lớp 8/2 biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p></div>
</article>"""
    return _simple(req, VIDEO["title"], main, "node/366", f"/video/{VIDEO['slug']}", "/thu-vien-anh",
                   [("Trang chủ", "/"), ("Video", "/video")], "path-node page-node-type-video")


def search_page(req: Request) -> Response:
    keys = req.params.get("keys", "").strip()
    results = ""
    if keys:
        low = keys.lower()
        hits = [
            s for s in STORIES
            if low in s.title.lower() or any(low in p.lower() for p in s.paragraphs)
        ][:10]
        if hits:
            results = '<ol class="search-results node_search-results list-unstyled">\n' + "\n".join(
                f'<li class="mb-3"><h3 class="search-result__title h6"><a href="{alias(s)}">{esc(s.title)}</a></h3>'
                f'<div class="search-result__snippet-info small"><p class="search-result__snippet">{esc(trimmed(s, 120))}</p>'
                f'<p class="search-result__info text-body-secondary">{s.opts["account"]} - {medium(s.opts["created"])}</p></div></li>'
                for s in hits
            ) + "\n</ol>"
        else:
            results = "<h3>Không tìm thấy kết quả nào.</h3>"
    main = f"""<form action="/search/node" method="get" class="search-form d-flex gap-2 mb-3" accept-charset="UTF-8">
<input type="search" name="keys" value="{esc(keys)}" class="form-control form-control-sm" size="30" maxlength="255">
<button type="submit" class="btn btn-sm btn-primary">Tìm kiếm</button>
</form>
<h2 class="h6">Kết quả tìm kiếm</h2>
{results}"""
    return _simple(req, "Tìm kiếm", main, "search/node", "/search/node", "", [("Trang chủ", "/")],
                   "path-search")


def login_page(req: Request) -> Response:
    main = """<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">
<div class="mb-2"><label for="edit-name" class="form-label">Tên đăng nhập</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus type="text" id="edit-name" name="name" size="60" maxlength="60" class="form-control" required></div>
<div class="mb-2"><label for="edit-pass" class="form-label">Mật khẩu</label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-control" required></div>
<input type="hidden" name="form_id" value="user_login_form">
<button type="submit" name="op" value="Đăng nhập" class="btn btn-primary">Đăng nhập</button>
</form>"""
    return _simple(req, "Đăng nhập", main, "user/login", "/user/login", "", [("Trang chủ", "/")],
                   "path-user")


def rss(req: Request) -> Response:
    base = base_url(req)
    items = []
    for s in STORIES[:10]:
        items.append(
            f"<item>\n<title>{esc(s.title)}</title>\n<link>{base}{alias(s)}</link>\n"
            f"<description>{esc('<p>' + esc(trimmed(s)) + '</p>')}</description>\n"
            f"<pubDate>{rfc822(s.opts['created'])}</pubDate>\n"
            f"<dc:creator>{s.opts['account']}</dc:creator>\n"
            f'<guid isPermaLink="false">{s.id} at {base}</guid>\n</item>'
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + base + '" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        "<channel>\n<title>Trường THCS Kim Đồng</title>\n"
        f"<link>{base}/</link>\n<description></description>\n<language>vi</language>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the site ------------------------------------------------------------------------------------

COMMENT_NODE = {c[0]: s for s in STORIES for c in s.opts.get("comments", [])}
TERM_BY_PATH = {path: key for key, (tid, path, name) in CATS.items()}
TERM_BY_TID = {tid: key for key, (tid, path, name) in CATS.items()}
TAG_BY_TID = {tid: tag for tag, tid in TAGS.items()}


class DrupalSchoolSite:
    """Drupal 10 routing: aliases first, then the system paths (node/N, taxonomy/term/N, comment/N)."""

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path.startswith(FILES + "/") and path.endswith((".pdf", ".xlsx")):
            ctype = "application/pdf" if path.endswith(".pdf") else "application/octet-stream"
            return Response(200, PDF, {"Content-Type": ctype})
        if path.startswith(("/sites/", "/themes/", "/core/")):
            return static_file(path)
        if req.method == "POST" and path.startswith(("/comment/reply/", "/user/login")):
            return Response(403, "<h1>Truy cập bị từ chối</h1>", {"Content-Type": "text/html; charset=utf-8"})
        if path == "/":
            return home_page(req)
        if path == "/tin-tuc":
            return news_page(req)
        if path in TERM_BY_PATH:
            return term_page(req, TERM_BY_PATH[path])
        m = re.fullmatch(r"/tin-tuc/([a-z0-9-]+)", path)
        if m and m.group(1) in BY_SLUG:
            s = BY_SLUG[m.group(1)]
            return article_page(req, s, f"node/{s.id}")
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m.group(1))
            if nid in BY_NID:
                return article_page(req, BY_NID[nid], f"node/{nid}")
            other = {
                3: intro_page,
                5: contact_page,
                340: calendar_page,
                360: album_page,
                366: video_page,
            }.get(nid)
            if other:
                return other(req)
            for d in DOCS:
                if d["nid"] == nid:
                    return doc_page(req, d)
            return None
        m = re.fullmatch(r"/comment/(\d+)", path)
        if m and int(m.group(1)) in COMMENT_NODE:
            s = COMMENT_NODE[int(m.group(1))]
            return article_page(req, s, f"comment/{m.group(1)}")
        m = re.fullmatch(r"/taxonomy/term/(\d+)", path)
        if m:
            tid = int(m.group(1))
            if tid in TERM_BY_TID:
                return term_page(req, TERM_BY_TID[tid])
            if tid in TAG_BY_TID:
                return tag_page(req, TAG_BY_TID[tid])
            return None
        fixed = {
            "/gioi-thieu": intro_page,
            "/lien-he": contact_page,
            "/lich-cong-tac": calendar_page,
            "/van-ban": docs_list_page,
            "/thu-vien-anh": albums_page,
            f"/thu-vien-anh/{ALBUM['slug']}": album_page,
            "/video": videos_page,
            f"/video/{VIDEO['slug']}": video_page,
            "/search/node": search_page,
            "/user/login": login_page,
            "/rss.xml": rss,
        }
        if path in fixed:
            return fixed[path](req)
        m = re.fullmatch(r"/van-ban/([a-z0-9-]+)", path)
        if m and m.group(1) in DOC_BY_SLUG:
            return doc_page(req, DOC_BY_SLUG[m.group(1)])
        return None


def build_site() -> DrupalSchoolSite:
    return DrupalSchoolSite()


# --- gold ----------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    """Every other address the platform links to that serves the same node."""
    alts = [f"/node/{s.id}"]
    alts += [f"/comment/{c[0]}" for c in s.opts.get("comments", [])]
    alts += [href for nid, href in HERO if nid == s.id and href.startswith("/tin-tuc/")]
    return alts


GOLD = [
    gold_record(s, alias(s), CATS[s.cat][2], canonical_path=alias(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac",
    f"/van-ban/{DOCS[0]['slug']}",
    f"/van-ban/{DOCS[1]['slug']}",
    f"/thu-vien-anh/{ALBUM['slug']}",
    f"/video/{VIDEO['slug']}",
]
