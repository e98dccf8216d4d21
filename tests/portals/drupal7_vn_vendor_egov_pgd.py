"""Phòng GD&ĐT thị xã Quảng Yên (Quảng Ninh): Drupal 7 + a local vendor's e-government distribution.

Platform: Drupal 7 with a provincial vendor's e-government distribution ("QNSoft eGov", theme
``egov_xanh``): Panels (front page and the node view variant "Chi tiết tin"), Views lists with
Drupal's full pager and a views "mini" pager on blocks, pathauto aliases, RDF module markup, the
print module (print + print_mail), lazyloader, nice_menus, poll, statistics, addthis. Content type
"Tin tức" (``node-type-tin-tuc``) with the fields ``field-name-field-ngay-dang`` (Date module),
``field-name-field-tom-tat`` (sapo), ``field-name-body``, ``field-name-field-tac-gia``,
``field-name-field-nguon-tin``, ``field-name-field-file-dinh-kem`` and the term reference
``field-name-field-chuyen-muc``; the featured image ``field_anh_dai_dien`` is only shown as
image-style thumbnails in lists, the slideshow and og:image.

Institution: Phòng Giáo dục và Đào tạo thị xã Quảng Yên, tỉnh Quảng Ninh.

URL scheme
- ``/`` front page = Panels page whose internal path is ``/trang-chu`` (served there too).
- ``/tin-tuc`` and ``/tin-tuc?page=<n>`` (zero-based): Views page of every "Tin tức" node, 5 per
  page, exposed GET filter (``title``, ``tid``) whose values the pager keeps in its links.
- ``/chuyen-muc/<slug>`` (alias) and ``/taxonomy/term/<tid>`` (2 tin-tuc-su-kien, 3
  hoat-dong-chuyen-mon, 4 thong-bao): term pages, 5 per page, pager links on the alias;
  ``/taxonomy/term/<tid>/feed`` and ``/rss.xml`` are RSS.
- articles ``/tin-tuc/<slug>`` (pathauto), the same node at ``/node/<nid>``, ``/print/<nid>``
  (print module), ``/printmail/<nid>`` (the e-mail form); the related block's pager adds
  ``/tin-tuc/<slug>?page=1`` (``?page=2``).
- not articles: ``/gioi-thieu/...`` (pages), ``/lien-he`` (webform), ``/van-ban`` and
  ``/van-ban/<slug>`` (document nodes), ``/thu-vien-anh`` and ``/thu-vien-anh/<slug>`` (album).
- files under ``/sites/default/files/…`` (images, image-style derivatives ``?itok=``, PDF, DOCX).

Page templates: page.tpl.php of egov_xanh (top bar with the day "Thứ Bảy, 05/12/2026", logo, site
name as ``<h1 id="site-name">`` on the front and ``<strong>`` elsewhere, search block, nice_menus
drop-downs, breadcrumb "Trang chủ » Tin tức » <term>" with its invisible "Bạn đang ở đây",
``<h1 class="title" id="page-title">``, sidebar with "Văn bản mới", "Tin đọc nhiều" (statistics),
"Liên kết website" select, a poll form, "Thống kê truy cập" (Đang online / Hôm nay / Tổng truy
cập), footer with address, phone, e-mail and a "Ghi rõ nguồn …" notice). The node view: hidden RDF
spans, "Ngày đăng:" field + "Lượt xem", the sapo field, the body, "Tác giả:", "Nguồn tin:", "File
đính kèm:", "Chuyên mục:", the print/e-mail links, an addthis bar, then the Panels pane "Tin cùng
chuyên mục" (4 rows a page, the first with thumbnail and a trimmed teaser, each with its date in
US order, a mini pager).

How each gold article is reached (order = the "Ngày đăng" field, newest first):
/tin-tuc page 0: 1296, 1281, 1293, 1291, 1288 · page 1 (``?page=1``): 1285, 1278, 1272, 1267,
1204 · page 2: 1203, 1202, 1201. The front page's "Tin mới" block shows the same five a page
through ``/trang-chu?page=0,1`` and ``?page=0,2``; its slideshow links 1293, 1291, 1285, 1272 as
``/node/<nid>``; "Hoạt động chuyên môn" pane: 1293, 1288, 1278; "Thông báo - Văn bản" pane: 1296,
a document, 1281 and "Xem tất cả" → ``/taxonomy/term/4``. Term pages: tin-tuc-su-kien 1291, 1285,
1278, 1272, 1203 | ``?page=1``: 1201; hoat-dong-chuyen-mon 1293, 1288, 1278, 1267, 1204 |
``?page=1``: 1202; thong-bao 1296, 1281. The two oldest (1202, 1201) are on no first page of any
list: only /tin-tuc?page=2, the term pages' ``?page=1``, ``/trang-chu?page=0,2`` and page 2 of
the related block (``/tin-tuc/<slug>?page=1``).

Traps (kinds marked NEW are not in the README's list)
1. NEW, metadata that contradicts the page: the RDF module's hidden ``<span property="dc:date
   dc:created" content="…">`` carries the node's creation time. 1204, 1203, 1202 and 1201 were
   imported from the old site on 30/10/2026 16:41, so their RDF date, list dates, RSS pubDate and
   print "Gửi bởi … vào" line all say 30/10/2026 while the "Ngày đăng" field prints 27/10,
   20/10, 14/10 and 06/10; 1281 was created at 10:15 but dated "30/11/2026 - 00:00". Gold: the
   printed "Ngày đăng" date (a day alone when it prints 00:00).
2. Dates in US order: list rows print Drupal's untouched short format "11/12/2026 - 15:10"
   (12 November, not 11 December), the related rows "(11/25/2026)", the print page "T5,
   11/12/2026 - 15:10". Gold reads the article page's "Thứ Năm, 12/11/2026 - 15:10".
3. Pagination, Drupal's pager array: the front page's "Tin mới" block has pager id 1, so its
   mini pager links ``/trang-chu?page=0,1`` (comma-separated page per pager) on the front page's
   internal path, a second URL of the home page. Gold: none of these is an article; the
   articles on them are the ones listed above.
4. Duplicates from a block's pager: the "Tin cùng chuyên mục" pane pages with ``?page=1`` on the
   article's own URL (``?page=2`` for 1278, which has two terms): the same article with other
   related rows. Plus ``/node/<nid>`` (slideshow links, shortlink) and ``/print/<nid>``. Gold:
   these are ``alt_paths``; ``path``/``canonical_path`` are the alias (``<link rel="canonical">``).
5. NEW, a duplicate whose text differs: ``/print/<nid>`` (robots noindex, rel=nofollow) adds
   " [1]" after each link of the text ("Kế hoạch số 215/KH-PGDĐT [1] ngày…"), a "Liên kết" URL
   list and "URL nguồn: http://…". Gold: the canonical page's text, no "[n]"; "URL nguồn" is no
   source.
6. NEW, a form that quotes the article: ``/printmail/<nid>`` prints the title in a subject field
   and a "Trang cần gửi" link under the heading "Gửi trang này qua email". Not an article, not
   in the gold, not in NON_ARTICLES (there are 13 of them).
7. NEW, text repeated at the head of the body: 1293 and 1272 repeat the headline in capitals as
   the body's first line; 1204 (imported) repeats its "tóm tắt" field as a bold first paragraph.
   Gold: the repeat is not text; body = sapo once, then the rest.
8. NEW, image sources: lazyloader prints ``src="…/image_placeholder.gif"`` with the photo in
   ``data-echo`` and a ``<noscript>`` copy (1293, 1272, 1201); the Insert module writes
   image-style URLs with a token (``/styles/large/public/…jpg?itok=Qm3xT8aL``). Gold: the
   photo's path with its ``?itok=`` query, each photo once; placeholder, file icons, print and
   "new" icons, list thumbnails and og:image are not article images.
9. NEW, one article under two sections: 1278 is filed under "Hoạt động chuyên môn" and "Tin tức
   - Sự kiện" and listed on both term pages; the breadcrumb prints the first term. Gold category:
   "Hoạt động chuyên môn".
10. Bylines as editors typed them in the "Tác giả" field ("ThS. Ngô Thị Bích Ngọc", "Tin, ảnh:
   Đỗ Minh Tuấn", "Tin: Vũ Quang Huy - Ảnh: Trần Bảo Ngọc", "Nguyễn Thị Minh Nguyệt (Chuyên
   viên Phòng GD&ĐT)", "BBT") or right-aligned at the end of the body ("Bộ phận Tiểu học",
   "Đinh Thị Hương – Trường MN Phong Hải", "Bùi Văn Lực (THCS Cẩm La)"); sources in the "Nguồn
   tin" field or a closing "Theo Báo Quảng Ninh"; the footer's "Ghi rõ nguồn …" is chrome.
11. Captions: a two-row table under the photo, an italic centred line after it, one in
   parentheses, a right-aligned "Ảnh: Hoàng Nam" credit, photos with no line.
12. An official notice (1296) in the body: letterhead table dated "ngày 30 tháng 11 năm 2026"
   while "Ngày đăng" says 02/12/2026 08:05; "THÔNG BÁO / Về việc …", then "Nơi nhận" and "KT.
   TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG … Phạm Văn Khiêm"; a PDF in "File đính kèm".
13. Encoding: 1202's body was typed with a decomposed-Unicode keyboard setting (NFD).
14. Text boundaries: Word pastes (``MsoNormal``, ``<o:p>``), a ``<br />`` inside a paragraph
   (1296, 1267), a bullet list (1288), a table of the reception schedule (1281), "Xem thêm:"
   link line (1272), file attachment, "Chuyên mục:" links, print/e-mail links, addthis, and the
   related pane's first row with a trimmed teaser right under the node.

Gold decisions on ambiguous points
- ``published_at``: the "Ngày đăng" field as printed (time kept unless 00:00); for the official
  notice 1296 the letterhead's day "2026-11-30" (the house convention), its signer the author.
- ``summary``: the "tóm tắt" field (its own element above the body) when filled, and it is the
  body's first paragraph; 1203 has no field but a bold lead paragraph, which is its sapo; 1281,
  1202, 1201 have none (null). The "Tóm tắt" teasers on lists are trimmed and ignored.
- ``body`` of 1281: the schedule table rows are paragraphs ("Thời gian | Người tiếp công dân |
  Địa điểm" …). 1296: the sapo field, then the text between the subject line and "Nơi nhận",
  the bold "1. Đối tượng dự thi" lines included as paragraphs.
- ``authors``: degrees ("ThS.") and posts/units in parentheses or after a dash dropped; "Bộ
  phận Tiểu học" signs alone and is the author; "BBT" and the CMS account "pgd_quangyen" are
  nobody. ``photographers``: "Tin, ảnh: X" → X in both; "Ảnh: Hoàng Nam" under a photo.
- ``source``: "Nguồn tin:" field value (1285, 1201), closing "Theo Báo Quảng Ninh" (1203).
  1204's "Theo đánh giá của Phòng GD&ĐT, …" is a sentence of the text.
- ``images``: the body's photos only; the featured image (thumbnails, slideshow, og:image) is
  not printed in the article and is not one of them.
- Not articles and not in NON_ARTICLES: lists (``/tin-tuc``, term pages, ``/van-ban``,
  ``/thu-vien-anh``, the home variants), RSS, ``/printmail/<nid>``.
- Crawl size: 13 articles + 6 non-articles + 15 list and front pages + 4 ``/node`` links + 12
  related-pager variants = 50 pages; the nofollow print and print-mail links add 26.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
from urllib.parse import parse_qsl, urlencode

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

NAME = "drupal7_vn_vendor_egov_pgd"
PLATFORM = "Drupal 7 (QNSoft eGov distribution: Panels, Views, print module)"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo thị xã Quảng Yên"
SHORT = "Phòng GD&ĐT thị xã Quảng Yên"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5  # listings (views page, term pages, the home's "Tin mới" block)
RELATED_PER_PAGE = 4  # "Tin cùng chuyên mục"

#: tid -> (alias slug, name as the breadcrumb and menu print it)
TERMS: dict[int, tuple[str, str]] = {
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    3: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    4: ("thong-bao", "Thông báo"),
}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_LAZY = "/sites/all/modules/lazyloader/image_placeholder.gif"
_F = "/sites/default/files"


# --- the articles ---------------------------------------------------------------------------
# opts: nid, terms (first = breadcrumb's), ngay_dang (the "Ngày đăng" date field, printed),
# created (node created: hidden RDF dc:date, listings, RSS; defaults to ngay_dang),
# tac_gia / nguon_tin (field values as typed), file (attachment), anh (featured image name)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="text-align:center;width:42%"><span style="font-size:13px">UBND THỊ XÃ QUẢNG YÊN</span>'
    "<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 412/TB-PGDĐT</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Quảng Yên, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center">&nbsp;</p>'
    '<p style="text-align:center"><strong><span style="font-size:16px">THÔNG BÁO</span></strong></p>'
    '<p style="text-align:center"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã '
    "năm học 2026-2027</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các trường THCS, TH&amp;THCS (t/h);<br />- Lãnh đạo Phòng;<br />- Lưu: VT, CM.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>KT. TRƯỞNG PHÒNG<br />'
    "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Phạm Văn Khiêm</strong></td></tr></tbody></table>"
)


def _byline(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


def _repeat_title(title: str) -> Raw:
    return Raw(
        '<p style="text-align: center;"><span style="font-size:16px;"><strong>'
        f"{esc(title.upper())}</strong></span></p>"
    )


STORIES: list[Story] = [
    Story(
        id=1296,
        slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thi-xa-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026-2027",
        cat="Thông báo",
        published_at="2026-11-30",
        summary=(
            "Phòng GD&ĐT thị xã Quảng Yên thông báo kế hoạch tổ chức Kỳ thi chọn học sinh giỏi "
            "lớp 9 cấp thị xã năm học 2026-2027 tới các trường THCS, TH&THCS trên địa bàn."
        ),
        sapo_outside=True,
        authors=["Phạm Văn Khiêm"],
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về "
                "thực hiện nhiệm vụ năm học 2026-2027;",
                "a|/van-ban/kh-215-pgddt|Kế hoạch số 215/KH-PGDĐT",
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp "
                "thị xã năm học 2026-2027 như sau:"
            ),
            P("1. Đối tượng dự thi", "b"),
            P(
                "Học sinh lớp 9 đang học tại các trường THCS, TH&THCS trên địa bàn thị xã, có kết "
                "quả học tập và rèn luyện năm học 2025-2026 đạt mức Tốt."
            ),
            P("2. Môn thi và thời gian thi", "b"),
            P(
                "Các môn thi: Ngữ văn, Toán, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý "
                "và Tin học.",
                "br",
            ),
            P(
                "Thời gian thi: ngày 19/12/2026 (thứ Bảy); thí sinh có mặt tại điểm thi lúc 7 giờ "
                "00 phút để làm thủ tục dự thi."
            ),
            P("3. Địa điểm thi", "b"),
            P("Trường THCS Trần Quốc Toản, phường Quảng Yên, thị xã Quảng Yên."),
            P(
                "Các trường lập danh sách học sinh dự thi theo mẫu gửi kèm, nộp về Phòng GD&ĐT "
                "(qua bộ phận chuyên môn THCS) trước ngày 10/12/2026. Đề nghị Hiệu trưởng các nhà "
                "trường triển khai thực hiện nghiêm túc thông báo này./."
            ),
            Raw(_CLOSING),
        ],
        opts={
            "terms": [4],
            "ngay_dang": "2026-12-02 08:05",
            "file": ("van-ban/2026/12/412-tb-pgddt.pdf", "412-TB-PGDĐT.pdf", "184.2 KB"),
            "anh": "thong-bao-hsg-9.jpg",
        },
    ),
    Story(
        id=1293,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-28T14:20:00+07:00",
        summary=(
            "Trong hai ngày 27 và 28/11, Phòng GD&ĐT thị xã Quảng Yên tổ chức lớp tập huấn ứng "
            "dụng trí tuệ nhân tạo (AI) trong thiết kế bài giảng cho hơn 180 giáo viên cốt cán "
            "bậc THCS."
        ),
        sapo_outside=True,
        authors=["Ngô Thị Bích Ngọc"],
        blocks=[
            _repeat_title("Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS"),
            P(
                "Lớp tập huấn được tổ chức tại hội trường Trường THCS Nguyễn Du với sự tham gia "
                "của giáo viên các môn Khoa học tự nhiên, Ngữ văn, Tiếng Anh và Tin học đến từ 19 "
                "trường THCS, TH&THCS trên địa bàn thị xã.",
                "word",
            ),
            Img(
                f"{_F}/styles/large/public/tin-tuc/2026/11/tap-huan-ai-1.jpg?itok=Qm3xT8aL",
                "Báo cáo viên hướng dẫn giáo viên sử dụng công cụ AI để xây dựng kế hoạch bài dạy",
                "Báo cáo viên hướng dẫn giáo viên sử dụng công cụ AI để xây dựng kế hoạch bài dạy",
                "table+lazy",
            ),
            P(
                "Báo cáo viên là các thầy cô giáo thuộc nhóm giáo viên cốt cán của tỉnh đã được Sở "
                "GD&ĐT Quảng Ninh tập huấn. Nội dung tập trung vào cách đặt yêu cầu (prompt) cho "
                "các công cụ AI, khai thác học liệu số, xây dựng câu hỏi kiểm tra đánh giá theo ma "
                "trận và thiết kế phiếu học tập phân hóa theo năng lực học sinh.",
                "word",
            ),
            P(
                "Bên cạnh phần lý thuyết, học viên được chia thành các nhóm môn để thực hành trực "
                "tiếp trên máy tính; mỗi nhóm hoàn thiện một kế hoạch bài dạy có sử dụng AI và "
                "trình bày trước lớp để cùng góp ý.",
                "word",
            ),
            P("Dùng AI có trách nhiệm", "h3"),
            P(
                "Các báo cáo viên lưu ý giáo viên cần kiểm chứng kỹ thông tin do AI cung cấp, không "
                "đưa dữ liệu cá nhân của học sinh lên các nền tảng trực tuyến và luôn giữ vai trò "
                "chủ động của người thầy trong thiết kế hoạt động dạy học.",
                "word",
            ),
            P(
                "Phát biểu bế mạc lớp tập huấn, bà Lê Thị Thu Hằng, Phó Trưởng phòng GD&ĐT thị xã "
                "đề nghị mỗi giáo viên cốt cán sau tập huấn triển khai lại cho tổ chuyên môn tại "
                "đơn vị mình trước ngày 20/12/2026.",
                "word",
            ),
        ],
        opts={
            "terms": [3],
            "ngay_dang": "2026-11-28 14:20",
            "tac_gia": "ThS. Ngô Thị Bích Ngọc",
            "anh": "tap-huan-ai.jpg",
        },
    ),
    Story(
        id=1291,
        slug="trao-120-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-25T09:30:00+07:00",
        summary=(
            "Sáng 24/11, Phòng GD&ĐT thị xã Quảng Yên phối hợp với Hội Khuyến học thị xã trao "
            "120 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn "
            "lên trong học tập."
        ),
        sapo_outside=True,
        authors=["Đỗ Minh Tuấn"],
        photographers=["Đỗ Minh Tuấn"],
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo một bộ sách giáo khoa và đồ dùng "
                "học tập. Tổng giá trị học bổng đợt này là 240 triệu đồng, do các doanh nghiệp, "
                "nhà hảo tâm và cựu học sinh trên địa bàn đóng góp."
            ),
            Img(
                f"{_F}/tin-tuc/2026/11/trao-hoc-bong-1.jpg",
                "Lãnh đạo thị xã trao học bổng cho các em học sinh",
                "Lãnh đạo thị xã trao học bổng cho các em học sinh",
                "next",
            ),
            P(
                "Các em nhận học bổng đợt này là học sinh thuộc hộ nghèo, hộ cận nghèo, học sinh "
                "mồ côi hoặc có bố mẹ mắc bệnh hiểm nghèo, phần lớn đang theo học tại các trường ở "
                "khu vực đảo Hà Nam và các xã vùng bãi triều."
            ),
            P(
                "Phát biểu tại buổi lễ, ông Phạm Văn Khiêm, Phó Trưởng phòng GD&ĐT thị xã cảm ơn "
                "sự đồng hành của các nhà tài trợ và mong các em tiếp tục nỗ lực học tập, rèn luyện "
                "để không phụ lòng gia đình, thầy cô."
            ),
            P(
                "Thay mặt các học sinh nhận học bổng, em Nguyễn Thị Khánh Linh, học sinh lớp 8A "
                "Trường THCS Hoàng Tân bày tỏ sự xúc động và hứa sẽ cố gắng đạt kết quả cao trong "
                "năm học."
            ),
            Img(
                f"{_F}/tin-tuc/2026/11/trao-hoc-bong-2.jpg",
                "Các đại biểu chụp ảnh lưu niệm cùng học sinh nhận học bổng",
                "Các đại biểu chụp ảnh lưu niệm cùng học sinh nhận học bổng",
                "next",
            ),
        ],
        opts={
            "terms": [2],
            "ngay_dang": "2026-11-25 09:30",
            "tac_gia": "Tin, ảnh: Đỗ Minh Tuấn",
            "anh": "trao-hoc-bong.jpg",
        },
    ),
    Story(
        id=1288,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-lop-3",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh lớp 3",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-21T10:45:00+07:00",
        summary=(
            "Nhằm tháo gỡ khó khăn trong dạy học Tiếng Anh ở lớp đầu cấp, ngày 20/11, Phòng "
            "GD&ĐT tổ chức hội thảo chuyên đề tại Trường Tiểu học Cộng Hòa với sự tham gia của "
            "45 giáo viên Tiếng Anh bậc tiểu học."
        ),
        sapo_outside=True,
        authors=["Bộ phận Tiểu học"],
        blocks=[
            P(
                "Hội thảo đã nghe 5 tham luận của các trường về kinh nghiệm tổ chức trò chơi, bài "
                "hát, hoạt động nhóm và sử dụng thiết bị dạy học thông minh trong tiết Tiếng Anh "
                "lớp 3.",
                "word",
            ),
            P("Các ý kiến thảo luận tập trung vào ba nội dung chính:", "word"),
            P("Rèn kỹ năng nghe, nói thông qua các tình huống giao tiếp gần gũi với học sinh;", "li"),
            P(
                "Phối hợp với cha mẹ học sinh trong việc tạo môi trường sử dụng tiếng Anh tại nhà;",
                "li",
            ),
            P("Đánh giá thường xuyên bằng nhận xét, động viên sự tiến bộ của từng em.", "li"),
            P(
                "Sau phần thảo luận, các đại biểu dự giờ tiết dạy minh họa Unit 7 của cô giáo Vũ "
                "Thị Hồng Nhung, giáo viên Trường Tiểu học Cộng Hòa. Tiết dạy được đánh giá cao về "
                "sự linh hoạt trong tổ chức hoạt động và sự hứng thú của học sinh.",
                "word",
            ),
            Img(f"{_F}/resize/tin-tuc/2026/11/hoi-thao-tieng-anh-800x533.jpg", None, None, "none"),
            P(
                "Kết thúc hội thảo, Phòng GD&ĐT đề nghị các trường tiếp tục nhân rộng những cách "
                "làm hiệu quả, đồng thời chủ động đề xuất nhu cầu bồi dưỡng giáo viên cho học kỳ II.",
                "word",
            ),
            _byline("<strong>Bộ phận Tiểu học</strong>"),
        ],
        opts={"terms": [3], "ngay_dang": "2026-11-21 10:45", "anh": "hoi-thao-tieng-anh.jpg"},
    ),
    Story(
        id=1285,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-19T16:30:00+07:00",
        summary=(
            "Chiều 19/11, Phòng GD&ĐT thị xã Quảng Yên tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026), biểu dương các nhà giáo tiêu biểu của ngành."
        ),
        sapo_outside=True,
        authors=["Phạm Thu Trang"],
        photographers=["Hoàng Nam"],
        source="Trung tâm Truyền thông và Văn hóa thị xã Quảng Yên",
        blocks=[
            P(
                "Dự buổi gặp mặt có đại diện lãnh đạo Thị ủy, HĐND, UBND thị xã, các nhà giáo lão "
                "thành và hơn 150 cán bộ quản lý, giáo viên đại diện cho các nhà trường trên địa bàn."
            ),
            P(
                "Năm học 2025-2026, ngành giáo dục thị xã có 23 học sinh đạt giải cấp tỉnh, tỷ lệ "
                "học sinh tốt nghiệp THCS đạt 99,8%; thêm 4 trường được công nhận đạt chuẩn quốc "
                "gia, nâng tổng số trường chuẩn lên 52/61 trường."
            ),
            Img(f"{_F}/tin-tuc/2026/11/gap-mat-20-11.jpg", "Ảnh: Hoàng Nam", None, "credit"),
            P(
                "Dịp này, UBND thị xã khen thưởng 35 tập thể và 86 cá nhân có thành tích xuất sắc "
                "trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Phó Chủ tịch UBND thị xã ghi nhận những nỗ "
                "lực của đội ngũ nhà giáo và đề nghị ngành tiếp tục quan tâm xây dựng đội ngũ, đẩy "
                "mạnh chuyển đổi số, nâng cao chất lượng giáo dục mũi nhọn."
            ),
        ],
        opts={
            "terms": [2],
            "ngay_dang": "2026-11-19 16:30",
            "tac_gia": "Phạm Thu Trang",
            "nguon_tin": "Trung tâm Truyền thông và Văn hóa thị xã Quảng Yên",
            "anh": "gap-mat-20-11.jpg",
        },
    ),
    Story(
        id=1281,
        slug="lich-tiep-cong-dan-thang-12-nam-2026-cua-phong-giao-duc-va-dao-tao",
        title="Lịch tiếp công dân tháng 12 năm 2026 của Phòng Giáo dục và Đào tạo",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo thị xã Quảng Yên thông báo lịch tiếp công dân định kỳ "
                "trong tháng 12 năm 2026 như sau:"
            ),
            P("Thời gian | Người tiếp công dân | Địa điểm", "td"),
            P(
                "Thứ Ba, 08/12/2026 | Bà Hoàng Thị Thanh Tâm - Trưởng phòng | Phòng tiếp công dân, "
                "trụ sở Phòng GD&ĐT",
                "td",
            ),
            P(
                "Thứ Ba, 22/12/2026 | Ông Phạm Văn Khiêm - Phó Trưởng phòng | Phòng tiếp công dân, "
                "trụ sở Phòng GD&ĐT",
                "td",
            ),
            P(
                "Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ 00, buổi chiều từ 13 giờ 30 đến "
                "16 giờ 30."
            ),
            P(
                "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội "
                "dung kiến nghị, phản ánh (nếu có)."
            ),
        ],
        opts={
            "terms": [4],
            "ngay_dang": "2026-11-30 00:00",
            "created": "2026-11-30 10:15",
            "file": (
                "thong-bao/2026/11/lich-tiep-cong-dan-t12-2026.docx",
                "lich-tiep-cong-dan-t12-2026.docx",
                "21.6 KB",
            ),
            "anh": "lich-tiep-cong-dan.jpg",
        },
    ),
    Story(
        id=1278,
        slug="hoi-thi-giao-vien-day-gioi-cap-thi-xa-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học năm học 2026-2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-12T15:10:00+07:00",
        summary=(
            "Từ ngày 9 đến 12/11, 64 giáo viên đến từ 21 trường tiểu học trên địa bàn thị xã tham "
            "gia Hội thi giáo viên dạy giỏi cấp thị xã năm học 2026-2027."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Minh Nguyệt"],
        blocks=[
            P(
                "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
                "hành dạy hai tiết trên lớp, trong đó một tiết do giáo viên tự chọn và một tiết bốc "
                "thăm trước 3 ngày."
            ),
            P(
                "Ban Giám khảo gồm các chuyên viên Phòng GD&ĐT, cán bộ quản lý và giáo viên cốt cán "
                "có nhiều kinh nghiệm. Các tiết dạy được đánh giá theo hướng dẫn của Bộ GD&ĐT, chú "
                "trọng vào hoạt động của học sinh và khả năng tổ chức dạy học phát triển phẩm chất, "
                "năng lực."
            ),
            Img(
                f"{_F}/styles/large/public/tin-tuc/2026/11/gvdg-tieu-hoc.jpg?itok=8vKpL2mW",
                "(Một tiết dạy môn Tự nhiên và Xã hội tại Hội thi)",
                "Một tiết dạy môn Tự nhiên và Xã hội tại Hội thi",
                "table",
            ),
            P(
                "Kết quả, 52 giáo viên được công nhận giáo viên dạy giỏi cấp thị xã, trong đó 12 "
                "thầy cô có tiết dạy xếp loại xuất sắc sẽ được lựa chọn bồi dưỡng tham gia Hội thi "
                "cấp tỉnh."
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời góp phần khẳng "
                "định vai trò nòng cốt của đội ngũ trong thực hiện Chương trình giáo dục phổ thông "
                "2018."
            ),
        ],
        opts={
            "terms": [3, 2],
            "ngay_dang": "2026-11-12 15:10",
            "tac_gia": "Nguyễn Thị Minh Nguyệt (Chuyên viên Phòng GD&ĐT)",
            "anh": "gvdg-tieu-hoc.jpg",
        },
    ),
    Story(
        id=1272,
        slug="hoi-khoe-phu-dong-thi-xa-quang-yen-lan-thu-xi-nam-2026-thanh-cong-tot-dep",
        title="Hội khỏe Phù Đổng thị xã Quảng Yên lần thứ XI năm 2026 thành công tốt đẹp",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-08T17:05:00+07:00",
        summary=(
            "Sau 5 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng thị xã Quảng Yên lần thứ XI năm 2026 "
            "đã bế mạc chiều 7/11 tại Nhà thi đấu thể thao thị xã."
        ),
        sapo_outside=True,
        authors=["Vũ Quang Huy"],
        photographers=["Trần Bảo Ngọc"],
        blocks=[
            _repeat_title(
                "Hội khỏe Phù Đổng thị xã Quảng Yên lần thứ XI năm 2026 thành công tốt đẹp"
            ),
            P(
                "Hội khỏe năm nay thu hút hơn 1.200 vận động viên là học sinh đến từ 61 trường học, "
                "tranh tài ở 9 môn: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá cầu, kéo co, võ "
                "cổ truyền và bóng đá."
            ),
            Img(
                f"{_F}/tin-tuc/2026/11/hkpd-khai-mac.jpg",
                "Màn đồng diễn thể dục tại lễ khai mạc",
                "Màn đồng diễn thể dục tại lễ khai mạc",
                "table+lazy",
            ),
            P(
                "Các môn thi đấu diễn ra sôi nổi, kịch tính, thể hiện tinh thần “Trung thực - Đoàn "
                "kết - Cao thượng”. Nhiều vận động viên đạt thành tích cao ở các nội dung điền kinh "
                "và bơi lội."
            ),
            Img(
                f"{_F}/tin-tuc/2026/11/hkpd-keo-co.jpg",
                "Nội dung kéo co khối THCS",
                "Nội dung kéo co khối THCS",
                "table+lazy",
            ),
            P(
                "Kết quả chung cuộc, Trường THCS Trần Quốc Toản xếp thứ nhất toàn đoàn khối THCS; "
                "Trường Tiểu học Quảng Yên xếp thứ nhất toàn đoàn khối Tiểu học."
            ),
            P(
                "Ban Tổ chức đã trao 186 huy chương vàng, 201 huy chương bạc và 247 huy chương đồng "
                "cho các vận động viên. Qua hội khỏe, Phòng GD&ĐT sẽ lựa chọn những em có thành "
                "tích xuất sắc để bồi dưỡng, tham dự Hội khỏe Phù Đổng tỉnh Quảng Ninh năm 2027."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/thu-vien-anh/hoi-khoe-phu-dong-2026">Hình ảnh Hội '
                "khỏe Phù Đổng thị xã Quảng Yên năm 2026</a></em></p>"
            ),
        ],
        opts={
            "terms": [2],
            "ngay_dang": "2026-11-08 17:05",
            "tac_gia": "Tin: Vũ Quang Huy - Ảnh: Trần Bảo Ngọc",
            "anh": "hkpd-2026.jpg",
        },
    ),
    Story(
        id=1267,
        slug="kiem-tra-chuyen-de-cong-tac-nuoi-duong-cham-soc-tre-tai-truong-mam-non-phong-hai",
        title="Kiểm tra chuyên đề công tác nuôi dưỡng, chăm sóc trẻ tại Trường Mầm non Phong Hải",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-03T08:30:00+07:00",
        summary=(
            "Ngày 2/11, đoàn kiểm tra của Phòng GD&ĐT thị xã đã kiểm tra chuyên đề công tác nuôi "
            "dưỡng, chăm sóc, bảo vệ sức khỏe trẻ tại Trường Mầm non Phong Hải."
        ),
        sapo_outside=True,
        authors=["Đinh Thị Hương"],
        blocks=[
            P(
                "Đoàn kiểm tra đã làm việc với Ban giám hiệu nhà trường, kiểm tra hồ sơ quản lý bán "
                "trú, sổ tính khẩu phần ăn, hợp đồng cung ứng thực phẩm và quy trình giao nhận thực "
                "phẩm hằng ngày.",
                "br",
            ),
            P(
                "Đoàn cũng trực tiếp kiểm tra bếp ăn, kho thực phẩm, việc lưu mẫu thức ăn và dự giờ "
                "tổ chức bữa ăn, giấc ngủ của trẻ tại các nhóm, lớp."
            ),
            P(
                "Qua kiểm tra, nhà trường thực hiện tốt quy trình bếp một chiều, thực đơn được xây "
                "dựng theo mùa, đảm bảo cân đối dinh dưỡng; 100% trẻ được theo dõi sức khỏe bằng "
                "biểu đồ tăng trưởng."
            ),
            Img(
                f"{_F}/tin-tuc/2026/11/kiem-tra-mn-phong-hai.jpg",
                "Đoàn kiểm tra bếp ăn bán trú của nhà trường",
                "Đoàn kiểm tra bếp ăn bán trú của nhà trường",
                "next",
            ),
            P(
                "Bên cạnh những kết quả đạt được, đoàn kiểm tra đề nghị nhà trường bổ sung hồ sơ "
                "kiểm thực ba bước, tăng cường tuyên truyền phòng chống suy dinh dưỡng và béo phì "
                "tới cha mẹ trẻ."
            ),
            _byline("<strong>Đinh Thị Hương – Trường MN Phong Hải</strong>"),
        ],
        opts={"terms": [3], "ngay_dang": "2026-11-03 08:30", "anh": "mn-phong-hai.jpg"},
    ),
    Story(
        id=1204,
        slug="chuyen-de-doi-moi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-truong-thcs-cam-la",
        title="Chuyên đề “Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” tại Trường THCS Cẩm La",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-27",
        summary=(
            "Ngày 26/10, Trường THCS Cẩm La tổ chức chuyên đề cấp thị xã “Đổi mới sinh hoạt chuyên "
            "môn theo nghiên cứu bài học” môn Ngữ văn với sự tham dự của giáo viên các trường THCS "
            "cụm phía Tây."
        ),
        sapo_outside=True,
        authors=["Bùi Văn Lực"],
        blocks=[
            Raw(
                "<p><strong>Ngày 26/10, Trường THCS Cẩm La tổ chức chuyên đề cấp thị xã “Đổi mới "
                "sinh hoạt chuyên môn theo nghiên cứu bài học” môn Ngữ văn với sự tham dự của giáo "
                "viên các trường THCS cụm phía Tây.</strong></p>"
            ),
            P(
                "Tại chuyên đề, các đại biểu dự giờ tiết dạy bài “Lặng lẽ Sa Pa” của cô giáo Trần "
                "Thị Mai Anh. Thay vì tập trung đánh giá giáo viên, người dự giờ quan sát việc học "
                "của từng nhóm học sinh, ghi chép những biểu hiện cụ thể khi các em tiếp nhận nhiệm "
                "vụ."
            ),
            Img(
                f"{_F}/old/2026/10/chuyen-de-cam-la.jpg",
                "Tiết dạy minh họa tại chuyên đề",
                "Tiết dạy minh họa tại chuyên đề",
                "next",
            ),
            P(
                "Trong phần thảo luận, giáo viên dự giờ chia sẻ những điều học được từ tiết dạy, chỉ "
                "ra nguyên nhân khiến một số học sinh chưa tham gia tích cực và đề xuất cách điều "
                "chỉnh hoạt động cho phù hợp hơn."
            ),
            P(
                "Theo đánh giá của Phòng GD&ĐT, sau ba năm triển khai, sinh hoạt chuyên môn theo "
                "nghiên cứu bài học đã giúp không khí các buổi sinh hoạt tổ trở nên cởi mở, giáo "
                "viên mạnh dạn chia sẻ và cùng nhau tìm giải pháp nâng cao chất lượng dạy học."
            ),
            _byline("<em>Bùi Văn Lực (THCS Cẩm La)</em>"),
        ],
        opts={
            "terms": [3],
            "ngay_dang": "2026-10-27 00:00",
            "created": "2026-10-30 16:41:11",
            "anh": "chuyen-de-cam-la.jpg",
        },
    ),
    Story(
        id=1203,
        slug="khai-mac-ngay-hoi-doc-sach-sach-canh-cua-tri-thuc-tai-truong-tieu-hoc-nam-hoa",
        title="Khai mạc Ngày hội đọc sách “Sách - Cánh cửa tri thức” tại Trường Tiểu học Nam Hòa",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-20",
        summary=(
            "Sáng 19/10, Trường Tiểu học Nam Hòa long trọng khai mạc Ngày hội đọc sách với chủ đề "
            "“Sách - Cánh cửa tri thức”, thu hút sự tham gia của hơn 600 học sinh."
        ),
        source="Báo Quảng Ninh",
        blocks=[
            P(
                "Sáng 19/10, Trường Tiểu học Nam Hòa long trọng khai mạc Ngày hội đọc sách với chủ "
                "đề “Sách - Cánh cửa tri thức”, thu hút sự tham gia của hơn 600 học sinh.",
                "b",
            ),
            P(
                "Ngày hội gồm nhiều hoạt động bổ ích như: trưng bày sách theo chủ đề, thi giới thiệu "
                "sách, vẽ tranh theo nội dung câu chuyện em yêu thích và đổi sách cũ lấy sách mới."
            ),
            P(
                "Đặc biệt, mô hình “Thư viện xanh” dưới tán cây bàng của nhà trường với hơn 2.000 "
                "đầu sách do phụ huynh và các nhà hảo tâm ủng hộ đã thu hút đông đảo học sinh tham "
                "gia đọc sách trong giờ ra chơi."
            ),
            Img(f"{_F}/old/2026/10/ngay-hoi-doc-sach.jpg", None, None, "none"),
            P(
                "Thông qua ngày hội, nhà trường mong muốn khơi dậy niềm đam mê đọc sách, hình thành "
                "thói quen đọc và kỹ năng khai thác thông tin cho học sinh ngay từ những năm đầu cấp."
            ),
            _byline("<strong>Theo Báo Quảng Ninh</strong>"),
        ],
        opts={
            "terms": [2],
            "ngay_dang": "2026-10-20 00:00",
            "created": "2026-10-30 16:41:08",
            "anh": "ngay-hoi-doc-sach.jpg",
        },
    ),
    Story(
        id=1202,
        slug="trien-khai-day-hoc-noi-dung-giao-duc-dia-phuong-tinh-quang-ninh-nam-hoc-2026-2027",
        title="Triển khai dạy học nội dung giáo dục địa phương tỉnh Quảng Ninh năm học 2026-2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-14",
        blocks=[
            P(
                "Thực hiện Công văn số 1024/SGDĐT-GDTrH của Sở GD&ĐT Quảng Ninh, Phòng GD&ĐT thị xã "
                "Quảng Yên đã tổ chức hội nghị triển khai dạy học nội dung giáo dục địa phương cho "
                "cán bộ quản lý và giáo viên các trường THCS.",
                "nfd+a|/van-ban/cv-1024-sgddt|Công văn số 1024/SGDĐT-GDTrH",
            ),
            P(
                "Tài liệu giáo dục địa phương tỉnh Quảng Ninh gồm các chủ đề về lịch sử, văn hóa, "
                "địa lý, kinh tế và môi trường của tỉnh, được thiết kế thành các chuyên đề lồng ghép "
                "trong các môn học và hoạt động giáo dục.",
                "nfd",
            ),
            P(
                "Đối với thị xã Quảng Yên, các nhà trường được khuyến khích khai thác những địa chỉ "
                "giáo dục truyền thống gắn với chiến thắng Bạch Đằng như bãi cọc Cao Quỳ, bãi cọc "
                "Đồng Má Ngựa, đình Yên Giang để tổ chức các tiết học trải nghiệm.",
                "nfd",
            ),
            P(
                "Hội nghị cũng thống nhất việc đánh giá nội dung giáo dục địa phương theo hướng kết "
                "hợp nhận xét quá trình với sản phẩm học tập của học sinh, tránh gây áp lực và quá "
                "tải.",
                "nfd",
            ),
            P(
                "Phòng GD&ĐT đề nghị các trường hoàn thành việc đưa nội dung giáo dục địa phương vào "
                "kế hoạch giáo dục nhà trường trước ngày 31/10/2026.",
                "nfd",
            ),
        ],
        opts={
            "terms": [3],
            "ngay_dang": "2026-10-14 00:00",
            "created": "2026-10-30 16:41:05",
            "anh": "giao-duc-dia-phuong.jpg",
        },
    ),
    Story(
        id=1201,
        slug="ra-quan-huong-ung-thang-an-toan-giao-thong-trong-truong-hoc",
        title="Ra quân hưởng ứng Tháng an toàn giao thông trong trường học",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-06T07:45:00+07:00",
        source="Ban An toàn giao thông thị xã Quảng Yên",
        blocks=[
            P(
                "Sáng 5/10, tại Trường THCS Phong Cốc, Phòng GD&ĐT phối hợp với Công an thị xã "
                "Quảng Yên tổ chức lễ ra quân hưởng ứng Tháng an toàn giao thông trong trường học "
                "năm học 2026-2027."
            ),
            P(
                "Tại buổi lễ, cán bộ Đội Cảnh sát giao thông - trật tự Công an thị xã đã tuyên "
                "truyền cho học sinh về các quy định khi tham gia giao thông bằng xe đạp, xe đạp "
                "điện và việc đội mũ bảo hiểm đúng cách."
            ),
            Img(
                f"{_F}/old/2026/10/ra-quan-atgt.jpg",
                "Học sinh Trường THCS Phong Cốc diễu hành tuyên truyền an toàn giao thông",
                "Học sinh Trường THCS Phong Cốc diễu hành tuyên truyền an toàn giao thông",
                "next+lazy",
            ),
            P(
                "Các em học sinh cũng được hướng dẫn kỹ năng xử lý tình huống khi đi trên các tuyến "
                "đường ven đê, đường qua cầu và khu vực có đông phương tiện lưu thông."
            ),
            P(
                "Trong tháng cao điểm, 100% trường học trên địa bàn tổ chức ký cam kết chấp hành "
                "luật giao thông, lồng ghép nội dung giáo dục an toàn giao thông vào các tiết sinh "
                "hoạt lớp và hoạt động trải nghiệm."
            ),
        ],
        opts={
            "terms": [2],
            "ngay_dang": "2026-10-06 07:45",
            "created": "2026-10-30 16:41:02",
            "tac_gia": "BBT",
            "nguon_tin": "Ban An toàn giao thông thị xã Quảng Yên",
            "anh": "ra-quan-atgt.jpg",
        },
    ),
]

BY_NID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


# --- dates, paths, order --------------------------------------------------------------------


def _when(value: str) -> _dt.datetime:
    fmt = "%Y-%m-%d %H:%M:%S" if value.count(":") == 2 else "%Y-%m-%d %H:%M"
    return _dt.datetime.strptime(value, fmt)


def ngay_dang(s: Story) -> _dt.datetime:
    return _when(s.opts["ngay_dang"])


def created(s: Story) -> _dt.datetime:
    return _when(s.opts.get("created") or s.opts["ngay_dang"])


def fmt_field(d: _dt.datetime) -> str:
    """The vendor's date format for the "Ngày đăng" field: "Thứ Bảy, 28/11/2026 - 14:20"."""
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def fmt_short(d: _dt.datetime) -> str:
    """Drupal 7's untouched "short" format (US order): "11/12/2026 - 15:10"."""
    return d.strftime("%m/%d/%Y - %H:%M")


def fmt_medium(d: _dt.datetime) -> str:
    """Drupal 7's "medium" format with the Vietnamese day abbreviations: "T5, 11/12/2026 - 15:10"."""
    abbr = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][d.weekday()]
    return f"{abbr}, {d:%m/%d/%Y - %H:%M}"


def iso(d: _dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def node_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}"


def term_path(tid: int) -> str:
    return f"/chuyen-muc/{TERMS[tid][0]}"


ORDERED = sorted(STORIES, key=ngay_dang, reverse=True)


def term_members(tid: int) -> list[Story]:
    return [s for s in ORDERED if tid in s.opts["terms"]]


def related(s: Story) -> list[Story]:
    """"Tin cùng chuyên mục": every other node sharing one of the node's terms, newest first."""
    mine = set(s.opts["terms"])
    return [t for t in ORDERED if t is not s and mine & set(t.opts["terms"])]


def related_pages(s: Story) -> int:
    return max(1, -(-len(related(s)) // RELATED_PER_PAGE))


def itok(style: str, name: str) -> str:
    digest = hashlib.sha256(f"{style}/{name}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:8]


def styled(style: str, name: str) -> str:
    """An image-style derivative of a featured image, token included, as Drupal prints it."""
    return f"{_F}/styles/{style}/public/anh-dai-dien/{name}?itok={itok(style, name)}"


def _dom_id(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()


# --- pagers ---------------------------------------------------------------------------------


def _page_array(request: Request) -> list[str]:
    raw = request.params.get("page", "")
    return raw.split(",") if raw else []


def page_index(request: Request, element: int, total_pages: int) -> int:
    parts = _page_array(request)
    try:
        value = int(parts[element]) if element < len(parts) else 0
    except ValueError:
        value = 0
    return max(0, min(value, total_pages - 1))


def pager_href(path: str, request: Request, element: int, index: int) -> str:
    """Drupal's pager_query_add_page(): other query parameters kept, page as a per-pager array."""
    query = [(k, v) for k, v in parse_qsl(request.query, keep_blank_values=True) if k != "page"]
    pages = _page_array(request)
    while len(pages) < element:
        pages.append("0")
    pages = [*pages[:element], str(index), *pages[element + 1 :]]
    pages = [p if p.isdigit() else "0" for p in pages]
    if any(int(p) for p in pages):
        query.append(("page", ",".join(pages)))
    qs = urlencode(query, safe=",")
    return esc(f"{path}?{qs}" if qs else path)


def full_pager(path: str, request: Request, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def link(index: int, label: str, title: str, cls: str) -> str:
        href = pager_href(path, request, 0, index)
        return f'<li class="{cls}"><a title="{title}" href="{href}">{label}</a></li>'

    items = []
    if current > 0:
        items.append(link(0, "« đầu", "Đến trang đầu tiên", "pager-first first"))
        items.append(link(current - 1, "‹ trước", "Đến trang trước", "pager-previous"))
    for i in range(total):
        if i == current:
            items.append(f'<li class="pager-current">{i + 1}</li>')
        else:
            items.append(link(i, str(i + 1), f"Đến trang {i + 1}", "pager-item"))
    if current < total - 1:
        items.append(link(current + 1, "tiếp ›", "Đến trang tiếp theo", "pager-next"))
        items.append(link(total - 1, "cuối »", "Đến trang cuối cùng", "pager-last last"))
    return (
        '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">'
        + "\n".join(items)
        + "</ul></div>"
    )


def mini_pager(path: str, request: Request, element: int, current: int, total: int) -> str:
    if total <= 1:
        return ""
    prev = (
        f'<a title="Đến trang trước" href="{pager_href(path, request, element, current - 1)}">‹‹</a>'
        if current > 0
        else "&nbsp;"
    )
    nxt = (
        f'<a title="Đến trang tiếp theo" href="{pager_href(path, request, element, current + 1)}">››</a>'
        if current < total - 1
        else "&nbsp;"
    )
    return (
        '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">'
        f'<li class="pager-previous first">{prev}</li>'
        f'<li class="pager-current">{current + 1} / {total}</li>'
        f'<li class="pager-next last">{nxt}</li></ul></div>'
    )


# --- article text ---------------------------------------------------------------------------


def _styles(p: P) -> tuple[set[str], tuple[str, str] | None]:
    flags: set[str] = set()
    link = None
    for token in p.style.split("+") if p.style else []:
        if token.startswith("a|"):
            _, href, anchor = token.split("|", 2)
            link = (href, anchor)
        else:
            flags.add(token)
    return flags, link


def _inline(p: P, links: list[str] | None) -> str:
    """The paragraph's text as markup: NFD where the editor's keyboard wrote it so, its link."""
    flags, link = _styles(p)
    nfd = "nfd" in flags
    if not link:
        return text(p.text, nfd=nfd)
    href, anchor = link
    before, after = p.text.split(anchor, 1)
    note = ""
    if links is not None:
        links.append(href)
        note = f' <span class="print-footnote">[{len(links)}]</span>'
    return (
        f'{text(before, nfd=nfd)}<a href="{esc(href)}">{text(anchor, nfd=nfd)}</a>{note}'
        f"{text(after, nfd=nfd)}"
    )


def _img_tag(img: Img, lazy: bool) -> str:
    src = esc(img.src)
    size = 'style="width: 600px; height: 400px;"'
    if lazy:
        return (
            f'<img alt="" src="{_LAZY}" data-echo="{src}" {size} />'
            f'<noscript><img alt="" src="{src}" {size} /></noscript>'
        )
    return f'<img alt="" src="{src}" {size} />'


def _render_img(img: Img, printing: bool) -> str:
    flags = set(img.style.split("+"))
    tag = _img_tag(img, "lazy" in flags and not printing)
    line = esc(img.printed or "")
    if "table" in flags:
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="anh-tin" '
            'style="width: 600px;"><tbody><tr><td>'
            f'{tag}</td></tr><tr><td style="text-align: center;"><em>{line}</em></td></tr>'
            "</tbody></table>"
        )
    if "next" in flags:
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em><span style="font-size:12px;">{line}</span></em></p>'
        )
    if "credit" in flags:
        return f'<p style="text-align: center;">{tag}</p><p style="text-align: right;"><em>{line}</em></p>'
    return f'<p style="text-align: center;">{tag}</p>'


def render_body(s: Story, links: list[str] | None = None) -> str:
    """The body field as the editors left it (CKEditor, Word pastes, IMCE, lazyloader)."""
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b, printing=links is not None))
        else:
            flags, _ = _styles(b)
            if "li" in flags or "td" in flags:
                kind = "li" if "li" in flags else "td"
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and kind in _styles(blocks[i])[0]:
                    group.append(blocks[i])
                    i += 1
                if kind == "li":
                    items = "".join(f"<li>{_inline(g, links)}</li>" for g in group)
                    out.append(f'<ul style="margin-left: 30px;">{items}</ul>')
                else:
                    rows = []
                    for n, g in enumerate(group):
                        cells = g.text.split(" | ")
                        tagname = "th" if n == 0 else "td"
                        rows.append(
                            "<tr>"
                            + "".join(f"<{tagname}>{text(c)}</{tagname}>" for c in cells)
                            + "</tr>"
                        )
                    out.append(
                        '<table border="1" cellpadding="5" cellspacing="0" style="width:100%">'
                        f"<tbody>{''.join(rows)}</tbody></table>"
                    )
                continue
            if "br" in flags and i + 1 < len(blocks) and isinstance(blocks[i + 1], P):
                nxt = blocks[i + 1]
                out.append(
                    f'<p style="text-align: justify;">{_inline(b, links)}<br />\n'
                    f"{_inline(nxt, links)}</p>"
                )
                i += 2
                continue
            inner = _inline(b, links)
            if "h3" in flags:
                out.append(f"<h3><strong>{inner}</strong></h3>")
            elif "b" in flags:
                out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
            elif "word" in flags:
                out.append(
                    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
                    'text-indent:36.0pt;line-height:normal"><span style="font-size:14.0pt;'
                    'font-family:&quot;Times New Roman&quot;,serif">'
                    f"{inner}<o:p></o:p></span></p>"
                )
            else:
                out.append(f'<p style="text-align: justify;">{inner}</p>')
        i += 1
    return "\n".join(out)


# --- the theme (egov_xanh): page.tpl.php and its regions ------------------------------------

DOCS = {
    "kh-215-pgddt": {
        "nid": 1180,
        "title": "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027",
        "so": "215/KH-PGDĐT",
        "ngay": "15/09/2026",
        "loai": "Kế hoạch",
        "co_quan": "Phòng Giáo dục và Đào tạo",
        "nguoi_ky": "Hoàng Thị Thanh Tâm",
        "file": "van-ban/2026/09/215-kh-pgddt.pdf",
    },
    "cv-1024-sgddt": {
        "nid": 1195,
        "title": "Hướng dẫn dạy học nội dung giáo dục địa phương năm học 2026-2027",
        "so": "1024/SGDĐT-GDTrH",
        "ngay": "02/10/2026",
        "loai": "Công văn",
        "co_quan": "Sở Giáo dục và Đào tạo Quảng Ninh",
        "nguoi_ky": "Nguyễn Văn Hải",
        "file": "van-ban/2026/10/1024-sgddt-gdtrh.pdf",
    },
}

_POPULAR = [(1291, 1873), (1285, 1520), (1272, 1244), (1293, 986), (1278, 731)]


def _menu() -> str:
    return (
        '<div id="navigation"><div class="section clearfix">'
        '<div id="block-nice-menus-1" class="block block-nice-menus">'
        '<ul class="nice-menu nice-menu-down nice-menu-main-menu" id="nice-menu-1">'
        '<li class="menu-218 first odd"><a href="/" title="">Trang chủ</a></li>'
        '<li class="menu-1021 menuparent even"><a href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a>'
        '<ul><li class="menu-1022 first"><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>'
        '<li class="menu-1023 last"><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        '<li class="menu-1030 menuparent odd"><a href="/tin-tuc">Tin tức</a><ul>'
        + "".join(
            f'<li class="menu-{1030 + tid}"><a href="{term_path(tid)}">{esc(name)}</a></li>'
            for tid, (_, name) in TERMS.items()
        )
        + "</ul></li>"
        '<li class="menu-1040 even"><a href="/van-ban">Văn bản</a></li>'
        '<li class="menu-1041 odd"><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
        '<li class="menu-1042 even last"><a href="/lien-he">Liên hệ</a></li>'
        "</ul></div></div></div>"
    )


def _block(bid: str, title: str, content: str, cls: str = "") -> str:
    return (
        f'<div id="block-{bid}" class="block block-{bid.split("-")[0]} {cls}">'
        f'<h2 class="block-title"><span>{esc(title)}</span></h2>'
        f'<div class="content">{content}</div></div>'
    )


def _sidebar(path: str) -> str:
    docs = "".join(
        f'<div class="views-row views-row-{n}"><span class="so-kh">{esc(d["so"])}</span> '
        f'<a href="/van-ban/{slug}">{esc(d["title"])}</a></div>'
        for n, (slug, d) in enumerate(DOCS.items(), 1)
    )
    popular = "".join(
        f'<li class="{"first" if n == 0 else ""}"><a href="{node_path(BY_NID[nid])}">'
        f"{esc(BY_NID[nid].title)}</a> <span class=\"dem\">({hits})</span></li>"
        for n, (nid, hits) in enumerate(_POPULAR)
    )
    links = (
        '<select name="lienket" onchange="if(this.value)window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://quangninh.gov.vn">Cổng TTĐT tỉnh Quảng Ninh</option>'
        '<option value="https://sgddt.quangninh.gov.vn">Sở GD&amp;ĐT Quảng Ninh</option>'
        '<option value="https://quangyen.quangninh.gov.vn">Cổng TTĐT thị xã Quảng Yên</option>'
        "</select>"
    )
    poll = (
        f'<form action="{esc(path)}" method="post" id="poll-view-voting" accept-charset="UTF-8"><div>'
        '<div class="poll"><div class="vote-form"><div class="choices">'
        '<div class="title">Bạn quan tâm nhất đến thông tin nào trên cổng?</div>'
        '<div class="form-radios">'
        '<div class="form-item form-type-radio"><input type="radio" id="edit-choice-1" name="choice" value="1" class="form-radio" /> <label class="option" for="edit-choice-1">Tin tức, sự kiện của ngành </label></div>'
        '<div class="form-item form-type-radio"><input type="radio" id="edit-choice-2" name="choice" value="2" class="form-radio" /> <label class="option" for="edit-choice-2">Văn bản chỉ đạo, điều hành </label></div>'
        '<div class="form-item form-type-radio"><input type="radio" id="edit-choice-3" name="choice" value="3" class="form-radio" /> <label class="option" for="edit-choice-3">Tuyển sinh, thi cử </label></div>'
        "</div></div>"
        '<input type="submit" id="edit-vote" name="op" value="Bình chọn" class="form-submit" />'
        "</div></div>"
        '<input type="hidden" name="form_build_id" value="form-Zq3HkP0fYw1xN9cT2uB7dLmR4sA6vE8gJ5iO0pQ" />'
        '<input type="hidden" name="form_id" value="poll_view_voting" /></div></form>'
    )
    stats = (
        '<ul class="thong-ke"><li>Đang online: <strong>17</strong></li>'
        "<li>Hôm nay: <strong>386</strong></li>"
        "<li>Tổng truy cập: <strong>1.204.517</strong></li></ul>"
    )
    return (
        '<div id="sidebar-second" class="column sidebar"><div class="section">'
        '<div class="region region-sidebar-second">'
        + _block("views-van-ban-moi-block", "Văn bản mới", f'<div class="view view-van-ban-moi"><div class="view-content">{docs}</div></div>')
        + _block("statistics-popular", "Tin đọc nhiều", f'<div class="item-list"><ul>{popular}</ul></div>')
        + _block("block-7", "Liên kết website", links)
        + _block("poll-recent", "Thăm dò ý kiến", poll)
        + _block("block-9", "Thống kê truy cập", stats)
        + "</div></div></div>"
    )


_FOOTER = (
    '<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">'
    '<div class="region region-footer"><div id="block-block-3" class="block block-block">'
    '<div class="content"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ QUẢNG YÊN</strong></p>'
    "<p>Địa chỉ: Số 12 đường Trần Khánh Dư, phường Quảng Yên, thị xã Quảng Yên, tỉnh Quảng Ninh"
    "<br />Điện thoại: 0203.3875.126 - Fax: 0203.3875.127 - Email: pgdquangyen@quangninh.edu.vn</p>"
    "<p>Chịu trách nhiệm chính: Bà Hoàng Thị Thanh Tâm - Trưởng phòng</p>"
    "<p><em>Ghi rõ nguồn “Phòng GD&amp;ĐT thị xã Quảng Yên” khi phát hành lại thông tin từ "
    "website này.</em></p>"
    '<p class="thiet-ke">Thiết kế và phát triển: <a href="http://qnsoft.vn" target="_blank">'
    "Công ty TNHH Công nghệ QNSoft</a></p></div></div></div></div></div></div>"
)


def page(
    request: Request,
    *,
    title: str,
    content: str,
    body_class: str,
    breadcrumb: list[tuple[str, str | None]] | None = None,
    head: str = "",
    front: bool = False,
    show_title: bool = True,
    status: int = 200,
) -> Response:
    head_title = f"{SHORT} | Cổng thông tin điện tử" if front else f"{title} | {SHORT}"
    crumbs = ""
    if breadcrumb:
        parts = [
            f'<a href="{esc(href)}">{esc(label)}</a>' if href else esc(label)
            for label, href in breadcrumb
        ]
        crumbs = (
            '<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2>'
            f'<div class="breadcrumb">{" » ".join(parts)}</div></div>'
        )
    name = (
        '<h1 id="site-name"><a href="/" title="Trang chủ" rel="home"><span>'
        f"{esc(SITE)}</span></a></h1>"
        if front
        else '<div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>'
        f"{esc(SITE)}</span></a></strong></div>"
    )
    h1 = f'<h1 class="title" id="page-title">{esc(title)}</h1>' if show_title else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/default/files/egov_xanh_favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
{head}
  <title>{esc(head_title)}</title>
  <style type="text/css" media="all">
@import url("/modules/system/system.base.css?r4kq2m");
@import url("/sites/all/modules/views/css/views.css?r4kq2m");
@import url("/sites/all/modules/nice_menus/css/nice_menus.css?r4kq2m");
@import url("/sites/all/themes/egov_xanh/css/style.css?r4kq2m");
</style>
  <script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?r4kq2m"></script>
<script type="text/javascript" src="/sites/all/modules/lazyloader/lazyloader.js?r4kq2m"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"egov_xanh","theme_token":"kV2m9QpX0rT4wz8yL1cN6bH3jF5dS7aG"}},"lazyloader":{{"throttle":"200","offset":"400","placeholder":"\\/sites\\/all\\/modules\\/lazyloader\\/image_placeholder.gif"}}}});
//--><!]]>
</script>
</head>
<body class="html {body_class} not-logged-in one-sidebar sidebar-second i18n-vi">
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Nhảy tới nội dung</a>
  </div>
  <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
    <div class="top-bar"><span class="ngay-hien-tai">{HEADER_DAY}</span>
      <span class="hotline">Đường dây nóng: 0203.3875.126</span></div>
    <a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/egov_xanh_logo.png" alt="Trang chủ" /></a>
    <div id="name-and-slogan">{name}
      <div id="site-slogan">Cổng thông tin điện tử - Tỉnh Quảng Ninh</div></div>
    <div class="region region-header"><div id="block-search-form" class="block block-search">
      <div class="content"><form action="{esc(request.path)}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">Form tìm kiếm</h2>
      <div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm </label>
      <input title="Nhập từ khóa bạn muốn tìm." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div>
      <div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Tìm kiếm" class="form-submit" /></div>
      <input type="hidden" name="form_id" value="search_block_form" /></div></div></form></div></div>
    </div>
  </div></div>
  {_menu()}
  {crumbs}
  <div id="main-wrapper"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      {h1}
      <div class="region region-content"><div id="block-system-main" class="block block-system">
      <div class="content">
{content}
      </div></div></div>
    </div></div>
    {_sidebar(request.path)}
  </div></div>
  {_FOOTER}
  </div></div>
</body>
</html>
"""
    return html(doc, status=status)


# --- the node page (Panels node_view variant "Chi tiết tin") --------------------------------


def _field(name: str, kind: str, label: str | None, items: list[str], extra: str = "") -> str:
    label_cls = "field-label-inline clearfix" if label else "field-label-hidden"
    head = f'<div class="field-label">{esc(label)}:&nbsp;</div>' if label else ""
    cells = "".join(
        f'<div class="field-item {"even" if n % 2 == 0 else "odd"}"{extra}>{item}</div>'
        for n, item in enumerate(items)
    )
    return (
        f'<div class="field field-name-{name} field-type-{kind} {label_cls}">{head}'
        f'<div class="field-items">{cells}</div></div>'
    )


def _related_pane(s: Story, request: Request) -> str:
    others = related(s)
    total = related_pages(s)
    current = page_index(request, 0, total)
    rows = []
    chunk = others[current * RELATED_PER_PAGE : (current + 1) * RELATED_PER_PAGE]
    for n, t in enumerate(chunk):
        zebra = "odd" if n % 2 == 0 else "even"
        first = " views-row-first" if n == 0 else ""
        teaser = ""
        if n == 0:
            lead = t.summary or t.paragraphs[0]
            teaser = (
                '<div class="views-field views-field-field-anh-dai-dien"><div class="field-content">'
                f'<a href="{node_path(t)}"><img typeof="foaf:Image" src="{esc(styled("anh_150x100", t.opts["anh"]))}" '
                'width="150" height="100" alt="" /></a></div></div>'
                '<div class="views-field views-field-body"><div class="field-content">'
                f"{esc(lead[:180].rsplit(' ', 1)[0])} ...</div></div>"
            )
        rows.append(
            f'<div class="views-row views-row-{n + 1} views-row-{zebra}{first}">{teaser}'
            '<div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{node_path(t)}">{esc(t.title)}</a></span></div>'
            '<div class="views-field views-field-created"><span class="field-content ngay-tin">'
            f"({created(t):%m/%d/%Y})</span></div></div>"
        )
    pager = mini_pager(node_path(s), request, 0, current, total)
    return (
        '<div class="panel-pane pane-views-panes pane-tin-cung-chuyen-muc-panel-pane-1">'
        '<h2 class="pane-title">Tin cùng chuyên mục</h2><div class="pane-content">'
        f'<div class="view view-tin-cung-chuyen-muc view-id-tin_cung_chuyen_muc '
        f'view-display-id-panel_pane_1 view-dom-id-{_dom_id("rel" + s.slug)}">'
        f'<div class="view-content">{"".join(rows)}</div>{pager}</div></div></div>'
    )


def _node_content(s: Story, links: list[str] | None = None) -> str:
    """node--tin-tuc.tpl.php's content: fields in the vendor's display order."""
    d = ngay_dang(s)
    parts = [
        '<div class="thong-tin-tin clearfix">'
        + _field(
            "field-ngay-dang",
            "datetime",
            "Ngày đăng",
            [
                f'<span class="date-display-single" property="dc:date" datatype="xsd:dateTime" '
                f'content="{iso(d)}">{fmt_field(d)}</span>'
            ],
        )
        + f'<div class="luot-xem">Lượt xem: {s.views()}</div></div>'
    ]
    if s.summary and s.sapo_outside:
        parts.append(
            _field("field-tom-tat", "text-long", None, [f"<p>{text(s.summary)}</p>"])
        )
    parts.append(
        _field(
            "body",
            "text-with-summary",
            None,
            [render_body(s, links)],
            ' property="content:encoded"',
        )
    )
    if s.opts.get("tac_gia"):
        parts.append(_field("field-tac-gia", "text", "Tác giả", [esc(s.opts["tac_gia"])]))
    if s.opts.get("nguon_tin"):
        parts.append(_field("field-nguon-tin", "text", "Nguồn tin", [esc(s.opts["nguon_tin"])]))
    if s.opts.get("file"):
        rel, shown, size = s.opts["file"]
        mime = "application/pdf" if rel.endswith(".pdf") else (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        )
        icon = "application-pdf.png" if rel.endswith(".pdf") else "x-office-document.png"
        parts.append(
            '<div class="field field-name-field-file-dinh-kem field-type-file field-label-above">'
            '<div class="field-label">File đính kèm:&nbsp;</div><div class="field-items">'
            '<div class="field-item even"><span class="file">'
            f'<img class="file-icon" alt="" title="{mime}" src="/modules/file/icons/{icon}" /> '
            f'<a href="{_F}/{rel}" type="{mime}; length=188620" title="{esc(shown)}">{esc(shown)}</a>'
            f" <span class=\"file-size\">({size})</span></span></div></div></div>"
        )
    parts.append(
        _field(
            "field-chuyen-muc",
            "taxonomy-term-reference",
            "Chuyên mục",
            [
                f'<a href="{term_path(tid)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" '
                f'datatype="">{esc(TERMS[tid][1])}</a>'
                for tid in s.opts["terms"]
            ],
        )
    )
    return "\n".join(parts)


def _rdf(s: Story) -> str:
    return (
        f'<span property="dc:title" content="{esc(s.title)}" class="rdf-meta element-hidden"></span>'
        '<span property="sioc:num_replies" content="0" datatype="xsd:integer" '
        'class="rdf-meta element-hidden"></span>'
        f'<span rel="sioc:has_creator" resource="/user/7" class="rdf-meta element-hidden"></span>'
        f'<span property="dc:date dc:created" content="{iso(created(s))}" datatype="xsd:dateTime" '
        'class="rdf-meta element-hidden"></span>'
    )


def node_page(s: Story, request: Request) -> Response:
    base = base_url(request)
    tid = s.opts["terms"][0]
    head = (
        f'<link rel="canonical" href="{node_path(s)}" />\n'
        f'<link rel="shortlink" href="/node/{s.id}" />\n'
        f'<meta name="description" content="{esc((s.summary or s.paragraphs[0])[:160])}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{base}{node_path(s)}" />\n'
        f'<meta property="og:image" content="{base}{esc(styled("anh_chia_se", s.opts["anh"]))}" />\n'
        '<meta property="og:type" content="article" />'
    )
    tools = (
        '<ul class="links inline"><li class="print_html first">'
        f'<a href="/print/{s.id}" title="Hiển thị phiên bản thân thiện với máy in của trang này." '
        'class="print-page" onclick="window.open(this.href); return false" rel="nofollow">'
        '<img class="print-icon print-icon-margin" typeof="foaf:Image" '
        'src="/sites/all/modules/print/icons/print_icon.png" width="16px" height="16px" '
        'alt="Bản in" title="Bản in" />Bản in</a></li>'
        '<li class="print_mail last">'
        f'<a href="/printmail/{s.id}" title="Gửi trang này qua email cho bạn bè." class="print-mail" '
        'rel="nofollow"><img class="print-icon print-icon-margin" typeof="foaf:Image" '
        'src="/sites/all/modules/print/icons/mail_icon.png" width="16px" height="16px" '
        'alt="Gửi email" title="Gửi email" />Gửi email</a></li></ul>'
    )
    share = (
        '<div class="panel-pane pane-block pane-addthis-addthis-block"><div class="pane-content">'
        '<div class="addthis_toolbox addthis_default_style">'
        '<a class="addthis_button_facebook_like" fb:like:layout="button_count"></a>'
        '<a class="addthis_button_zalo"></a><a class="addthis_button_tweet"></a>'
        '<a class="addthis_counter addthis_pill_style"></a></div>'
        '<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a1b2c3d4e"></script>'
        "</div></div>"
    )
    content = (
        '<div class="panel-2col-stacked clearfix panel-display" id="chi-tiet-tin">'
        '<div class="panel-col-top panel-panel"><div class="inside">'
        '<div class="panel-pane pane-node-content"><div class="pane-content">'
        f'<div id="node-{s.id}" class="node node-tin-tuc node-promoted view-mode-full clearfix" '
        f'about="{node_path(s)}" typeof="sioc:Item foaf:Document">'
        f'{_rdf(s)}<div class="content">{_node_content(s)}</div>{tools}</div>'
        "</div></div>"
        f"{share}</div></div>"
        '<div class="panel-col-bottom panel-panel"><div class="inside">'
        f"{_related_pane(s, request)}</div></div></div>"
    )
    return page(
        request,
        title=s.title,
        content=content,
        body_class=f"not-front page-node page-node- page-node-{s.id} node-type-tin-tuc",
        breadcrumb=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (TERMS[tid][1], term_path(tid))],
        head=head,
    )


def print_page(s: Story, request: Request) -> Response:
    """print.tpl.php of the print module: "[n]" after each link, the URL list, "URL nguồn"."""
    base = base_url(request)
    links: list[str] = []
    body = _node_content(s, links)
    urls = "".join(f"[{n}] {base}{esc(h)}<br />" for n, h in enumerate(links, 1))
    url_list = (
        f'<div class="print-links"><p><strong>Liên kết</strong><br />{urls}</p></div>' if urls else ""
    )
    tid = s.opts["terms"][0]
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{esc(s.title)} | {esc(SHORT)}</title>
    <meta name="robots" content="noindex, nofollow, noarchive" />
    <link type="text/css" rel="stylesheet" href="/sites/all/modules/print/css/print.css" />
  </head>
  <body>
    <div class="print-logo"><img class="print-logo" typeof="foaf:Image" src="/sites/default/files/egov_xanh_logo.png" alt="" /></div>
    <div class="print-site_name">Đã xuất bản trên {esc(SHORT)} ({base}/)</div>
    <p />
    <div class="print-breadcrumb"><a href="{base}/">Trang chủ</a> &gt; <a href="{base}/tin-tuc">Tin tức</a> &gt; <a href="{base}{term_path(tid)}">{esc(TERMS[tid][1])}</a></div>
    <hr class="print-hr" />
    <div class="print-content"><h1 class="print-title">{esc(s.title)}</h1>
    <div class="print-submitted">Gửi bởi pgd_quangyen vào {fmt_medium(created(s))}</div>
    {body}</div>
    <div class="print-footer">{esc(SITE)} - Số 12 đường Trần Khánh Dư, phường Quảng Yên</div>
    <hr class="print-hr" />
    <div class="print-source_url"><strong>URL nguồn:</strong> <a href="{base}{node_path(s)}">{base}{node_path(s)}</a></div>
    {url_list}
  </body>
</html>
"""
    return html(doc)


def printmail_page(s: Story, request: Request) -> Response:
    content = f"""<form action="/printmail/{s.id}" method="post" id="print-mail-form" accept-charset="UTF-8"><div>
<div class="form-item form-type-textfield form-item-fld-from-addr"><label for="edit-fld-from-addr">Email của bạn <span class="form-required">*</span></label>
<input type="text" id="edit-fld-from-addr" name="fld_from_addr" value="" size="60" maxlength="128" class="form-text required" /></div>
<div class="form-item form-type-textfield form-item-fld-from-name"><label for="edit-fld-from-name">Tên của bạn </label>
<input type="text" id="edit-fld-from-name" name="fld_from_name" value="" size="60" maxlength="128" class="form-text" /></div>
<div class="form-item form-type-textarea form-item-txt-to-addrs"><label for="edit-txt-to-addrs">Gửi tới <span class="form-required">*</span></label>
<textarea id="edit-txt-to-addrs" name="txt_to_addrs" cols="60" rows="3" class="form-textarea required"></textarea>
<div class="description">Nhập nhiều địa chỉ, phân cách bằng dấu phẩy hoặc xuống dòng.</div></div>
<div class="form-item form-type-textfield form-item-fld-subject"><label for="edit-fld-subject">Tiêu đề <span class="form-required">*</span></label>
<input type="text" id="edit-fld-subject" name="fld_subject" value="Một người bạn gửi cho bạn: {esc(s.title)}" size="60" maxlength="128" class="form-text required" /></div>
<div class="form-item form-type-item"><label>Trang cần gửi </label><a href="{node_path(s)}">{esc(s.title)}</a></div>
<div class="form-item form-type-textarea form-item-txt-message"><label for="edit-txt-message">Lời nhắn của bạn <span class="form-required">*</span></label>
<textarea id="edit-txt-message" name="txt_message" cols="60" rows="6" class="form-textarea required"></textarea></div>
<div class="form-item form-type-checkbox form-item-chk-teaser"><input type="checkbox" id="edit-chk-teaser" name="chk_teaser" value="1" class="form-checkbox" /> <label class="option" for="edit-chk-teaser">Chỉ gửi phần tóm tắt </label></div>
<input type="submit" id="edit-submit" name="op" value="Gửi email" class="form-submit" /><input type="submit" id="edit-cancel" name="op" value="Hủy" class="form-submit" />
<input type="hidden" name="form_id" value="print_mail_form" /></div></form>"""
    return page(
        request,
        title="Gửi trang này qua email",
        content=content,
        body_class="not-front page-printmail",
        breadcrumb=[("Trang chủ", "/")],
    )


# --- listings (Views) -----------------------------------------------------------------------


def _list_rows(items: list[Story]) -> str:
    rows = []
    for n, s in enumerate(items):
        zebra = "odd" if n % 2 == 0 else "even"
        edge = " views-row-first" if n == 0 else (" views-row-last" if n == len(items) - 1 else "")
        lead = s.summary or s.paragraphs[0]
        rows.append(
            f'<div class="views-row views-row-{n + 1} views-row-{zebra}{edge}">'
            '<div class="views-field views-field-field-anh-dai-dien"><div class="field-content">'
            f'<a href="{node_path(s)}"><img typeof="foaf:Image" src="{esc(styled("anh_150x100", s.opts["anh"]))}" '
            'width="150" height="100" alt="" /></a></div></div>'
            '<div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{node_path(s)}">{esc(s.title)}</a></span></div>'
            '<div class="views-field views-field-created"><span class="field-content">'
            f"{fmt_short(created(s))}</span></div>"
            '<div class="views-field views-field-field-tom-tat"><div class="field-content">'
            f"{esc(lead[:200].rsplit(' ', 1)[0])} ...</div></div></div>"
        )
    return "".join(rows)


def listing_page(
    request: Request, *, title: str, items: list[Story], pager_path: str, view: str,
    breadcrumb: list[tuple[str, str | None]], body_class: str, head: str = "", form: str = "",
    description: str = "",
) -> Response:
    total = max(1, -(-len(items) // PER_PAGE))
    current = page_index(request, 0, total)
    chunk = items[current * PER_PAGE : (current + 1) * PER_PAGE]
    empty = '<div class="view-empty"><p>Không có tin nào.</p></div>'
    content = (
        f"{description}"
        f'<div class="view view-{view.replace("_", "-")} view-id-{view} view-display-id-page_1 '
        f'view-dom-id-{_dom_id(request.target)}">{form}'
        f'<div class="view-content">{_list_rows(chunk) if chunk else empty}</div>'
        f"{full_pager(pager_path, request, current, total)}</div>"
    )
    return page(
        request, title=title, content=content, body_class=body_class, breadcrumb=breadcrumb,
        head=head,
    )


def tin_tuc_page(request: Request) -> Response:
    params = request.params
    items = ORDERED
    tid = params.get("tid", "All")
    if tid.isdigit() and int(tid) in TERMS:
        items = term_members(int(tid))
    words = params.get("title", "").strip().lower()
    if words:
        items = [s for s in items if words in s.title.lower()]
    selected = ' selected="selected"'
    options = '<option value="All">- Tất cả -</option>' + "".join(
        f'<option value="{t}"{selected if str(t) == tid else ""}>{esc(n)}</option>'
        for t, (_, n) in TERMS.items()
    )
    form = (
        '<div class="view-filters"><form action="/tin-tuc" method="get" '
        'id="views-exposed-form-danh-sach-tin-page-1" accept-charset="UTF-8"><div>'
        '<div class="views-exposed-form"><div class="views-exposed-widgets clearfix">'
        '<div class="views-exposed-widget views-widget-filter-title"><label for="edit-title">Tiêu đề</label>'
        f'<input type="text" id="edit-title" name="title" value="{esc(params.get("title", ""))}" size="30" maxlength="128" class="form-text" /></div>'
        '<div class="views-exposed-widget views-widget-filter-tid"><label for="edit-tid">Chuyên mục</label>'
        f'<select id="edit-tid" name="tid" class="form-select">{options}</select></div>'
        '<div class="views-exposed-widget views-submit-button">'
        '<input type="submit" id="edit-submit-danh-sach-tin" value="Lọc" class="form-submit" /></div>'
        "</div></div></div></form></div>"
    )
    return listing_page(
        request, title="Tin tức", items=items, pager_path="/tin-tuc", view="danh_sach_tin",
        breadcrumb=[("Trang chủ", "/")], body_class="not-front page-tin-tuc", form=form,
    )


def term_page(request: Request, tid: int) -> Response:
    name = TERMS[tid][1]
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="RSS - {esc(name)}" '
        f'href="{base_url(request)}/taxonomy/term/{tid}/feed" />\n'
        f'<link rel="canonical" href="{term_path(tid)}" />\n'
        f'<link rel="shortlink" href="/taxonomy/term/{tid}" />'
    )
    return listing_page(
        request, title=name, items=term_members(tid), pager_path=term_path(tid),
        view="taxonomy_term", breadcrumb=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc")],
        body_class=f"not-front page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-{tid}",
        head=head,
        description=f'<div class="term-listing-heading"><div id="taxonomy-term-{tid}" class="taxonomy-term vocabulary-chuyen-muc"></div></div>',
    )


# --- the front page (Panels page "trang-chu", set as the site's front page) -----------------

HOME_ALIAS = "/trang-chu"
SLIDES = [1293, 1291, 1285, 1272]
ALBUM = ("hoi-khoe-phu-dong-2026", 1274, "Hội khỏe Phù Đổng thị xã Quảng Yên năm 2026")


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<div id="views_slideshow_cycle_div_tin_noi_bat-block_{n}" class="views_slideshow_cycle_slide '
        f'views_slideshow_slide views-row-{n + 1}{" views_slideshow_cycle_hidden" if n else ""}">'
        f'<div class="views-field views-field-field-anh-dai-dien"><div class="field-content">'
        f'<a href="/node/{nid}"><img typeof="foaf:Image" src="{esc(styled("slide_500x320", BY_NID[nid].opts["anh"]))}" '
        'width="500" height="320" alt="" /></a></div></div>'
        f'<div class="views-field views-field-title"><span class="field-content"><a href="/node/{nid}">'
        f"{esc(BY_NID[nid].title)}</a></span></div></div>"
        for n, nid in enumerate(SLIDES)
    )
    slideshow = (
        '<div class="panel-pane pane-views pane-tin-noi-bat"><h2 class="pane-title">Tin nổi bật</h2>'
        '<div class="pane-content"><div class="view view-tin-noi-bat view-id-tin_noi_bat view-display-id-block">'
        '<div class="view-content"><div class="skin-default"><div id="views_slideshow_cycle_main_tin_noi_bat-block" '
        f'class="views_slideshow_cycle_main views_slideshow_main"><div class="views_slideshow_cycle_teaser_section">{slides}</div></div>'
        "</div></div></div></div></div>"
    )
    total = max(1, -(-len(ORDERED) // PER_PAGE))
    current = page_index(request, 1, total)
    chunk = ORDERED[current * PER_PAGE : (current + 1) * PER_PAGE]
    news = "".join(
        f'<div class="views-row views-row-{n + 1}"><span class="views-field views-field-title">'
        f'<a href="{node_path(s)}">{esc(s.title)}</a></span> '
        f'<span class="views-field views-field-created">({fmt_short(created(s))})</span></div>'
        for n, s in enumerate(chunk)
    )
    tin_moi = (
        '<div class="panel-pane pane-views pane-tin-moi"><h2 class="pane-title">Tin mới</h2>'
        '<div class="pane-content"><div class="view view-tin-moi view-id-tin_moi view-display-id-block '
        f'view-dom-id-{_dom_id("tinmoi" + request.target)}"><div class="view-content">{news}</div>'
        f"{mini_pager(HOME_ALIAS, request, 1, current, total)}</div></div></div>"
    )
    hdcm = "".join(
        f'<li><a href="{node_path(s)}">{esc(s.title)}</a></li>' for s in term_members(3)[:3]
    )
    chuyen_mon = (
        '<div class="panel-pane pane-views pane-hoat-dong-chuyen-mon">'
        '<h2 class="pane-title">Hoạt động chuyên môn</h2><div class="pane-content">'
        f'<div class="item-list"><ul>{hdcm}</ul></div>'
        f'<div class="more-link"><a href="{term_path(3)}">Xem thêm »</a></div></div></div>'
    )
    a1, a6 = BY_NID[1296], BY_NID[1281]
    doc = DOCS["kh-215-pgddt"]
    thong_bao = (
        '<div class="panel-pane pane-custom pane-2"><h2 class="pane-title">Thông báo - Văn bản</h2>'
        '<div class="pane-content"><ul class="tb-vb">'
        f'<li><img src="/sites/all/themes/egov_xanh/images/new.gif" alt="" /> <a href="{node_path(a1)}">{esc(a1.title)}</a></li>'
        f'<li><a href="/van-ban/kh-215-pgddt">{esc(doc["loai"])} số {esc(doc["so"])}: {esc(doc["title"])}</a></li>'
        f'<li><a href="{node_path(a6)}">{esc(a6.title)}</a></li></ul>'
        '<p class="xem-tat-ca"><a href="/taxonomy/term/4">Xem tất cả »</a></p></div></div>'
    )
    album = (
        '<div class="panel-pane pane-views pane-thu-vien-anh"><h2 class="pane-title">Thư viện ảnh</h2>'
        f'<div class="pane-content"><a href="/thu-vien-anh/{ALBUM[0]}"><img typeof="foaf:Image" '
        f'src="{esc(styled("album_270x180", "hkpd-album.jpg"))}" width="270" height="180" alt="" /></a>'
        f'<p><a href="/thu-vien-anh/{ALBUM[0]}">{esc(ALBUM[2])}</a></p></div></div>'
    )
    content = (
        '<div class="panel-display egov-trang-chu clearfix">'
        f'<div class="panel-panel panel-top">{slideshow}</div>'
        f'<div class="panel-panel panel-col-first"><div class="inside">{tin_moi}{chuyen_mon}</div></div>'
        f'<div class="panel-panel panel-col-last"><div class="inside">{thong_bao}{album}</div></div>'
        "</div>"
    )
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} RSS" '
        f'href="{base_url(request)}/rss.xml" />'
    )
    return page(
        request, title=SHORT, content=content, body_class="front page-trang-chu", head=head,
        front=True, show_title=False,
    )


def rss(request: Request, items: list[Story], title: str, link: str) -> Response:
    base = base_url(request)
    entries = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{node_path(s)}</link>"
        f"<description>{esc(esc(s.summary or s.paragraphs[0]))}</description>"
        f"<pubDate>{created(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f"<dc:creator>pgd_quangyen</dc:creator>"
        f'<guid isPermaLink="false">{s.id} at {base}</guid></item>'
        for s in sorted(items, key=created, reverse=True)[:10]
    )
    doc = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
        f'{base}{link}" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{esc(title)}</title><link>{base}{link}</link><description></description>"
        f"<language>vi</language>{entries}</channel></rss>"
    )
    return Response(200, doc, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- pages that are not articles ------------------------------------------------------------

_INTRO = {
    "chuc-nang-nhiem-vu": (
        14,
        "Chức năng, nhiệm vụ",
        "<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân thị xã Quảng Yên, "
        "có chức năng tham mưu, giúp UBND thị xã thực hiện chức năng quản lý nhà nước về giáo dục "
        "và đào tạo trên địa bàn.</p><p><strong>Nhiệm vụ, quyền hạn:</strong></p><ol>"
        "<li>Trình UBND thị xã ban hành quyết định, kế hoạch phát triển sự nghiệp giáo dục trên địa bàn;</li>"
        "<li>Tổ chức thực hiện các văn bản quy phạm pháp luật về giáo dục sau khi được phê duyệt;</li>"
        "<li>Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện chương trình, kế hoạch giáo dục;</li>"
        "<li>Thực hiện công tác thống kê, thông tin, báo cáo về tổ chức, hoạt động giáo dục theo quy định.</li></ol>",
    ),
    "co-cau-to-chuc": (
        15,
        "Cơ cấu tổ chức",
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
        "<tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
        "<tr><td>1</td><td>Hoàng Thị Thanh Tâm</td><td>Trưởng phòng</td><td>0203.3875.126</td></tr>"
        "<tr><td>2</td><td>Phạm Văn Khiêm</td><td>Phó Trưởng phòng</td><td>0203.3875.128</td></tr>"
        "<tr><td>3</td><td>Lê Thị Thu Hằng</td><td>Phó Trưởng phòng</td><td>0203.3875.129</td></tr>"
        "<tr><td>4</td><td>Nguyễn Thị Minh Nguyệt</td><td>Chuyên viên phụ trách Tiểu học</td><td>0203.3875.130</td></tr>"
        "<tr><td>5</td><td>Ngô Thị Bích Ngọc</td><td>Chuyên viên phụ trách THCS</td><td>0203.3875.131</td></tr>"
        "</tbody></table>",
    ),
}


def intro_page(request: Request, key: str) -> Response:
    nid, title, body = _INTRO[key]
    content = (
        f'<div id="node-{nid}" class="node node-page view-mode-full clearfix">'
        f'<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden">'
        f'<div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div></div></div>'
    )
    return page(
        request, title=title, content=content,
        body_class=f"not-front page-node page-node- page-node-{nid} node-type-page",
        breadcrumb=[("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/chuc-nang-nhiem-vu")],
        head=f'<link rel="canonical" href="/gioi-thieu/{key}" />\n<link rel="shortlink" href="/node/{nid}" />',
    )


def contact_page(request: Request) -> Response:
    content = (
        '<div id="node-16" class="node node-webform view-mode-full clearfix"><div class="content">'
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ QUẢNG YÊN</strong></p>"
        "<p>Địa chỉ: Số 12 đường Trần Khánh Dư, phường Quảng Yên, thị xã Quảng Yên, tỉnh Quảng Ninh</p>"
        "<p>Điện thoại: 0203.3875.126 - Email: pgdquangyen@quangninh.edu.vn</p>"
        '<form class="webform-client-form" enctype="multipart/form-data" action="/lien-he" method="post" '
        'id="webform-client-form-16" accept-charset="UTF-8"><div>'
        '<div class="form-item webform-component webform-component-textfield"><label for="edit-submitted-ho-ten">Họ và tên <span class="form-required">*</span></label>'
        '<input type="text" id="edit-submitted-ho-ten" name="submitted[ho_ten]" value="" size="60" maxlength="128" class="form-text required" /></div>'
        '<div class="form-item webform-component webform-component-email"><label for="edit-submitted-email">Email <span class="form-required">*</span></label>'
        '<input class="email form-text form-email required" type="email" id="edit-submitted-email" name="submitted[email]" size="60" /></div>'
        '<div class="form-item webform-component webform-component-textarea"><label for="edit-submitted-noi-dung">Nội dung <span class="form-required">*</span></label>'
        '<textarea id="edit-submitted-noi-dung" name="submitted[noi_dung]" cols="60" rows="5" class="form-textarea required"></textarea></div>'
        '<input type="hidden" name="form_id" value="webform_client_form_16" />'
        '<div class="form-actions"><input class="webform-submit button-primary form-submit" type="submit" name="op" value="Gửi" /></div>'
        "</div></form></div></div>"
    )
    return page(
        request, title="Liên hệ", content=content,
        body_class="not-front page-node page-node- page-node-16 node-type-webform",
        breadcrumb=[("Trang chủ", "/")],
    )


def doc_page(request: Request, slug: str) -> Response:
    d = DOCS[slug]
    rows = [
        ("Số/Ký hiệu", esc(d["so"])),
        ("Ngày ban hành", d["ngay"]),
        ("Loại văn bản", esc(d["loai"])),
        ("Cơ quan ban hành", esc(d["co_quan"])),
        ("Người ký", esc(d["nguoi_ky"])),
        ("Trích yếu", esc(d["title"])),
        (
            "Tải về",
            f'<span class="file"><img class="file-icon" alt="" src="/modules/file/icons/application-pdf.png" /> '
            f'<a href="{_F}/{d["file"]}" type="application/pdf">{esc(d["file"].rsplit("/", 1)[1])}</a></span>',
        ),
    ]
    table = "".join(f'<tr><td class="nhan">{k}</td><td>{v}</td></tr>' for k, v in rows)
    content = (
        f'<div id="node-{d["nid"]}" class="node node-van-ban view-mode-full clearfix"><div class="content">'
        f'<table class="chi-tiet-van-ban" border="1" cellpadding="5" cellspacing="0"><tbody>{table}</tbody></table>'
        "</div></div>"
    )
    return page(
        request, title=d["title"], content=content,
        body_class=f"not-front page-node page-node- page-node-{d['nid']} node-type-van-ban",
        breadcrumb=[("Trang chủ", "/"), ("Văn bản", "/van-ban")],
        head=f'<link rel="canonical" href="/van-ban/{slug}" />\n<link rel="shortlink" href="/node/{d["nid"]}" />',
    )


def doc_list_page(request: Request) -> Response:
    rows = "".join(
        f'<tr class="{"odd" if n % 2 else "even"}"><td>{n + 1}</td><td>{esc(d["so"])}</td>'
        f'<td>{d["ngay"]}</td><td><a href="/van-ban/{slug}">{esc(d["title"])}</a></td></tr>'
        for n, (slug, d) in enumerate(DOCS.items())
    )
    content = (
        '<div class="view view-van-ban view-id-van_ban view-display-id-page"><div class="view-content">'
        '<table class="views-table cols-4"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div></div>"
    )
    return page(request, title="Văn bản", content=content, body_class="not-front page-van-ban",
                breadcrumb=[("Trang chủ", "/")])


def album_page(request: Request) -> Response:
    slug, nid, title = ALBUM
    photos = "".join(
        f'<div class="field-item {"even" if n % 2 == 0 else "odd"}"><a href="{_F}/album/hkpd-2026/anh-{n + 1}.jpg" '
        f'class="colorbox" rel="gallery-node-{nid}"><img typeof="foaf:Image" '
        f'src="{esc(styled("album_thumb", f"anh-{n + 1}.jpg"))}" width="180" height="120" alt="" /></a></div>'
        for n in range(6)
    )
    content = (
        f'<div id="node-{nid}" class="node node-album view-mode-full clearfix"><div class="content">'
        '<div class="field field-name-field-anh-album field-type-image field-label-hidden">'
        f'<div class="field-items">{photos}</div></div></div></div>'
    )
    return page(
        request, title=title, content=content,
        body_class=f"not-front page-node page-node- page-node-{nid} node-type-album",
        breadcrumb=[("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh")],
        head=f'<link rel="canonical" href="/thu-vien-anh/{slug}" />\n<link rel="shortlink" href="/node/{nid}" />',
    )


def album_list_page(request: Request) -> Response:
    slug, _, title = ALBUM
    content = (
        '<div class="view view-thu-vien-anh view-id-thu_vien_anh view-display-id-page"><div class="view-content">'
        f'<div class="views-row views-row-1"><a href="/thu-vien-anh/{slug}"><img typeof="foaf:Image" '
        f'src="{esc(styled("album_270x180", "hkpd-album.jpg"))}" width="270" height="180" alt="" /></a>'
        f'<div class="views-field-title"><a href="/thu-vien-anh/{slug}">{esc(title)}</a></div></div>'
        "</div></div>"
    )
    return page(request, title="Thư viện ảnh", content=content, body_class="not-front page-thu-vien-anh",
                breadcrumb=[("Trang chủ", "/")])


def not_found(request: Request) -> Response:
    return page(
        request, title="Không tìm thấy trang",
        content="<p>Không tìm thấy trang bạn yêu cầu.</p>",
        body_class="not-front page-404", status=404,
    )


# --- routing --------------------------------------------------------------------------------

_FILES = {".pdf": ("application/pdf", PDF), ".docx": ("application/octet-stream", b"PK\x03\x04docx")}


class Drupal7EgovSite:
    """index.php of the distribution: aliases, node/<nid>, print, Views pages, files."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/sites/") or path.startswith("/misc/") or path.startswith("/modules/"):
            for ext, (ctype, body) in _FILES.items():
                if path.lower().endswith(ext):
                    return Response(200, body, {"Content-Type": ctype})
            return static_file(path) or not_found(request)
        if path in ("/", HOME_ALIAS):
            return home_page(request)
        if path == "/tin-tuc":
            return tin_tuc_page(request)
        if path == "/rss.xml":
            return rss(request, STORIES, SHORT, "/")
        parts = path.strip("/").split("/")
        head, rest = parts[0], parts[1:]
        if head == "tin-tuc" and len(rest) == 1 and rest[0] in BY_SLUG:
            return node_page(BY_SLUG[rest[0]], request)
        if head in ("node", "print", "printmail") and len(rest) == 1 and rest[0].isdigit():
            return self._by_nid(head, int(rest[0]), request)
        if head == "chuyen-muc" and len(rest) == 1:
            for tid, (slug, _) in TERMS.items():
                if slug == rest[0]:
                    return term_page(request, tid)
        if head == "taxonomy" and len(rest) >= 2 and rest[0] == "term" and rest[1].isdigit():
            tid = int(rest[1])
            if tid in TERMS and len(rest) == 2:
                return term_page(request, tid)
            if tid in TERMS and rest[2:] == ["feed"]:
                return rss(request, term_members(tid), TERMS[tid][1], term_path(tid))
        if head == "gioi-thieu" and len(rest) == 1 and rest[0] in _INTRO:
            return intro_page(request, rest[0])
        if path == "/lien-he":
            return contact_page(request)
        if path == "/van-ban":
            return doc_list_page(request)
        if head == "van-ban" and len(rest) == 1 and rest[0] in DOCS:
            return doc_page(request, rest[0])
        if path == "/thu-vien-anh":
            return album_list_page(request)
        if path == f"/thu-vien-anh/{ALBUM[0]}":
            return album_page(request)
        return not_found(request)

    def _by_nid(self, kind: str, nid: int, request: Request) -> Response:
        story = BY_NID.get(nid)
        if story is not None:
            if kind == "print":
                return print_page(story, request)
            if kind == "printmail":
                return printmail_page(story, request)
            return node_page(story, request)
        if kind != "node":
            return not_found(request)
        for key, (inid, _, _) in _INTRO.items():
            if inid == nid:
                return intro_page(request, key)
        for slug, d in DOCS.items():
            if d["nid"] == nid:
                return doc_page(request, slug)
        if nid == ALBUM[1]:
            return album_page(request)
        if nid == 16:
            return contact_page(request)
        return not_found(request)


def build_site() -> Drupal7EgovSite:
    return Drupal7EgovSite()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [f"/node/{s.id}", f"/print/{s.id}"]
    alts += [f"{node_path(s)}?page={n}" for n in range(1, related_pages(s))]
    return alts


GOLD = [
    gold_record(s, node_path(s), TERMS[s.opts["terms"][0]][1], alt_paths=_alt_paths(s))
    for s in STORIES
]
for _s in STORIES:
    assert _s.cat == TERMS[_s.opts["terms"][0]][1], _s.slug

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/kh-215-pgddt",
    "/van-ban/cv-1024-sgddt",
    f"/thu-vien-anh/{ALBUM[0]}",
]
