"""Phòng Giáo dục và Đào tạo huyện Tam Nông (Phú Thọ) on Joomla 4.4 with Gantry 5 (Helium outline).

Platform
--------
Joomla 4.4 (upgraded from Joomla 3 with the migration kept in the template: the Gantry 5 Helium theme
``g5_helium`` still prints the J3-era print / e-mail icons) with the Gantry 5 page skeleton:
``#g-page-surround`` > ``section#g-top`` (date particle, social links), ``section#g-navigation``
(logo particle, ``nav.g-main-nav`` with ``ul.g-toplevel`` / ``ul.g-dropdown`` / ``ul.g-sublevel``),
``section#g-intro`` (the Joomla 4 breadcrumbs module ``ol.mod-breadcrumbs``),
``#g-container-main`` > ``main#g-mainbar`` (``div.platform-content`` around the component) and
``aside#g-aside`` (modules: "Đọc nhiều" = mod_articles_popular, "Liên kết website",
"Thăm dò ý kiến" poll, "Thống kê truy cập" visitor counter), ``footer#g-footer``,
``section#g-copyright``, the off-canvas ``#g-offcanvas``. The component is Joomla 4's own
com_content markup (``div.com-content-article.item-page``, ``dl.article-info``,
``div.com-content-article__body[itemprop=articleBody]``; blog ``div.com-content-category-blog``;
list ``table.com-content-category__table``).

URL scheme (SEF + suffix, IDs kept in URLs, the legacy router)
-------------------------------------------------------------
- home ``/`` (Gantry outline with a "Content Array" particle: the 4 newest articles);
- ``/tin-tuc.html``: "Tin tức" menu item, a list of all categories (com_content categories view);
- category blog ``/tin-tuc/<catid>-<cat-alias>.html`` with ``?start=<offset>`` pagination (offset in
  items, 4 a page: ``?start=4`` is page 2; page 1 is linked back as ``?start=0``);
- category list layout ``/tin-tuc/11-giao-duc-thcs.html`` with ``?limitstart=<offset>`` (5 a page);
- article ``/tin-tuc/<catid>-<cat-alias>/<id>-<alias>.html`` (canonical; no ``<link rel=canonical>``
  is printed, the SEF plugin's domain is not set);
- the same article also at ``/component/content/article/<id>-<alias>.html?catid=<c>&Itemid=101``
  ("Đọc nhiều" module), at ``/index.php?option=com_content&view=article&id=<id>:<alias>&catid=<c>
  &Itemid=101`` (the Content Array particle's links), in print view ``<article>?tmpl=component&
  print=1&layout=default``; article 398 also under the category it was moved from
  (``/tin-tuc/9-hoat-dong-nganh/398-….html``, linked from article 395's text);
- a multi-page article (``{pagebreak}``): ``?showall=&limitstart=<n>`` per page, ``?showall=1`` all;
- e-mail view ``/component/mailto/?tmpl=component&template=g5_helium&link=<sha1>``: a form;
- tag pages ``/component/tags/tag/<alias>.html``; single-article menu items under ``/gioi-thieu/``;
  contact ``/lien-he.html``; Phoca Download ``/van-ban.html`` and its file entries
  ``/van-ban/file/<id>-<alias>.html`` (download ``/van-ban.html?download=<id>:<alias>``); Phoca
  Gallery ``/thu-vien-anh.html`` and album ``/thu-vien-anh/<id>-<alias>.html``; videos
  ``/video.html`` and ``/video/<id>-<alias>.html``; attachments ``/component/attachments/download/<n>.html``.

How each gold article is reached
--------------------------------
- "Hoạt động ngành" (cat 9, blog, 4 a page): 412, 409, 401, 395 on page 1; **384 only on
  ``?start=4``** (page 2).
- "Giáo dục Tiểu học" (cat 10, blog): 406, 390.
- "Giáo dục THCS" (cat 11, list layout, 5 a page): 407, 403, 398, 392, 387 on page 1; **380 only on
  ``?limitstart=5``** (page 2).
- Home Content Array: 412, 409, 407, 406 (non-SEF index.php links). "Đọc nhiều" on every page:
  401, 403, 412, 390, 392 (``/component/content/article/…`` links). Prev/next article navigation is
  switched off (show_item_navigation = 0), so 384 and 380 are reachable only from page 2.

Traps
-----
1. *Menu page heading above the headline* (not in the README's list): the menu item's "Show Page
   Heading" prints ``<div class="page-header"><h1>Tin tức</h1></div>`` on every article, and the
   article's headline is the ``<h2 itemprop="headline">`` under it; ``<title>`` carries
   " - PGD&ĐT Tam Nông". Gold title = the h2.
2. *Created vs published vs modified* (not listed): ``dl.article-info`` prints "Ngày đăng" (publish_up),
   "Ngày tạo" (created, earlier) and "Cập nhật lần cuối" (modified); listings (the list layout's
   "Ngày tạo" column, the Content Array) print the *created* day. Dates read "Thứ Năm, 03 Tháng
   Mười Hai 2026 08:15" (vi-VN month names in words, ``<time datetime="…+07:00">`` beside).
   Gold = the "Ngày đăng" date and time. Article 384 was published at 00:00: the day alone.
3. *Joomla custom fields* (not listed): a "Tác giả" field printed right after the title
   (``ul.fields-container`` > ``li.field-entry.tac-gia``) names the author while the info block's
   "Viết bởi" is a CMS account ("Quản trị viên", "pgd_tamnong", "Super User": nobody); a "Nguồn
   tin" field printed after the text is the source. Neither is body.
4. *A module inside the text* (not listed): ``{loadposition tinmoi}`` renders a whole
   ``div.moduletable`` ("Tin mới cập nhật", a ``ul.mod-articleslatest``) between two paragraphs of
   article 401's ``articleBody``: not body.
5. *Article split by {pagebreak}* (not listed): article 409 prints one of three pages at a time,
   with the plugin's "Mục lục" card (``div.article-index``) and a "Trang 1 / 3" pager inside the
   body container. Gold body = all three pages in order (as ``?showall=1`` prints them), its
   photos from all pages; the page URLs and ``?showall=1`` are alt_paths of the same record.
6. *Same headline, same alias, two categories* (not listed): 406 (Tiểu học) and 407 (THCS) are both
   "Hội thi Giáo viên dạy giỏi cấp huyện năm học 2026 - 2027", alias
   ``hoi-thi-giao-vien-day-gioi-cap-huyen`` (Joomla keeps aliases unique per category only), with
   different texts: two gold records.
7. *Joomla 4 e-mail cloaking* (not listed): an address in article 395's text is printed as
   ``<joomla-hidden-mail first=… last=… text=…>`` with base64 parts and a placeholder sentence
   ("Địa chỉ email này đang được bảo vệ …") the browser's script replaces. Gold = the address as the
   browser shows it (decoded ``text``), never the placeholder.
8. *The e-mail view* (not listed): each article's envelope icon leads to a com_mailto form that
   prints the article's title (in a field and a heading) and nothing of its text: not an article,
   not gold (not listed as a non-article either: it is a tool page).
9. *Duplicate URLs of one article*: non-SEF ``index.php?option=com_content…`` (Content Array),
   ``/component/content/article/…`` (popular module), print view, the old category path of the moved
   article 398, the pagebreak pages: alt_paths of one record, no canonical link to tell.
10. *Full-article image vs intro image*: listings show an intro image (``…/thumb/…``) that the
   article page does not print; the article page prints the "full article image"
   (``figure.item-image`` with ``figcaption.caption``) *between the info block and the text*, outside
   ``articleBody``. It is the article's first photo with its caption.
11. *Rating, hits, tags, attachments around the text*: the vote plugin's stars and ``<select>`` form
   between info block and text; "Lượt xem"; ``ul.tags``; com_attachments' ``table`` after the text
   ("Tệp đính kèm"): none is body.
12. *Single Article menu items*: "Giới thiệu chung" and "Cơ cấu tổ chức" are com_content articles
   printed with the same ``item-page`` markup (headline, info block, articleBody): non-articles.
13. *An official document as a post* (README's convention): 387 is a công văn pasted from Word:
   its letterhead table (unit, "Số: 412/PGDĐT-THCS", the "V/v …" subject under it, the national motto
   and "Tam Nông, ngày 22 tháng 10 năm 2026"), the "Kính gửi: …" line and the closing table ("Nơi
   nhận", "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG", "(Đã ký)", the name) are not body; its date is the
   letterhead's day (2026-10-22, not the "Ngày đăng" 2026-10-23 08:00); the signer Nguyễn Đức Thắng
   is its author; its numbered headings ("1. Thời gian kiểm tra") are body paragraphs.

Gold decisions on ambiguous points
----------------------------------
- category = the category name as the breadcrumb prints it ("Hoạt động ngành", "Giáo dục Tiểu học",
  "Giáo dục THCS"), never the menu's "Tin tức".
- The bold lead "(PGDĐT Tam Nông) - …" is the sapo (summary) and the body's first paragraph.
- A created_by_alias that is a unit ("Tổ chuyên môn Tiểu học", "Tổ Phổ cập giáo dục") printed as
  "Viết bởi" is the author as printed.
- A right-aligned closing name line is the author; "Tin, ảnh: X" / "Bài, ảnh: X" -> X in authors and
  photographers; "(Trường TH Thọ Văn)" after a name is the unit, dropped.
- A figure whose caption is only "Ảnh: Hà Phương" has caption None; Hà Phương is a photographer.
- The table of results in 403 and the table of 395 are body (one paragraph a row, cells " | ").
- Article 380 was typed with a decomposed (NFD) keyboard setting and ``&nbsp;``s: gold is NFC,
  collapsed.
- The pagebreak's page titles ("Các môn thi đấu", …) appear only in the "Mục lục" card and the
  ``<title>`` of their page: not body. The "Tin, ảnh" line is on the last page only.
- "Xem thêm: <link>" under 395's text, the "Các tin khác" module under every article, the rating
  form and the attachments table are not body; the attachment download is no page.
- The account names ("Quản trị viên", "pgd_tamnong", "Super User") are nobody, also where no other
  author is printed (384, 398: authors []).
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "joomla4_gantry5_pgd"
PLATFORM = "Joomla 4 + Gantry 5 (Helium), com_content blog/list layouts, SEF with .html suffix"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Tam Nông"
SHORT = "PGD&ĐT Tam Nông"
HOME_ITEMID = 101

# catid -> (alias, name, layout, per page, Itemid)
CATS = {
    9: ("hoat-dong-nganh", "Hoạt động ngành", "blog", 4, 112),
    10: ("giao-duc-tieu-hoc", "Giáo dục Tiểu học", "blog", 4, 113),
    11: ("giao-duc-thcs", "Giáo dục THCS", "list", 5, 114),
}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc2(value: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: 'Thứ Năm, 03 Tháng Mười Hai 2026 08:15'."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d} {_MONTHS[d.month - 1]} {d:%Y %H:%M}"


def lc3(value: str) -> str:
    """DATE_FORMAT_LC3: '03 Tháng Mười Hai 2026'."""
    d = _dt(value)
    return f"{d:%d} {_MONTHS[d.month - 1]} {d:%Y}"


def iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:00+07:00")


# --------------------------------------------------------------------------------------------
# the articles
# --------------------------------------------------------------------------------------------

IMG = "/images/tin-tuc/2026"

STORIES: list[Story] = []

# --- Hoạt động ngành (cat 9) ------------------------------------------------------------------

A1_SAPO = (
    "(PGDĐT Tam Nông) - Sáng ngày 02/12/2026, Phòng Giáo dục và Đào tạo huyện Tam Nông tổ chức "
    "hội nghị triển khai nhiệm vụ chuyển đổi số trong quản lý, dạy và học năm học 2026 - 2027 cho "
    "cán bộ quản lý, nhân viên phụ trách công nghệ thông tin của 42 trường mầm non, tiểu học và "
    "trung học cơ sở trên địa bàn huyện."
)
STORIES.append(
    Story(
        id=412,
        slug="hoi-nghi-trien-khai-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-hoc-2026-2027",
        title="Hội nghị triển khai chuyển đổi số trong quản lý trường học năm học 2026 - 2027",
        cat="Hoạt động ngành",
        published_at="2026-12-03T08:15:00+07:00",
        authors=["Lê Thị Thu Hà"],
        summary=A1_SAPO,
        blocks=[
            Img(f"{IMG}/12/hn-cds-01.jpg",
                "Đồng chí Nguyễn Văn Khánh, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Nguyễn Văn Khánh, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
                style="full"),
            P(A1_SAPO, "bold"),
            P("Dự hội nghị có đồng chí Nguyễn Văn Khánh, Trưởng phòng Giáo dục và Đào tạo; các "
              "đồng chí Phó Trưởng phòng, chuyên viên phụ trách các cấp học và đại diện Viettel "
              "Phú Thọ, đơn vị cung cấp giải pháp quản lý trường học trực tuyến."),
            P("Năm học 2025 - 2026, toàn ngành đã hoàn thành việc cập nhật hồ sơ học sinh, giáo "
              "viên lên cơ sở dữ liệu ngành; 100% trường tiểu học và trung học cơ sở sử dụng học "
              "bạ số, sổ điểm điện tử; 38/42 trường thực hiện thu học phí và các khoản thu không "
              "dùng tiền mặt. Tuy vậy, hạ tầng mạng ở một số điểm trường lẻ còn yếu, một bộ phận "
              "giáo viên lớn tuổi còn lúng túng khi khai thác học liệu số."),
            Img(f"{IMG}/12/hn-cds-02.jpg", "Các đại biểu tham dự hội nghị",
                "Các đại biểu tham dự hội nghị", style="fig"),
            P("Một số nhiệm vụ trọng tâm", "h3"),
            P("Hoàn thiện hồ sơ điện tử của cán bộ, giáo viên, nhân viên trên cơ sở dữ liệu ngành "
              "trước ngày 31/12/2026.", "li"),
            P("Triển khai ký số học bạ, sổ điểm cho 100% trường tiểu học và trung học cơ sở.", "li"),
            P("Mỗi trường xây dựng tối thiểu 20 bài giảng điện tử đạt yêu cầu, chia sẻ trên kho "
              "học liệu dùng chung của huyện.", "li"),
            P("Phát biểu chỉ đạo, đồng chí Trưởng phòng đề nghị hiệu trưởng các nhà trường xác "
              "định chuyển đổi số là nhiệm vụ thường xuyên, gắn với trách nhiệm người đứng đầu; "
              "chủ động bố trí kinh phí nâng cấp đường truyền, rà soát thiết bị và cử giáo viên cốt "
              "cán tham gia các lớp bồi dưỡng kỹ năng số do Sở Giáo dục và Đào tạo tổ chức."),
            P("Tại hội nghị, các đại biểu được hướng dẫn quy trình ký số học bạ, kết nối phần mềm "
              "quản lý trường học với Cơ sở dữ liệu ngành và trao đổi kinh nghiệm triển khai tại "
              "Trường THCS Hưng Hóa, Trường Tiểu học Cổ Tiết."),
        ],
        opts={
            "created": "2026-12-02 16:40", "published": "2026-12-03 08:15",
            "modified": "2026-12-04 10:02", "account": "Quản trị viên",
            "field_author": "ThS. Lê Thị Thu Hà", "tags": [("chuyen-doi-so", "chuyển đổi số")],
            "thumb": f"{IMG}/12/thumb/hn-cds-01_thumb.jpg",
        },
    )
)

STORIES.append(
    Story(
        id=409,
        slug="tam-nong-to-chuc-hoi-khoe-phu-dong-cap-huyen-lan-thu-xii-nam-2026",
        title="Tam Nông tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026",
        cat="Hoạt động ngành",
        published_at="2026-11-27T14:30:00+07:00",
        authors=["Đỗ Minh Tuấn"],
        photographers=["Đỗ Minh Tuấn"],
        blocks=[
            # page 1: Khai mạc
            P("Từ ngày 24 đến ngày 26/11/2026, tại Sân vận động trung tâm huyện và nhà thi đấu "
              "Trường THCS Hưng Hóa, Phòng Giáo dục và Đào tạo phối hợp với Phòng Văn hóa - Thông "
              "tin huyện tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026."),
            P("Hội khỏe năm nay thu hút hơn 850 vận động viên là học sinh tiểu học và trung học "
              "cơ sở của 12 xã, thị trấn, tranh tài ở 7 môn: điền kinh, bóng đá, bóng chuyền, cầu "
              "lông, bóng bàn, cờ vua và kéo co."),
            Img(f"{IMG}/11/hkpd-khai-mac.jpg", "Màn đồng diễn thể dục tại lễ khai mạc Hội khỏe",
                "Màn đồng diễn thể dục tại lễ khai mạc Hội khỏe", style="pem"),
            P("Phát biểu khai mạc, đồng chí Phó Chủ tịch UBND huyện nhấn mạnh Hội khỏe Phù Đổng là "
              "dịp để đánh giá kết quả giáo dục thể chất trong nhà trường, đồng thời phát hiện, "
              "bồi dưỡng năng khiếu thể thao cho học sinh."),
            # page 2: Các môn thi đấu
            P("Ở môn điền kinh, các nội dung chạy 60m, 100m, nhảy xa và ném bóng diễn ra sôi nổi "
              "ngay trong buổi sáng đầu tiên. Nhiều em học sinh lớp 5 đã phá kỷ lục của Hội khỏe "
              "lần trước ở nội dung nhảy xa."),
            P("Các đội tham gia môn kéo co nhiều nhất gồm:"),
            P("Khối tiểu học: 12 đội nam, 12 đội nữ.", "li"),
            P("Khối trung học cơ sở: 11 đội nam, 10 đội nữ.", "li"),
            P("Môn bóng đá nam THCS có trận chung kết hấp dẫn giữa THCS Hưng Hóa và THCS Văn "
              "Lương, phải phân định thắng thua bằng loạt sút luân lưu."),
            # page 3: Kết quả
            P("Kết thúc Hội khỏe, Ban tổ chức đã trao 214 huy chương các loại cho các vận động "
              "viên. Giải nhất toàn đoàn khối tiểu học thuộc về Trường Tiểu học Thị trấn Hưng Hóa; "
              "khối trung học cơ sở thuộc về Trường THCS Hưng Hóa."),
            Img(f"{IMG}/11/hkpd-trao-giai.jpg", "Trao cờ giải nhất toàn đoàn cho các đơn vị",
                "Trao cờ giải nhất toàn đoàn cho các đơn vị", style="fig"),
            P("Ban tổ chức cũng lựa chọn 46 vận động viên xuất sắc để thành lập đội tuyển của "
              "huyện tham dự Hội khỏe Phù Đổng tỉnh Phú Thọ dự kiến tổ chức vào tháng 3/2027."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đỗ Minh Tuấn</strong></p>'),
        ],
        opts={
            "created": "2026-11-27 11:05", "published": "2026-11-27 14:30",
            "account": "pgd_tamnong",
            "pages": [("Khai mạc", 0), ("Các môn thi đấu", 4), ("Kết quả chung cuộc", 9)],
            "thumb": f"{IMG}/11/thumb/hkpd-khai-mac_thumb.jpg",
        },
    )
)

STORIES.append(
    Story(
        id=401,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Hoạt động ngành",
        published_at="2026-11-20T09:00:00+07:00",
        authors=["Phạm Thanh Hải"],
        blocks=[
            P("Chiều ngày 18/11/2026, tại Hội trường UBND huyện, Phòng Giáo dục và Đào tạo long "
              "trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tôn vinh các thầy giáo, cô "
              "giáo tiêu biểu năm học 2025 - 2026."),
            P("Tới dự có đồng chí Bí thư Huyện ủy, đồng chí Chủ tịch UBND huyện, lãnh đạo các ban, "
              "ngành, đoàn thể của huyện cùng hơn 300 cán bộ quản lý, giáo viên đại diện cho các "
              "nhà trường."),
            Img(f"{IMG}/11/20-11-le-ky-niem.jpg", "Quang cảnh buổi lễ kỷ niệm",
                "Quang cảnh buổi lễ kỷ niệm", style="pem"),
            P("Năm học vừa qua, toàn huyện có 4 trường được công nhận đạt chuẩn quốc gia, nâng tổng "
              "số trường chuẩn lên 39/42 trường; chất lượng giáo dục mũi nhọn tiếp tục duy trì "
              "trong nhóm dẫn đầu của tỉnh."),
            P("Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy gửi lời chúc mừng tới đội ngũ nhà "
              "giáo và khẳng định:"),
            P("Mỗi thầy giáo, cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để "
              "học sinh noi theo; cấp ủy, chính quyền huyện luôn đồng hành cùng sự nghiệp giáo dục "
              "của Tam Nông.", "quote"),
            P("Nhân dịp này, Chủ tịch UBND huyện tặng giấy khen cho 25 tập thể và 68 cá nhân có "
              "thành tích xuất sắc; Phòng Giáo dục và Đào tạo biểu dương 12 nhà giáo tiêu biểu "
              "trong phong trào đổi mới phương pháp dạy học."),
            Img(f"{IMG}/11/20-11-khen-thuong.jpg",
                "Lãnh đạo huyện trao giấy khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo huyện trao giấy khen cho các tập thể có thành tích xuất sắc", style="pem"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do giáo viên và học sinh các "
              "trường trên địa bàn thị trấn Hưng Hóa biểu diễn."),
            Raw('<p style="text-align: right;"><strong><em>Phạm Thanh Hải</em></strong></p>'),
        ],
        opts={
            "created": "2026-11-19 21:10", "published": "2026-11-20 09:00",
            "modified": "2026-11-21 08:00", "account": "Quản trị viên",
            "loadposition_after": 3,
            "thumb": f"{IMG}/11/thumb/20-11-le-ky-niem_thumb.jpg",
        },
    )
)

STORIES.append(
    Story(
        id=395,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="Hoạt động ngành",
        published_at="2026-11-12T10:45:00+07:00",
        authors=["Tổ Phổ cập giáo dục"],
        blocks=[
            P("Thực hiện kế hoạch của UBND huyện, từ ngày 05 đến ngày 10/11/2026, đoàn kiểm tra "
              "liên ngành do Phòng Giáo dục và Đào tạo chủ trì đã kiểm tra công tác phổ cập giáo "
              "dục, xóa mù chữ tại 12/12 xã, thị trấn trên địa bàn huyện."),
            P("Đoàn đã kiểm tra hồ sơ điều tra, phiếu hộ gia đình, sổ theo dõi phổ cập và đối chiếu "
              "dữ liệu trên hệ thống thông tin điện tử quản lý phổ cập giáo dục - xóa mù chữ."),
            P("Kết quả sơ bộ theo từng cấp học như sau:"),
            P("Tiêu chuẩn | Số xã, thị trấn đạt | Tỷ lệ", "row"),
            P("Phổ cập giáo dục tiểu học mức độ 3 | 12/12 | 100%", "row"),
            P("Phổ cập giáo dục THCS mức độ 3 | 10/12 | 83,3%", "row"),
            P("Xóa mù chữ mức độ 2 | 12/12 | 100%", "row"),
            P("Đoàn kiểm tra đề nghị xã Tề Lễ và xã Quang Húc tập trung huy động học sinh bỏ học "
              "trở lại lớp, mở lớp bổ túc trong học kỳ II để đạt chuẩn phổ cập THCS mức độ 3 trong "
              "năm 2027."),
            P("Các đơn vị cần hỗ trợ về phần mềm phổ cập liên hệ bộ phận thường trực qua địa chỉ "
              "pgdtamnong.pc@phutho.edu.vn hoặc số điện thoại 0210 3879 128 trong giờ hành chính.",
              "mail"),
            Raw('<p><em>Xem thêm: <a href="/tin-tuc/9-hoat-dong-nganh/398-truong-thcs-hung-hoa-to-'
                'chuc-chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien.html">Trường THCS Hưng Hóa tổ '
                'chức chuyên đề dạy học STEM môn Khoa học tự nhiên</a></em></p>'),
        ],
        opts={
            "created": "2026-11-12 09:30", "published": "2026-11-12 10:45",
            "alias": "Tổ Phổ cập giáo dục",
            "thumb": f"{IMG}/11/thumb/kiem-tra-pcgd_thumb.jpg",
        },
    )
)

STORIES.append(
    Story(
        id=384,
        slug="tap-huan-cong-tac-tu-danh-gia-kiem-dinh-chat-luong-giao-duc",
        title="Tập huấn công tác tự đánh giá, kiểm định chất lượng giáo dục cho cán bộ quản lý",
        cat="Hoạt động ngành",
        published_at="2026-10-16",
        source="Cổng thông tin điện tử huyện Tam Nông",
        blocks=[
            P("Trong hai ngày 14 và 15/10/2026, Phòng Giáo dục và Đào tạo huyện Tam Nông tổ chức "
              "lớp tập huấn công tác tự đánh giá, đánh giá ngoài và kiểm định chất lượng giáo dục "
              "cho 126 cán bộ quản lý, thư ký hội đồng tự đánh giá của các nhà trường."),
            P("Báo cáo viên là các chuyên viên Phòng Quản lý chất lượng, Sở Giáo dục và Đào tạo Phú "
              "Thọ. Nội dung tập huấn tập trung vào cách xác định minh chứng, viết phiếu đánh giá "
              "tiêu chí và xây dựng kế hoạch cải tiến chất lượng sau đánh giá."),
            Img(f"{IMG}/10/tap-huan-kiem-dinh.jpg", None, None, style="bare"),
            P("Các học viên được thực hành trên bộ hồ sơ mẫu, thảo luận nhóm theo từng cấp học và "
              "giải đáp những vướng mắc khi triển khai phần mềm kiểm định chất lượng giáo dục."),
            P("Năm học 2026 - 2027, huyện phấn đấu có thêm 5 trường được đánh giá ngoài, trong đó "
              "3 trường đề nghị công nhận đạt kiểm định chất lượng giáo dục cấp độ 3."),
            Raw('<p style="text-align: right;"><em>Nguồn: Cổng thông tin điện tử huyện Tam Nông</em></p>'),
        ],
        opts={
            "created": "2026-10-15 17:20", "published": "2026-10-16 00:00",
            "account": "Super User",
            "thumb": f"{IMG}/10/thumb/tap-huan-kiem-dinh_thumb.jpg",
        },
    )
)

# --- Giáo dục Tiểu học (cat 10) ---------------------------------------------------------------

STORIES.append(
    Story(
        id=406,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen",
        title="Hội thi Giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        cat="Giáo dục Tiểu học",
        published_at="2026-11-25T16:20:00+07:00",
        authors=["Tổ chuyên môn Tiểu học"],
        blocks=[
            Img(f"{IMG}/11/gvdg-th-01.jpg",
                "Một tiết dạy thi môn Tiếng Việt lớp 4 tại Trường Tiểu học Thị trấn Hưng Hóa",
                "Một tiết dạy thi môn Tiếng Việt lớp 4 tại Trường Tiểu học Thị trấn Hưng Hóa",
                style="full"),
            P("Từ ngày 10 đến ngày 22/11/2026, Phòng Giáo dục và Đào tạo tổ chức Hội thi Giáo viên "
              "dạy giỏi cấp huyện bậc tiểu học năm học 2026 - 2027 với sự tham gia của 57 giáo "
              "viên đến từ 16 trường tiểu học trong huyện."),
            P("Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
              "giảng dạy và thực hành dạy hai tiết trên lớp, trong đó có một tiết môn Tiếng Việt "
              "hoặc Toán và một tiết do giáo viên tự chọn."),
            P("Ban giám khảo đánh giá các tiết dạy năm nay được chuẩn bị công phu, vận dụng linh "
              "hoạt các phương pháp dạy học tích cực, khai thác hiệu quả thiết bị dạy học và học "
              "liệu số; học sinh được hoạt động nhiều, mạnh dạn chia sẻ ý kiến."),
            P("Kết quả, có 49 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó 8 "
              "giáo viên đạt thành tích xuất sắc sẽ được đề nghị tham gia hội thi cấp tỉnh."),
        ],
        opts={
            "created": "2026-11-25 15:00", "published": "2026-11-25 16:20",
            "alias": "Tổ chuyên môn Tiểu học",
            "thumb": f"{IMG}/11/thumb/gvdg-th-01_thumb.jpg",
        },
    )
)

STORIES.append(
    Story(
        id=390,
        slug="ngay-hoi-doc-sach-moi-ngay-mot-trang-sach-hay-tai-truong-tieu-hoc-tho-van",
        title="Ngày hội đọc sách “Mỗi ngày một trang sách hay” tại Trường Tiểu học Thọ Văn",
        cat="Giáo dục Tiểu học",
        published_at="2026-11-02T08:30:00+07:00",
        authors=["Nguyễn Thu Trang"],
        photographers=["Hà Phương"],
        blocks=[
            P("Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, sáng ngày 31/10/2026, "
              "Trường Tiểu học Thọ Văn tổ chức Ngày hội đọc sách với chủ đề “Mỗi ngày một trang "
              "sách hay”.", "span"),
            P("Ngày hội gồm nhiều hoạt động hấp dẫn: trưng bày sách theo chủ đề, thi kể chuyện "
              "theo sách, vẽ tranh về nhân vật em yêu thích và đổi sách cũ lấy sách mới.", "span"),
            Img(f"{IMG}/11/doc-sach-tho-van-1.jpg", "Học sinh khối 3 tham quan gian trưng bày sách",
                "Học sinh khối 3 tham quan gian trưng bày sách", style="fig"),
            P("Mỗi lớp đã tự trang trí một gian sách riêng với những cuốn truyện thiếu nhi, sách "
              "khoa học và các tập san do chính các em làm.", "span"),
            P("Phần thi kể chuyện theo sách thu hút 24 học sinh tham gia. Nhiều em kể chuyện lưu "
              "loát, biết kết hợp cử chỉ, điệu bộ và rút ra bài học ý nghĩa từ câu chuyện.",
              "span"),
            Img(f"{IMG}/11/doc-sach-tho-van-2.jpg", "Ảnh: Hà Phương", None, style="fig"),
            P("Thông qua ngày hội, nhà trường quyên góp được hơn 600 cuốn sách để bổ sung cho "
              "thư viện xanh và các tủ sách lớp học.", "span"),
            Raw('<p style="text-align: right;"><strong>Bài: Nguyễn Thu Trang (Trường TH Thọ Văn)'
                '</strong></p>'),
        ],
        opts={
            "created": "2026-11-01 20:45", "published": "2026-11-02 08:30",
            "account": "Quản trị viên",
            "thumb": f"{IMG}/11/thumb/doc-sach-tho-van-1_thumb.jpg",
        },
    )
)

# --- Giáo dục THCS (cat 11, list layout) --------------------------------------------------------

STORIES.append(
    Story(
        id=407,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen",
        title="Hội thi Giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        cat="Giáo dục THCS",
        published_at="2026-11-26T15:05:00+07:00",
        authors=["Nguyễn Thị Lan Hương"],
        blocks=[
            P("Ngày 25/11/2026, Phòng Giáo dục và Đào tạo tổng kết Hội thi Giáo viên dạy giỏi cấp "
              "huyện bậc trung học cơ sở năm học 2026 - 2027. Hội thi có 43 giáo viên của 14 "
              "trường THCS đăng ký dự thi ở 9 môn học."),
            P("Điểm mới của hội thi năm nay là giáo viên được bốc thăm bài dạy trước 3 ngày và dạy "
              "trên lớp học của trường bạn, bảo đảm khách quan, công bằng."),
            Img(f"{IMG}/11/gvdg-thcs-01.jpg", "Giờ dạy môn Khoa học tự nhiên của cô giáo Trường THCS Văn Lương",
                "Giờ dạy môn Khoa học tự nhiên của cô giáo Trường THCS Văn Lương", style="fig"),
            P("Nhiều tiết dạy môn Khoa học tự nhiên, Lịch sử và Địa lý được thiết kế theo hướng "
              "dạy học dự án, gắn kiến thức với thực tiễn địa phương như làng nghề, di tích lịch sử "
              "và sản xuất nông nghiệp của huyện."),
            P("Kết quả, 36 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện; Trường THCS Hưng "
              "Hóa và Trường THCS Văn Lương có tỷ lệ giáo viên đạt giải cao nhất."),
            P("Phòng Giáo dục và Đào tạo đề nghị các nhà trường tổ chức sinh hoạt chuyên môn, chia "
              "sẻ các tiết dạy tốt của hội thi tới toàn thể giáo viên trong học kỳ II."),
        ],
        opts={
            "created": "2026-11-26 10:10", "published": "2026-11-26 15:05",
            "account": "Quản trị viên", "field_author": "Nguyễn Thị Lan Hương",
            "thumb": f"{IMG}/11/thumb/gvdg-thcs-01_thumb.jpg",
        },
    )
)

STORIES.append(
    Story(
        id=403,
        slug="hoc-sinh-tam-nong-dat-15-giai-tai-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-tinh",
        title="Học sinh Tam Nông đạt 15 giải tại Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh",
        cat="Giáo dục THCS",
        published_at="2026-11-23T17:10:00+07:00",
        authors=["Hoàng Văn Nam"],
        blocks=[
            P("Sở Giáo dục và Đào tạo Phú Thọ vừa công bố kết quả Kỳ thi chọn học sinh giỏi lớp 9 "
              "cấp tỉnh năm học 2026 - 2027. Đội tuyển huyện Tam Nông có 15/30 học sinh đạt giải, "
              "tăng 4 giải so với năm học trước."),
            P("Kết quả cụ thể theo từng môn:"),
            P("Môn thi | Giải Nhì | Giải Ba | Khuyến khích", "row"),
            P("Toán | 1 | 1 | 1", "row"),
            P("Ngữ văn | 0 | 2 | 1", "row"),
            P("Tiếng Anh | 1 | 1 | 2", "row"),
            P("Khoa học tự nhiên | 1 | 2 | 1", "row"),
            P("Em Nguyễn Hoàng Minh Anh, học sinh Trường THCS Hưng Hóa đạt giải Nhì môn Toán với "
              "số điểm 17,5/20, là thí sinh có điểm cao nhất của huyện."),
            P("Để có kết quả này, Phòng Giáo dục và Đào tạo đã sớm xây dựng kế hoạch bồi dưỡng từ "
              "hè, huy động giáo viên cốt cán của các trường tham gia ôn luyện và tổ chức nhiều đợt "
              "khảo sát chất lượng đội tuyển."),
            Raw('<p style="text-align: right;"><strong>Hoàng Văn Nam</strong></p>'),
        ],
        opts={
            "created": "2026-11-23 16:00", "published": "2026-11-23 17:10",
            "account": "pgd_tamnong",
            "thumb": f"{IMG}/11/thumb/hsg-lop9_thumb.jpg",
        },
    )
)

STORIES.append(
    Story(
        id=398,
        slug="truong-thcs-hung-hoa-to-chuc-chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien",
        title="Trường THCS Hưng Hóa tổ chức chuyên đề dạy học STEM môn Khoa học tự nhiên",
        cat="Giáo dục THCS",
        published_at="2026-11-16T15:40:00+07:00",
        source="Trường THCS Hưng Hóa",
        blocks=[
            P("Ngày 13/11/2026, Trường THCS Hưng Hóa tổ chức chuyên đề cấp huyện “Dạy học STEM "
              "trong môn Khoa học tự nhiên lớp 8” với sự tham dự của giáo viên bộ môn đến từ 14 "
              "trường THCS trong huyện."),
            P("Tiết dạy minh họa bài “Thiết kế hệ thống tưới cây tự động” do cô giáo Đinh Thị Mai "
              "thực hiện. Học sinh được chia nhóm, vận dụng kiến thức về điện và độ ẩm của đất để "
              "lắp ráp mô hình từ cảm biến, bơm mini và vỏ chai nhựa tái chế."),
            Img(f"{IMG}/11/stem-hung-hoa.jpg", "Học sinh lắp ráp mô hình hệ thống tưới cây tự động",
                "Học sinh lắp ráp mô hình hệ thống tưới cây tự động", style="pem"),
            P("Sau tiết dạy, các đại biểu thảo luận về quy trình thiết kế bài học STEM, cách đánh giá "
              "sản phẩm của học sinh và những khó khăn về thiết bị ở các trường vùng xa trung tâm."),
            P("Chuyên đề góp phần giúp giáo viên có thêm kinh nghiệm tổ chức hoạt động trải nghiệm, "
              "phát triển năng lực giải quyết vấn đề và sáng tạo cho học sinh."),
        ],
        opts={
            "created": "2026-11-14 08:20", "published": "2026-11-16 15:40",
            "modified": "2026-11-30 09:12", "account": "Quản trị viên",
            "field_source": "Trường THCS Hưng Hóa", "old_cat": 9,
            "tags": [("stem", "STEM")],
            "thumb": f"{IMG}/11/thumb/stem-hung-hoa_thumb.jpg",
        },
    )
)

C4_SAPO = (
    "(PGDĐT Tam Nông) - Năm học 2026 - 2027, ngành Giáo dục Tam Nông đặt mục tiêu ít nhất 40% "
    "học sinh tốt nghiệp THCS đi học nghề, học trung cấp hoặc học văn hóa kết hợp học nghề."
)
STORIES.append(
    Story(
        id=392,
        slug="tang-cuong-cong-tac-tu-van-huong-nghiep-phan-luong-hoc-sinh-sau-tot-nghiep-thcs",
        title="Tăng cường công tác tư vấn hướng nghiệp, phân luồng học sinh sau tốt nghiệp THCS",
        cat="Giáo dục THCS",
        published_at="2026-11-06T09:20:00+07:00",
        authors=["Trần Quốc Việt"],
        summary=C4_SAPO,
        blocks=[
            P(C4_SAPO, "bold"),
            P("Những năm qua, công tác phân luồng học sinh sau THCS của huyện đã có chuyển biến. "
              "Năm học 2025 - 2026, có 31,6% học sinh lớp 9 lựa chọn học nghề, học tại Trung tâm "
              "Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện hoặc các trường trung cấp trong "
              "tỉnh."),
            P("Tuy nhiên, tâm lý muốn con vào lớp 10 trung học phổ thông bằng mọi giá của nhiều "
              "phụ huynh vẫn còn nặng nề; hoạt động tư vấn ở một số trường còn hình thức, chủ yếu "
              "lồng ghép trong giờ sinh hoạt lớp."),
            P("Để khắc phục, Phòng Giáo dục và Đào tạo yêu cầu các trường THCS:"),
            P("Thành lập tổ tư vấn hướng nghiệp do phó hiệu trưởng làm tổ trưởng;", "oli"),
            P("Tổ chức cho học sinh lớp 8, lớp 9 tham quan trải nghiệm tại các cơ sở giáo dục nghề "
              "nghiệp và doanh nghiệp trên địa bàn;", "oli"),
            P("Phối hợp với Trung tâm GDNN - GDTX huyện tổ chức ngày hội tư vấn tuyển sinh trước "
              "tháng 4/2027.", "oli"),
            P("Cùng với đó, các nhà trường cần làm tốt công tác tuyên truyền để cha mẹ học sinh "
              "hiểu rằng học nghề cũng là một con đường lập nghiệp bền vững."),
            Raw('<p style="text-align: right;"><strong>ThS. Trần Quốc Việt - Phó Trưởng phòng '
                'GD&amp;ĐT</strong></p>'),
        ],
        opts={
            "created": "2026-11-05 14:25", "published": "2026-11-06 09:20",
            "account": "Quản trị viên",
            "thumb": f"{IMG}/11/thumb/huong-nghiep_thumb.jpg",
        },
    )
)

C5_LETTERHEAD = """<table style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top;">UBND HUYỆN TAM NÔNG<br><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 412/PGDĐT-THCS<br><em><span style="font-size: 10pt;">V/v hướng dẫn ôn tập và tổ chức kiểm tra giữa học kỳ I cấp THCS</span></em></td>
<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br><em>Tam Nông, ngày 22 tháng 10 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;">Kính gửi: Hiệu trưởng các trường THCS trong huyện.</p>"""

C5_CLOSING = """<table style="width: 100%;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br><span style="font-size: 10pt;">- Như kính gửi;<br>- Lãnh đạo Phòng;<br>- Lưu: VT, THCS.</span></td>
<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG PHÒNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Đức Thắng</strong></td>
</tr>
</tbody>
</table>"""

STORIES.append(
    Story(
        id=387,
        slug="huong-dan-on-tap-va-to-chuc-kiem-tra-giua-hoc-ky-i-cap-thcs-nam-hoc-2026-2027",
        title="Hướng dẫn ôn tập và tổ chức kiểm tra giữa học kỳ I cấp THCS năm học 2026 - 2027",
        cat="Giáo dục THCS",
        published_at="2026-10-22",
        authors=["Nguyễn Đức Thắng"],
        blocks=[
            Raw(C5_LETTERHEAD),
            P("Căn cứ Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 của Phòng Giáo dục và Đào "
              "tạo, Phòng GD&ĐT hướng dẫn các trường THCS ôn tập và tổ chức kiểm tra giữa học kỳ I "
              "như sau:"),
            P("1. Thời gian kiểm tra", "h4"),
            P("Các trường chủ động tổ chức kiểm tra trong tuần từ ngày 02/11 đến ngày 07/11/2026; "
              "riêng môn Ngữ văn, Toán, Tiếng Anh lớp 9 kiểm tra chung theo đề của Phòng vào ngày "
              "05/11/2026."),
            P("2. Hình thức và thời lượng", "h4"),
            P("Môn Ngữ văn, Toán: tự luận, thời gian 90 phút."),
            P("Môn Tiếng Anh: kết hợp trắc nghiệm và tự luận, thời gian 60 phút."),
            P("3. Tổ chức thực hiện", "h4"),
            P("Hiệu trưởng các trường chỉ đạo tổ chuyên môn xây dựng đề cương ôn tập, bảo đảm "
              "kiểm tra nghiêm túc, đánh giá đúng thực chất; báo cáo kết quả về Phòng GD&ĐT (qua "
              "bộ phận THCS) trước ngày 12/11/2026."),
            Raw(C5_CLOSING),
        ],
        opts={
            "created": "2026-10-22 16:50", "published": "2026-10-23 08:00",
            "account": "pgd_tamnong",
            "attachments": [(27, "HD-412-PGDDT-THCS-on-tap-GHKI.pdf", "236 Kb", 48)],
            "thumb": f"{IMG}/10/thumb/cong-van_thumb.jpg",
        },
    )
)

STORIES.append(
    Story(
        id=380,
        slug="cau-lac-bo-tieng-anh-truong-thcs-co-tiet-san-choi-bo-ich-cho-hoc-sinh",
        title="Câu lạc bộ Tiếng Anh Trường THCS Cổ Tiết: sân chơi bổ ích cho học sinh",
        cat="Giáo dục THCS",
        published_at="2026-10-09T15:00:00+07:00",
        authors=["Lê Minh Châu"],
        photographers=["Lê Minh Châu"],
        blocks=[
            P("Được thành lập từ tháng 9/2024, đến nay Câu lạc bộ Tiếng Anh của Trường THCS Cổ "
              "Tiết đã có hơn 80 thành viên là học sinh từ lớp 6 đến lớp 9.", "nfd"),
            P("Câu lạc bộ sinh hoạt vào chiều thứ Sáu hằng tuần với nhiều hình thức phong phú: hát "
              "tiếng Anh, đóng kịch, thuyết trình theo chủ đề, trò chơi ô chữ và giao lưu trực tuyến "
              "với học sinh các trường bạn.", "nfd"),
            Img(f"{IMG}/10/clb-tieng-anh-co-tiet.jpg",
                "Các thành viên câu lạc bộ trong tiết mục kịch “Cô bé quàng khăn đỏ”",
                "Các thành viên câu lạc bộ trong tiết mục kịch “Cô bé quàng khăn đỏ”", style="pem"),
            P("Cô giáo Nguyễn Thị Hạnh, phụ trách câu lạc bộ, chia sẻ: nhiều em lúc đầu rất rụt rè, "
              "nay đã tự tin giao tiếp và dẫn chương trình bằng tiếng Anh trong các buổi chào cờ.",
              "nfd"),
            P("Năm học 2025 - 2026, các thành viên câu lạc bộ đạt 2 giải cấp huyện trong cuộc thi "
              "hùng biện tiếng Anh và 1 giải Ba cấp tỉnh Olympic Tiếng Anh.", "nfd"),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Minh Châu</strong></p>'),
        ],
        opts={
            "created": "2026-10-09 11:00", "published": "2026-10-09 15:00",
            "account": "Quản trị viên",
            "thumb": f"{IMG}/10/thumb/clb-tieng-anh_thumb.jpg",
        },
    )
)

BY_ID = {s.id: s for s in STORIES}
CAT_ID = {name: cid for cid, (_a, name, _l, _n, _i) in CATS.items()}


# --------------------------------------------------------------------------------------------
# URLs
# --------------------------------------------------------------------------------------------


def cat_path(cid: int) -> str:
    return f"/tin-tuc/{cid}-{CATS[cid][0]}.html"


def art_path(story: Story, cid: int | None = None) -> str:
    cid = cid or CAT_ID[story.cat]
    return f"/tin-tuc/{cid}-{CATS[cid][0]}/{story.id}-{story.slug}.html"


def popular_path(story: Story) -> str:
    """How mod_articles_popular links (no menu item matched its route)."""
    return f"/component/content/article/{story.id}-{story.slug}.html?catid={CAT_ID[story.cat]}&Itemid={HOME_ITEMID}"


def nonsef_path(story: Story) -> str:
    """How the Gantry Content Array particle links (the stored, unrouted URL)."""
    return (f"/index.php?option=com_content&view=article&id={story.id}:{story.slug}"
            f"&catid={CAT_ID[story.cat]}&Itemid={HOME_ITEMID}")


def print_path(story: Story) -> str:
    return art_path(story) + "?tmpl=component&print=1&layout=default"


def mail_hash(story: Story) -> str:
    return hashlib.sha1(art_path(story).encode("utf-8")).hexdigest()


def mail_path(story: Story) -> str:
    return f"/component/mailto/?tmpl=component&template=g5_helium&link={mail_hash(story)}"


def page_paths(story: Story) -> list[str]:
    """The {pagebreak} URLs of a multi-page article (empty for the others)."""
    pages = story.opts.get("pages")
    if not pages:
        return []
    base = art_path(story)
    return [base + "?showall=&limitstart="] + [
        base + f"?showall=&limitstart={i}" for i in range(1, len(pages))
    ] + [base + "?showall=1"]


# --------------------------------------------------------------------------------------------
# the article text
# --------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.]+@[\w.]+\w")


def _b64(value: str) -> str:
    return base64.b64encode(value.encode("utf-8")).decode("ascii")


def hidden_mail(address: str) -> str:
    """Joomla 4's plg_content_emailcloak output: a web component the browser script fills in."""
    local, domain = address.split("@")
    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{_b64(local)}" last="{_b64(domain)}"'
        f' text="{_b64(address)}" base="" >Địa chỉ email này đang được bảo vệ khỏi chương trình '
        "thư rác, bạn cần kích hoạt JavaScript để xem nó.</joomla-hidden-mail>"
    )


def _img_tag(img: Img, extra: str = "") -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return (f'<img src="{esc(img.src)}" alt="{esc(alt)}" width="800" height="533" '
            f'loading="lazy"{extra}>')


def _para(block: P) -> str:
    style = block.style
    if style == "bold":
        return f'<p style="text-align: justify;"><strong>{text(block.text)}</strong></p>'
    if style in ("h3", "h4"):
        return f"<{style}>{text(block.text)}</{style}>"
    if style == "quote":
        return (f'<blockquote style="border-left: 3px solid #ccc; padding-left: 10px;">'
                f"<p><em>{text(block.text)}</em></p></blockquote>")
    if style == "span":
        return (f'<p style="text-align: justify;"><span style="font-family: \'times new roman\', '
                f'times; font-size: 14pt;">{text(block.text)}</span></p>')
    if style == "nfd":
        body = text(block.text, nfd=True).replace(" ", "&nbsp;", 1)
        return f'<p style="text-align: justify;">{body}</p>\n<p>&nbsp;</p>'
    if style == "mail":
        escaped = text(block.text)
        return f'<p style="text-align: justify;">{_EMAIL.sub(lambda m: hidden_mail(m.group()), escaped)}</p>'
    return f'<p style="text-align: justify;">{text(block.text)}</p>'


def _image(img: Img) -> str:
    if img.style == "fig":
        cap = f"<figcaption>{text(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="image">{_img_tag(img)}{cap}</figure>'
    if img.style == "pem":
        out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
        if img.printed:
            out += f'\n<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
        return out
    tag = _img_tag(img, ' style="max-width: 100%;"')
    return f'<p style="text-align: center;">{tag}</p>'


def render_blocks(blocks: list, insert_after: dict[int, str] | None = None,
                  offset: int = 0) -> str:
    """The editor's HTML for a run of blocks (lists and tables grouped)."""
    out: list[str] = []
    group: str | None = None
    rows: list[str] = []

    def close() -> None:
        nonlocal group
        if group in ("li", "oli"):
            tag = "ul" if group == "li" else "ol"
            out.append(f"<{tag}>" + "".join(rows) + f"</{tag}>")
        elif group == "row":
            out.append('<table class="table table-bordered" style="width: 100%; border-collapse: '
                       'collapse;" border="1"><tbody>' + "".join(rows) + "</tbody></table>")
        group = None
        rows.clear()

    for i, block in enumerate(blocks, start=offset):
        kind = block.style if isinstance(block, P) and block.style in ("li", "oli", "row") else None
        if kind != group:
            close()
            group = kind
        if kind in ("li", "oli"):
            rows.append(f"<li>{text(block.text)}</li>")
        elif kind == "row":
            cells = block.text.split(" | ")
            first = not rows
            rows.append("<tr>" + "".join(
                f'<td style="text-align: center;">{"<strong>" if first else ""}{text(c)}'
                f'{"</strong>" if first else ""}</td>' for c in cells) + "</tr>")
        elif isinstance(block, P):
            out.append(_para(block))
        elif isinstance(block, Img):
            if block.style != "full":
                out.append(_image(block))
        elif isinstance(block, Raw):
            out.append(block.html)
        if insert_after and i in insert_after:
            close()
            out.append(insert_after[i])
    close()
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# the Gantry 5 chrome
# --------------------------------------------------------------------------------------------

# (Itemid, title, href, children)
MENU = [
    (101, "Trang chủ", "/", []),
    (102, "Giới thiệu", "/gioi-thieu/gioi-thieu-chung.html", [
        (103, "Giới thiệu chung", "/gioi-thieu/gioi-thieu-chung.html"),
        (104, "Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html"),
    ]),
    (111, "Tin tức", "/tin-tuc.html", [
        (112, "Hoạt động ngành", cat_path(9)),
        (113, "Giáo dục Tiểu học", cat_path(10)),
        (114, "Giáo dục THCS", cat_path(11)),
    ]),
    (120, "Văn bản", "/van-ban.html", []),
    (121, "Thư viện", "/thu-vien-anh.html", [
        (122, "Thư viện ảnh", "/thu-vien-anh.html"),
        (123, "Video", "/video.html"),
    ]),
    (130, "Liên hệ", "/lien-he.html", []),
]


def _menu_item(itemid: int, title: str, href: str, active: set[int], level: int = 0) -> str:
    cls = f"g-menu-item g-menu-item-type-component g-menu-item-{itemid}"
    if itemid in active:
        cls += " active"
    if level:
        cls = f"g-level-{level} " + cls
    return (f'<li class="{cls} g-standard  "><a class="g-menu-item-container" href="{esc(href)}">'
            f'<span class="g-menu-item-content"><span class="g-menu-item-title">{esc(title)}'
            "</span></span></a></li>")


def main_menu(active: set[int]) -> str:
    out = ['<nav class="g-main-nav" data-g-hover-expand="true">', '<ul class="g-toplevel">']
    for itemid, title, href, children in MENU:
        if not children:
            out.append(_menu_item(itemid, title, href, active))
            continue
        cls = f"g-menu-item g-menu-item-type-alias g-menu-item-{itemid} g-parent g-standard g-menu-item-link-parent"
        if itemid in active:
            cls += " active"
        sub = "".join(_menu_item(i, t, h, active, 1) for i, t, h in children)
        out.append(
            f'<li class="{cls} "><a class="g-menu-item-container" href="{esc(href)}">'
            f'<span class="g-menu-item-content"><span class="g-menu-item-title">{esc(title)}</span>'
            '</span><span class="g-menu-parent-indicator" data-g-menuparent=""></span></a>'
            '<ul class="g-dropdown g-inactive g-fade g-dropdown-right"><li class="g-dropdown-column">'
            '<div class="g-grid"><div class="g-block size-100"><ul class="g-sublevel">'
            '<li class="g-level-1 g-go-back"><a class="g-menu-item-container" href="#" '
            'data-g-menuparent=""><span>Quay lại</span></a></li>'
            f"{sub}</ul></div></div></li></ul></li>"
        )
    out.append("</ul></nav>")
    return "\n".join(out)


def breadcrumbs(crumbs: list[tuple[str, str | None]]) -> str:
    items = [
        '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>',
        '<li class="mod-breadcrumbs__divider float-start"><span class="divider icon-location '
        'icon-fw" aria-hidden="true"></span></li>',
    ]
    full = [("Trang chủ", "/"), *crumbs]
    for pos, (label, href) in enumerate(full, start=1):
        last = pos == len(full)
        if last or href is None:
            items.append(
                '<li aria-current="page" itemprop="itemListElement" itemscope '
                'itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item '
                f'active"><span itemprop="name">{esc(label)}</span>'
                f'<meta itemprop="position" content="{pos}"></li>'
            )
        else:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                f'class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{esc(href)}" '
                f'class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<meta itemprop="position" content="{pos}"></li>'
            )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Đường dẫn">'
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs '
        'breadcrumb px-3 py-2">' + "".join(items) + "</ol></nav>"
    )


POPULAR_IDS = [401, 403, 412, 390, 392]


def _moduletable(title: str, inner: str, suffix: str = "") -> str:
    return (f'<div class="moduletable {suffix}"><h3 class="g-title">{esc(title)}</h3>'
            f"{inner}</div>")


def sidebar() -> str:
    popular = "".join(
        '<li itemscope itemtype="https://schema.org/Article">'
        f'<a href="{esc(popular_path(BY_ID[i]))}" itemprop="url"><span itemprop="name">'
        f"{esc(BY_ID[i].title)}</span></a></li>" for i in POPULAR_IDS
    )
    links = (
        '<select class="form-select" onchange="if(this.value) window.open(this.value);" '
        'aria-label="Liên kết website"><option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.phutho.gov.vn">Sở GD&amp;ĐT Phú Thọ</option>'
        '<option value="https://tamnong.phutho.gov.vn">Cổng TTĐT huyện Tam Nông</option>'
        '<option value="https://baophutho.vn">Báo Phú Thọ</option></select>'
    )
    banners = (
        '<div class="mod-banners bannergroup">'
        '<div class="mod-banners__item banneritem"><a href="https://dichvucong.gov.vn" '
        'target="_blank" rel="noopener noreferrer" title="Dịch vụ công"><img src="/images/banners/'
        'dich-vu-cong.png" alt="Cổng dịch vụ công quốc gia" width="300" height="90"></a></div>'
        '<div class="mod-banners__item banneritem"><a href="https://csdl.moet.gov.vn" '
        'target="_blank" rel="noopener noreferrer"><img src="/images/banners/csdl-nganh.png" '
        'alt="Cơ sở dữ liệu ngành" width="300" height="90"></a></div></div>'
    )
    poll = (
        '<form action="/index.php?option=com_acepolls&amp;view=poll&amp;id=2" method="post" '
        'name="poll_vote_2"><p class="mod-poll-question">Bạn đánh giá thế nào về Cổng thông tin '
        'của Phòng GD&amp;ĐT?</p><ul class="poll-options">'
        '<li><input type="radio" name="voteid" id="voteid5" value="5"><label for="voteid5">Rất '
        'hữu ích</label></li><li><input type="radio" name="voteid" id="voteid6" value="6">'
        '<label for="voteid6">Hữu ích</label></li><li><input type="radio" name="voteid" '
        'id="voteid7" value="7"><label for="voteid7">Cần cải thiện</label></li></ul>'
        '<input type="submit" name="task_button" class="btn btn-primary" value="Bình chọn">'
        '<input type="hidden" name="task" value="vote"></form>'
    )
    counter = (
        '<div id="vvisit_counter" class="vinaora-visitors-counter"><table cellpadding="0" '
        'cellspacing="0" style="width: 90%;"><tbody>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.png" alt="Hôm nay">'
        '</td><td>Hôm nay</td><td style="text-align: right;">412</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vyesterday.png" alt="Hôm qua">'
        '</td><td>Hôm qua</td><td style="text-align: right;">538</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vall.png" alt="Tổng"></td>'
        '<td>Tổng truy cập</td><td style="text-align: right;">1.384.206</td></tr></tbody></table>'
        '<div class="vvisit-online">Đang online: 17</div></div>'
    )
    return "\n".join([
        _moduletable("Đọc nhiều", f'<ul class="mod-mostread mostread mod-list">{popular}</ul>',
                     "docnhieu"),
        _moduletable("Liên kết", banners),
        _moduletable("Liên kết website", links),
        _moduletable("Thăm dò ý kiến", poll, "poll"),
        _moduletable("Thống kê truy cập", counter, "thongke"),
    ])


FOOTER = """<footer id="g-footer">
<div class="g-container"><div class="g-grid">
<div class="g-block size-60"><div class="g-content"><div class="g-particle"><div class="g-footer-info">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TAM NÔNG</strong></p>
<p>Địa chỉ: Khu 7, thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Phú Thọ</p>
<p>Điện thoại: 0210.3879.123 - Fax: 0210.3879.125 - Email: pgdtamnong@phutho.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng Giáo dục và Đào tạo</p>
</div></div></div></div>
<div class="g-block size-40"><div class="g-content"><div class="g-particle">
<div class="g-social"><a href="https://www.facebook.com/pgdtamnong" target="_blank" rel="noopener noreferrer" title="Facebook"><span class="fab fa-facebook-f"></span></a>
<a href="https://www.youtube.com/@pgdtamnong" target="_blank" rel="noopener noreferrer" title="YouTube"><span class="fab fa-youtube"></span></a></div>
</div></div></div>
</div></div>
</footer>
<section id="g-copyright">
<div class="g-container"><div class="g-grid">
<div class="g-block size-70"><div class="g-content"><div class="g-particle"><div class="g-branding">&copy; 2026 Phòng GD&amp;ĐT Tam Nông. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></div></div></div>
<div class="g-block size-30"><div class="g-content"><div class="g-particle"><div class="totop g-particle"><div class="g-totop"><a href="#" id="g-totop" rel="nofollow" title="Lên đầu trang" aria-label="Lên đầu trang">Lên đầu trang <i class="fa fa-chevron-up fa-fw" aria-hidden="true"></i></a></div></div></div></div></div>
</div></div>
</section>"""


def layout(*, title: str, main: str, crumbs: list[tuple[str, str | None]] | None,
           body_class: str, itemid: int, description: str = "", top: str = "") -> str:
    """A Gantry 5 Helium page around the component output ``main``."""
    active = {itemid}
    for parent, _t, _h, children in MENU:
        if any(i == itemid for i, _tt, _hh in children):
            active.add(parent)
    desc = description or ("Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Tam Nông, "
                           "tỉnh Phú Thọ")
    intro = ""
    if crumbs is not None:
        intro = ('<section id="g-intro"><div class="g-container"><div class="g-grid">'
                 '<div class="g-block size-100"><div class="g-content"><div class="platform-content">'
                 f'<div class="moduletable ">{breadcrumbs(crumbs)}</div></div></div></div></div>'
                 "</div></section>")
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" type="text/css">
<link rel="stylesheet" href="/templates/g5_helium/custom/css-compiled/helium_12.css" type="text/css">
<link rel="stylesheet" href="/media/gantry5/engines/nucleus/css-compiled/joomla.css" type="text/css">
<link rel="stylesheet" href="/media/gantry5/assets/css/font-awesome6-all.min.css" type="text/css">
<meta charset="utf-8">
<meta name="description" content="{esc(desc)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/templates/g5_helium/custom/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"JLIB_FORM_CONTAINS_INVALID_FIELDS":"Biểu mẫu không thể gửi vì thiếu dữ liệu bắt buộc."}},"system.paths":{{"root":"","rootFull":"\\/","base":"","baseFull":"\\/"}},"csrf.token":"3f1c2b9e8a7d6c5b4a39281706f5e4d3"}}</script>
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script src="/media/system/js/joomla-hidden-mail-es5.min.js?b2c8377606bb898b64d21e2d06c6bb925371b9c3" nomodule defer></script>
<script src="/media/system/js/joomla-hidden-mail.min.js?065992337609bf436e2fedbcbdc3de1406158b97" type="module"></script>
</head>
<body class="gantry site com_content {body_class} no-task dir-ltr itemid-{itemid} outline-12 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1">
<div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div></div>
</div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-top">
<div class="g-container"><div class="g-grid">
<div class="g-block size-50"><div class="g-content"><div class="g-particle"><div class="g-date"><i class="far fa-calendar-alt"></i> <span>Thứ Bảy, 05/12/2026</span></div></div></div></div>
<div class="g-block size-50"><div class="g-content"><div class="moduletable ">
<form class="mod-finder js-finder-searchform form-search" action="/tim-kiem.html" method="get" role="search">
<label for="mod-finder-searchword118" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword118" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm...">
</form></div></div></div>
</div></div>
</section>
<section id="g-navigation">
<div class="g-container"><div class="g-grid">
<div class="g-block size-30"><div class="g-content"><div class="g-particle">
<a href="/" target="_self" title="{esc(SITE_NAME)}" aria-label="{esc(SITE_NAME)}" rel="home" class="g-logo g-logo-helium"><img src="/templates/g5_helium/custom/images/logo-pgd-tam-nong.png" alt="{esc(SITE_NAME)}"></a>
</div></div></div>
<div class="g-block size-70"><div class="g-content"><div class="g-particle">
{main_menu(active)}
</div></div></div>
</div></div>
</section>
{intro}
{top}
<section id="g-container-main" class="g-wrapper">
<div class="g-container"><div class="g-grid">
<div class="g-block size-70">
<main id="g-mainbar">
<div class="g-grid"><div class="g-block size-100"><div class="g-content">
<div class="platform-content container"><div class="row"><div class="col">
<div id="system-message-container" aria-live="polite"></div>
{main}
</div></div></div>
</div></div></div>
</main>
</div>
<div class="g-block size-30">
<aside id="g-aside">
<div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content">
{sidebar()}
</div></div></div></div>
</aside>
</div>
</div></div>
</section>
{FOOTER}
</div>
<script type="text/javascript" src="/media/gantry5/assets/js/main.js"></script>
</body>
</html>"""


# --------------------------------------------------------------------------------------------
# com_content: the article view
# --------------------------------------------------------------------------------------------

PAGE_HEADING = "Tin tức - Sự kiện"


def _info_block(story: Story, *, list_only_published: bool = False) -> str:
    o = story.opts
    who = o.get("alias") or o.get("account", "Quản trị viên")
    cid = CAT_ID[story.cat]
    rows = [
        '<dt class="article-info-term">Chi tiết</dt>',
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: '
        f'<span itemprop="name">{esc(who)}</span></dd>',
        '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>'
        f' Danh mục: <a href="{cat_path(cid)}" itemprop="genre">{esc(story.cat)}</a></dd>',
        '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f'<time datetime="{iso(o["published"])}" itemprop="datePublished">Ngày đăng: '
        f'{lc2(o["published"])}</time></dd>',
    ]
    if not list_only_published:
        rows.append(
            '<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<time datetime="{iso(o["created"])}" itemprop="dateCreated">Ngày tạo: '
            f'{lc2(o["created"])}</time></dd>')
        if o.get("modified"):
            rows.append(
                '<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true">'
                f'</span><time datetime="{iso(o["modified"])}" itemprop="dateModified">Cập nhật '
                f'lần cuối: {lc2(o["modified"])}</time></dd>')
        rows.append(
            '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{story.views()}">'
            f"Lượt xem: {story.views()}</dd>")
    return '<dl class="article-info text-muted">' + "".join(rows) + "</dl>"


def _vote(story: Story) -> str:
    rating = 3 + story.id % 3
    stars = "".join(
        f'<li class="vote-star{"" if i < rating else "-empty"}"><span class="icon-star" '
        'aria-hidden="true"></span></li>' for i in range(5))
    options = "".join(f'<option value="{i}"{" selected" if i == 5 else ""}>Đánh giá {i}</option>'
                      for i in range(1, 6))
    return (
        f'<div class="content_rating" role="img" aria-label="Đánh giá: {rating} trên 5">'
        '<p class="visually-hidden" itemprop="aggregateRating" itemscope '
        'itemtype="https://schema.org/AggregateRating">Đánh giá của người dùng:&#160;'
        f'<span itemprop="ratingValue">{rating}</span>&#160;/&#160;<span itemprop="bestRating">5'
        f'</span><meta itemprop="ratingCount" content="{story.id % 9 + 2}">'
        f'<meta itemprop="worstRating" content="1"></p><ul>{stars}</ul></div>'
        f'<form method="post" action="{esc(art_path(story))}" class="form-inline mb-2">'
        '<span class="content_vote"><label class="visually-hidden" '
        f'for="content_vote_{story.id}">Vui lòng đánh giá</label><select '
        f'id="content_vote_{story.id}" name="user_rating" class="form-select form-select-sm '
        f'w-auto">{options}</select> <input class="btn btn-sm btn-primary align-baseline" '
        'type="submit" value="Đánh giá"><input type="hidden" name="task" value="article.vote">'
        '<input type="hidden" name="hitcount" value="0"><input type="hidden" name="url" '
        f'value="{esc(art_path(story))}"><input type="hidden" '
        'name="3f1c2b9e8a7d6c5b4a39281706f5e4d3" value="1"></span></form>'
    )


def _icons(story: Story) -> str:
    popup = ("window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,"
             "menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); "
             "return false;")
    return (
        '<div class="icons"><div class="float-end"><div class="btn-group">'
        f'<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" '
        'aria-label="Công cụ người dùng" data-bs-toggle="dropdown" aria-haspopup="true" '
        'aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span>'
        '<span class="caret" aria-hidden="true"></span></button>'
        f'<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">'
        f'<li class="print-icon"><a href="{esc(print_path(story))}" title="In bài viết &lt; '
        f'{esc(story.title)} &gt;" onclick="{popup}" rel="nofollow"><span class="icon-print" '
        'aria-hidden="true"></span> In</a></li>'
        f'<li class="email-icon"><a href="{esc(mail_path(story))}" title="Email liên kết này cho '
        f'bạn bè" onclick="{popup}" rel="nofollow"><span class="icon-envelope" '
        'aria-hidden="true"></span> Email</a></li></ul></div></div></div>'
    )


def _fields(entries: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<li class="field-entry {cls} "><span class="field-label ">{esc(label)}: </span>'
        f'<span class="field-value ">{esc(value)}</span></li>' for cls, label, value in entries)
    return f'<ul class="fields-container">{items}</ul>'


def _tags(story: Story) -> str:
    tags = story.opts.get("tags")
    if not tags:
        return ""
    items = "".join(
        f'<li class="list-inline-item tag-{n + 4} tag-list{n}" itemprop="keywords">'
        f'<a href="/component/tags/tag/{alias}.html" class="btn btn-sm btn-info">{esc(name)}</a>'
        "</li>" for n, (alias, name) in enumerate(tags))
    return f'<ul class="tags list-inline">{items}</ul>'


def _latest_module() -> str:
    items = "".join(
        '<li itemscope itemtype="https://schema.org/Article">'
        f'<a href="{art_path(BY_ID[i])}" itemprop="url"><span itemprop="name">'
        f"{esc(BY_ID[i].title)}</span></a></li>" for i in (412, 409, 407))
    return ('<div class="moduletable tinmoi"><h3>Tin mới cập nhật</h3>'
            f'<ul class="mod-articleslatest latestnews mod-list">{items}</ul></div>')


def _attachments(story: Story) -> str:
    rows = "".join(
        f'<tr class="row{n % 2}"><td class="at_filename"><a class="at_icon" '
        f'href="/component/attachments/download/{aid}.html" title="Tải về: {esc(name)}">'
        '<img src="/media/com_attachments/images/file_icons/pdf.gif" alt="Tải về"></a>&nbsp;'
        f'<a class="at_url" href="/component/attachments/download/{aid}.html" title="Tải về: '
        f'{esc(name)}">{esc(name)}</a></td><td class="at_file_size">{size}</td>'
        f'<td class="at_downloads">{count} lượt tải</td></tr>'
        for n, (aid, name, size, count) in enumerate(story.opts.get("attachments", [])))
    if not rows:
        return ""
    return ('<div class="attachmentsContainer"><div class="attachmentsList" '
            f'id="attachmentsList_com_content_default_{story.id}"><table>'
            f"<caption>Tệp đính kèm:</caption><tbody>{rows}</tbody></table></div></div>")


def _toc(story: Story, current: int | None) -> str:
    pages = story.opts["pages"]
    paths = page_paths(story)
    items = []
    for n, (ptitle, _start) in enumerate(pages):
        label = story.title if n == 0 else ptitle
        cls = "toclink active" if n == current else "toclink"
        items.append(f'<li class=""><a href="{esc(paths[n])}" class="{cls}">{esc(label)}</a></li>')
    cls = "toclink active" if current is None else "toclink"
    items.append(f'<li><a href="{esc(paths[-1])}" class="{cls}">Tất cả các trang</a></li>')
    return ('<div class="card float-end article-index ms-3 mb-3"><div class="card-body">'
            '<h3>Mục lục bài viết</h3><ul class="nav flex-column">' + "".join(items)
            + "</ul></div></div>")


def _page_nav(story: Story, current: int) -> str:
    paths = page_paths(story)
    total = len(story.opts["pages"])
    prev_ = (f'<li class="previous page-item"><a class="page-link" href="{esc(paths[current - 1])}" '
             'rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Trang trước</a>'
             "</li>" if current > 0 else
             '<li class="previous page-item disabled"><span class="page-link">Trang trước</span></li>')
    next_ = (f'<li class="next page-item"><a class="page-link" href="{esc(paths[current + 1])}" '
             'rel="next">Trang sau <span class="icon-chevron-right" aria-hidden="true"></span></a>'
             "</li>" if current < total - 1 else
             '<li class="next page-item disabled"><span class="page-link">Trang sau</span></li>')
    return (f'<div class="pagenavcounter">Trang {current + 1} / {total}</div>'
            f'<nav aria-label="Phân trang bài viết"><ul class="pagination">{prev_}{next_}</ul></nav>')


def article_body(story: Story, page: int | None) -> str:
    """The articleBody div: one {pagebreak} page, or the whole text (page None)."""
    inserts = {}
    if "loadposition_after" in story.opts:
        inserts[story.opts["loadposition_after"]] = _latest_module()
    pages = story.opts.get("pages")
    if not pages or page is None:
        inner = render_blocks(story.blocks, inserts)
        if pages:
            inner = _toc(story, None) + "\n" + inner
    else:
        start = pages[page][1]
        end = pages[page + 1][1] if page + 1 < len(pages) else len(story.blocks)
        inner = (_toc(story, page) + "\n" + render_blocks(story.blocks[start:end], inserts, start)
                 + "\n" + _page_nav(story, page))
    return f'<div itemprop="articleBody" class="com-content-article__body">\n{inner}\n</div>'


def article_component(story: Story, page: int | None, *, printing: bool = False) -> str:
    o = story.opts
    parts = [
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">',
        '<meta itemprop="inLanguage" content="vi-VN">',
        f'<div class="page-header"><h1> {esc(PAGE_HEADING)} </h1></div>',
        f'<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>',
    ]
    if o.get("field_author"):
        parts.append(_fields([("tac-gia", "Tác giả", o["field_author"])]))
    if printing:
        parts.append('<div id="pop-print" class="btn hidden-print"><a href="#" '
                     'onclick="window.print();return false;"><span class="icon-print" '
                     'aria-hidden="true"></span> In</a></div>')
    else:
        parts.append(_icons(story))
    parts.append(_info_block(story))
    parts.append(_tags(story))
    if not printing:
        parts.append(_vote(story))
    full = next((b for b in story.blocks if isinstance(b, Img) and b.style == "full"), None)
    if full is not None:
        cap = f'<figcaption class="caption">{esc(full.printed)}</figcaption>' if full.printed else ""
        tag = _img_tag(full, ' itemprop="image"')
        parts.append(f'<figure class="left item-image">{tag}{cap}</figure>')
    parts.append(article_body(story, page))
    if o.get("field_source"):
        parts.append(_fields([("nguon-tin", "Nguồn tin", o["field_source"])]))
    parts.append(_attachments(story))
    parts.append("</div>")
    return "\n".join(p for p in parts if p)


def _others(story: Story) -> str:
    cid = CAT_ID[story.cat]
    others = [s for s in cat_stories(cid) if s.id != story.id][:3]
    items = "".join(
        f'<li><a class="mod-articles-category-title " href="{art_path(s)}">{esc(s.title)}</a>'
        f'<span class="mod-articles-category-date">({_dt(s.opts["published"]):%d/%m/%Y})</span></li>'
        for s in others)
    return ('<div class="moduletable tin-khac"><h3 class="g-title">Các tin khác</h3>'
            f'<ul class="mod-articlescategory category-module mod-list">{items}</ul></div>')


def cat_stories(cid: int) -> list[Story]:
    return sorted((s for s in STORIES if CAT_ID[s.cat] == cid),
                  key=lambda s: s.opts["published"], reverse=True)


def article_page(story: Story, page: int | None) -> str:
    cid = CAT_ID[story.cat]
    title = story.title
    if page:
        title += " - " + story.opts["pages"][page][0]
    first = next((b.text for b in story.blocks if isinstance(b, P)), "")
    return layout(
        title=f"{title} - {SHORT}",
        main=article_component(story, page) + "\n" + _others(story),
        crumbs=[("Tin tức", "/tin-tuc.html"), (story.cat, cat_path(cid)), (story.title, None)],
        body_class="view-article no-layout", itemid=CATS[cid][4],
        description=first[:155],
    )


def print_page(story: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{esc(story.title)} - {esc(SHORT)}</title>
<link rel="stylesheet" href="/templates/g5_helium/custom/css-compiled/helium_12.css" type="text/css">
</head>
<body class="gantry contentpane modal">
<div id="g-page-surround"><div class="platform-content">
<div id="system-message-container" aria-live="polite"></div>
{article_component(story, None, printing=True)}
</div></div>
</body>
</html>"""


def mail_page(story: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<title>{esc(SHORT)}</title></head>
<body class="gantry contentpane modal">
<div id="mailto-window" class="com-mailto">
<h2>Gửi liên kết này cho bạn bè.</h2>
<div class="mailto-close"><a href="#" onclick="window.close();return false;" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/index.php?option=com_mailto&amp;task=send" method="post" class="form-validate com-mailto__form">
<div class="control-group"><label for="mailto_field">Email tới<span class="star">&#160;*</span></label><input type="email" name="mailto" id="mailto_field" class="required validate-email" value="" required></div>
<div class="control-group"><label for="sender_field">Người gửi<span class="star">&#160;*</span></label><input type="text" name="sender" id="sender_field" class="required" value="" required></div>
<div class="control-group"><label for="from_field">Email của bạn<span class="star">&#160;*</span></label><input type="email" name="from" id="from_field" class="required validate-email" value="" required></div>
<div class="control-group"><label for="subject_field">Tiêu đề<span class="star">&#160;*</span></label><input type="text" name="subject" id="subject_field" class="required" value="{esc(story.title)}" required></div>
<p class="mailto-article"><strong>{esc(story.title)}</strong></p>
<div class="control-group"><button type="submit" class="btn btn-primary validate">Gửi</button> <button type="button" class="btn btn-danger" onclick="window.close();return false;">Hủy</button></div>
<input type="hidden" name="layout" value="default"><input type="hidden" name="option" value="com_mailto">
<input type="hidden" name="task" value="send"><input type="hidden" name="tmpl" value="component">
<input type="hidden" name="link" value="{mail_hash(story)}"><input type="hidden" name="3f1c2b9e8a7d6c5b4a39281706f5e4d3" value="1">
</form>
</div>
</body>
</html>"""


# --------------------------------------------------------------------------------------------
# listings
# --------------------------------------------------------------------------------------------


def _first_text(story: Story) -> str:
    return next((b.text for b in story.blocks if isinstance(b, P)), "")


def _pagination(base: str, var: str, offset: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    current = offset // per

    def href(n: int) -> str:
        return base if n == 0 else f"{base}?{var}={n * per}"

    def icon(name: str, label: str, n: int, enabled: bool) -> str:
        if not enabled:
            return (f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">'
                    f'<span class="icon-{name}" aria-hidden="true"></span></span></li>')
        return (f'<li class="page-item"><a aria-label="{label}" href="{esc(href(n))}" '
                f'class="page-link"><span class="icon-{name}" aria-hidden="true"></span></a></li>')

    items = [icon("angle-double-left", "Đến trang đầu", 0, current > 0),
             icon("angle-left", "Đến trang trước", current - 1, current > 0)]
    for n in range(pages):
        if n == current:
            items.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang '
                         f'{n + 1}" href="#" class="page-link">{n + 1}</a></li>')
        else:
            items.append(f'<li class="page-item"><a aria-label="Đến trang {n + 1}" '
                         f'href="{esc(href(n))}" class="page-link">{n + 1}</a></li>')
    items += [icon("angle-right", "Đến trang sau", current + 1, current < pages - 1),
              icon("angle-double-right", "Đến trang cuối", pages - 1, current < pages - 1)]
    return ('<nav class="pagination__wrapper" aria-label="Phân trang"><div class="pagination '
            'pagination-toolbar text-center"><ul class="pagination ms-0 mb-4">'
            + "".join(items) + "</ul></div></nav>")


def _blog_item(story: Story) -> str:
    path = art_path(story)
    return (
        '<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
        'itemtype="https://schema.org/BlogPosting">'
        f'<figure class="left item-image"><a href="{path}" itemprop="url" title="{esc(story.title)}">'
        f'<img src="{story.opts["thumb"]}" alt="" itemprop="thumbnailUrl" width="300" height="200" '
        'loading="lazy"></a></figure><div class="item-content">'
        f'<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">'
        f"{esc(story.title)}</a></h2></div>"
        + _info_block(story, list_only_published=True)
        + f"<p>{text(_first_text(story))}</p>"
        f'<p class="readmore"><a class="btn btn-secondary" href="{path}" aria-label="Đọc thêm: '
        f'{esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> '
        "Đọc thêm &hellip;</a></p></div></div>"
    )


def blog_page(cid: int, offset: int) -> str:
    _alias, name, _layout, per, itemid = CATS[cid]
    stories = cat_stories(cid)
    chunk = stories[offset:offset + per]
    leading = "".join(_blog_item(s) for s in chunk[:1])
    intro = "".join(_blog_item(s) for s in chunk[1:])
    pages = (len(stories) + per - 1) // per
    nav = ""
    if pages > 1:
        nav = ('<div class="com-content-category-blog__navigation w-100">'
               '<p class="com-content-category-blog__counter counter float-md-end pt-3 pe-2">'
               f"Trang {offset // per + 1} / {pages}</p>"
               '<div class="com-content-category-blog__pagination">'
               + _pagination(cat_path(cid), "start", offset, per, len(stories)) + "</div></div>")
    main = (
        '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="page-header"><h1> {esc(PAGE_HEADING)} </h1></div>'
        f'<h2> <span class="subheading-category">{esc(name)}</span></h2>'
        f'<div class="com-content-category-blog__items blog-items items-leading ">{leading}</div>'
        f'<div class="com-content-category-blog__items blog-items ">{intro}</div>'
        f"{nav}</div>"
    )
    title = name if offset == 0 else f"{name} - Trang {offset // per + 1}"
    return layout(title=f"{title} - {SHORT}", main=main,
                  crumbs=[("Tin tức", "/tin-tuc.html"), (name, None)],
                  body_class="view-category layout-blog", itemid=itemid)


def list_page(cid: int, offset: int) -> str:
    _alias, name, _layout, per, itemid = CATS[cid]
    stories = cat_stories(cid)
    chunk = stories[offset:offset + per]
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}" ><th class="list-title" scope="row">'
        f'<a href="{art_path(s)}">{esc(s.title)}</a></th>'
        f'<td class="list-date small">{_dt(s.opts["created"]):%d-%m-%Y}</td>'
        f'<td class="list-hits"><span class="badge bg-info">Lượt xem: {s.views()}</span></td></tr>'
        for n, s in enumerate(chunk))
    limits = "".join(f'<option value="{n}"{" selected" if n == per else ""}>{n}</option>'
                     for n in (5, 10, 15, 20, 25, 30, 50, 100)) + '<option value="0">Tất cả</option>'
    order = ("Joomla.tableOrdering('{0}','asc','', document.getElementById('adminForm')); "
             "return false;")
    main = (
        '<div class="com-content-category category-list"><div class="content-category">'
        f'<div class="page-header"><h1> {esc(PAGE_HEADING)} </h1></div><h2> {esc(name)} </h2>'
        f'<form action="{cat_path(cid)}" method="post" name="adminForm" id="adminForm" '
        'class="com-content-category__articles">'
        '<div class="com-content-category__filter btn-group"><label class="filter-search-lbl '
        'visually-hidden" for="filter-search">Lọc</label><input type="text" name="filter-search" '
        'id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" '
        'placeholder="Lọc"></div>'
        '<div class="com-content-category__pagination btn-group float-end"><label for="limit" '
        'class="visually-hidden">Hiển thị #</label><select id="limit" name="limit" '
        f'class="form-select" onchange="this.form.submit()">{limits}</select></div>'
        '<table class="com-content-category__table category table table-striped table-bordered '
        'table-hover"><caption class="visually-hidden">Bài viết, Sắp xếp theo: Ngày đăng giảm dần'
        '</caption><thead><tr>'
        f'<th scope="col" id="categorylist_header_title"><a href="#" onclick="{esc(order.format("a.title"))}" '
        'class="hasTooltip" title="Nhấp để sắp xếp theo cột này">Tiêu đề</a></th>'
        f'<th scope="col" id="categorylist_header_date"><a href="#" onclick="{esc(order.format("a.created"))}" '
        'class="hasTooltip" title="Nhấp để sắp xếp theo cột này">Ngày tạo</a></th>'
        f'<th scope="col" id="categorylist_header_hits"><a href="#" onclick="{esc(order.format("a.hits"))}" '
        'class="hasTooltip" title="Nhấp để sắp xếp theo cột này">Lượt xem</a></th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
        '<div class="com-content-category__navigation w-100">'
        '<p class="com-content-category__counter counter float-end pt-3 pe-2">'
        f"Trang {offset // per + 1} / {(len(stories) + per - 1) // per}</p>"
        '<div class="com-content-category__pagination">'
        + _pagination(cat_path(cid), "limitstart", offset, per, len(stories))
        + '</div></div><input type="hidden" name="filter_order" value="">'
        '<input type="hidden" name="filter_order_Dir" value=""><input type="hidden" '
        'name="limitstart" value=""><input type="hidden" name="task" value=""></form></div></div>'
    )
    title = name if offset == 0 else f"{name} - Trang {offset // per + 1}"
    return layout(title=f"{title} - {SHORT}", main=main,
                  crumbs=[("Tin tức", "/tin-tuc.html"), (name, None)],
                  body_class="view-category no-layout", itemid=itemid)


def categories_page() -> str:
    items = "".join(
        '<div class="com-content-categories__item ">'
        f'<h3 class="page-header item-title"><a href="{cat_path(cid)}">{esc(name)}</a> '
        f'<span class="badge bg-info">Số bài viết:&nbsp;{len(cat_stories(cid))}</span></h3></div>'
        for cid, (_a, name, _l, _n, _i) in CATS.items())
    main = ('<div class="com-content-categories categories-list">'
            f'<div class="page-header"><h1> {esc(PAGE_HEADING)} </h1></div>'
            f'<div class="com-content-categories__items">{items}</div></div>')
    return layout(title=f"Tin tức - {SHORT}", main=main, crumbs=[("Tin tức", None)],
                  body_class="view-categories no-layout", itemid=111)


def tag_page(alias: str) -> str | None:
    tagged = [s for s in STORIES if any(t[0] == alias for t in s.opts.get("tags", []))]
    if not tagged:
        return None
    name = next(n for a_, n in tagged[0].opts["tags"] if a_ == alias)
    items = "".join(
        '<li class="list-group-item list-group-item-action"><h3>'
        f'<a href="{art_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{text(_first_text(s)[:140])}&hellip;</span></li>' for s in tagged)
    main = ('<div class="com-tags-tag tag-category"><h1>' + esc(name) + '</h1>'
            f'<ul class="com-tags-tag__category category list-group">{items}</ul></div>')
    return layout(title=f"{name} - {SHORT}", main=main, crumbs=[("Thẻ", None), (name, None)],
                  body_class="view-tag no-layout", itemid=HOME_ITEMID).replace(
                      "com_content view-tag", "com_tags view-tag")


# --------------------------------------------------------------------------------------------
# the home page (Gantry outline with a Content Array particle)
# --------------------------------------------------------------------------------------------

CONTENT_ARRAY_IDS = [412, 409, 407, 406]


def _cut(value: str, n: int) -> str:
    return value if len(value) <= n else value[:n].rsplit(" ", 1)[0] + "..."


def content_array() -> str:
    items = []
    for i in CONTENT_ARRAY_IDS:
        s = BY_ID[i]
        href = esc(nonsef_path(s))
        cid = CAT_ID[s.cat]
        items.append(
            '<div class="g-block"><div class="g-content"><div class="g-array-item">'
            f'<div class="g-array-item-image"><a href="{href}"><img src="{s.opts["thumb"]}" '
            f'width="600" height="400" alt="{esc(s.title)}"></a></div>'
            f'<div class="g-array-item-title"><h3 class="g-item-title"><a href="{href}">'
            f"{esc(_cut(s.title, 60))}</a></h3></div>"
            '<div class="g-array-item-details"><span class="g-array-item-date"><i class="far '
            f'fa-clock" aria-hidden="true"></i>{lc3(s.opts["created"])}</span>'
            f'<span class="g-array-item-category"><a href="{cat_path(cid)}"><i class="fa '
            f'fa-folder-open" aria-hidden="true"></i>{esc(s.cat)}</a></span>'
            f'<span class="g-array-item-hits"><i class="fa fa-eye" aria-hidden="true"></i>'
            f"{s.views()}</span></div>"
            f'<div class="g-array-item-text">{text(_cut(_first_text(s), 150))}</div>'
            f'<div class="g-array-item-read-more"><a href="{href}"><button class="button">Xem '
            "tiếp...</button></a></div></div></div></div>"
        )
    return ('<div class="g-content-array g-joomla-articles"><div class="g-grid">'
            + "".join(items) + "</div></div>")


def home_page() -> str:
    top = ('<section id="g-feature"><div class="g-container"><div class="g-grid">'
           '<div class="g-block size-100 nomarginall"><div class="g-content"><div class="g-particle">'
           '<h2 class="g-title">Tin nổi bật</h2>' + content_array()
           + "</div></div></div></div></div></section>")
    newsflash = "".join(
        f'<div class="mod-articlesnews__item" itemscope itemtype="https://schema.org/Article">'
        f'<h4 class="newsflash-title"><a href="{art_path(s)}">{esc(s.title)}</a></h4>'
        f"<p>{text(_cut(_first_text(s), 120))}</p></div>" for s in cat_stories(10))
    notices = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="ngay">'
        f'({_dt(s.opts["created"]):%d/%m})</span></li>' for s in cat_stories(11)[:3])
    main = (
        '<div class="moduletable tieuhoc"><h3 class="g-title">Giáo dục Tiểu học</h3>'
        f'<div class="mod-articlesnews newsflash">{newsflash}</div></div>'
        '<div class="moduletable thcs"><h3 class="g-title">Giáo dục THCS</h3>'
        f'<ul class="mod-articlescategory category-module mod-list">{notices}</ul></div>'
        '<div class="moduletable thuvien"><h3 class="g-title">Thư viện ảnh - Video</h3>'
        '<div class="custom"><p><a href="/thu-vien-anh/3-le-khai-giang-nam-hoc-2026-2027.html">'
        '<img src="/images/phocagallery/khai-giang-2026/thumbs/phoca_thumb_m_kg01.jpg" '
        'alt="Lễ khai giảng năm học 2026 - 2027" width="360" height="240"></a></p>'
        '<p><a href="/video/12-tiet-hoc-stem-lam-he-thong-tuoi-cay-tu-dong.html">Video: Tiết học '
        'STEM làm hệ thống tưới cây tự động</a></p></div></div>'
    )
    return layout(title=f"Trang chủ - {SITE_NAME}", main=main, crumbs=None,
                  body_class="view-featured no-layout", itemid=HOME_ITEMID, top=top)


# --------------------------------------------------------------------------------------------
# pages that are not articles
# --------------------------------------------------------------------------------------------


def _single_article(title: str, itemid: int, crumbs: list, body_html: str, hits: int) -> str:
    """A "Single Article" menu item: the same com_content markup as a news article."""
    main = (
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN">'
        f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
        '<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span '
        'itemprop="name">Quản trị viên</span></dd><dd class="published"><span class="icon-calendar '
        'icon-fw" aria-hidden="true"></span><time datetime="2019-08-14T09:12:00+07:00" '
        'itemprop="datePublished">Ngày đăng: Thứ Tư, 14 Tháng Tám 2019 09:12</time></dd>'
        '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
        f"Lượt xem: {hits}</dd></dl>"
        f'<div itemprop="articleBody" class="com-content-article__body">{body_html}</div></div>'
    )
    return layout(title=f"{title} - {SHORT}", main=main, crumbs=crumbs,
                  body_class="view-article no-layout", itemid=itemid)


def intro_page() -> str:
    body = """<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Tam Nông là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p style="text-align: justify;">Hiện nay, toàn huyện có 42 cơ sở giáo dục công lập gồm 14 trường mầm non, 14 trường tiểu học và 14 trường trung học cơ sở với hơn 17.000 học sinh và gần 1.300 cán bộ, giáo viên, nhân viên.</p>
<h3>Chức năng, nhiệm vụ</h3>
<ul><li>Trình UBND huyện ban hành các quyết định, chỉ thị, kế hoạch phát triển giáo dục trên địa bàn;</li>
<li>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục đối với các cơ sở giáo dục;</li>
<li>Tổ chức bồi dưỡng chuyên môn, nghiệp vụ cho cán bộ quản lý, giáo viên.</li></ul>
<p style="text-align: center;"><img src="/images/gioi-thieu/tru-so-pgd.jpg" alt="tru-so-pgd" width="800" height="500"></p>
<p style="text-align: center;"><em>Trụ sở Phòng Giáo dục và Đào tạo huyện Tam Nông</em></p>"""
    return _single_article("Giới thiệu chung về Phòng Giáo dục và Đào tạo huyện Tam Nông", 103,
                           [("Giới thiệu", "/gioi-thieu/gioi-thieu-chung.html"),
                            ("Giới thiệu chung", None)], body, 5231)


def structure_page() -> str:
    rows = [
        ("Nguyễn Văn Khánh", "Trưởng phòng", "0912 345 601"),
        ("Nguyễn Đức Thắng", "Phó Trưởng phòng", "0912 345 602"),
        ("Trần Quốc Việt", "Phó Trưởng phòng", "0912 345 603"),
        ("Lê Thị Thu Hà", "Chuyên viên", "0912 345 604"),
        ("Nguyễn Thị Lan Hương", "Chuyên viên", "0912 345 605"),
    ]
    trs = "".join(f"<tr><td>{n}</td><td>{esc(a_)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
                  for n, (a_, b, c) in enumerate(rows, start=1))
    body = ('<p>Cơ cấu tổ chức của Phòng Giáo dục và Đào tạo huyện Tam Nông gồm lãnh đạo phòng và '
            'các chuyên viên phụ trách từng cấp học, lĩnh vực.</p>'
            '<table class="table table-bordered" border="1" style="width: 100%;"><tbody>'
            '<tr><td><strong>TT</strong></td><td><strong>Họ và tên</strong></td><td><strong>Chức '
            'vụ</strong></td><td><strong>Điện thoại</strong></td></tr>' + trs + "</tbody></table>")
    return _single_article("Cơ cấu tổ chức", 104,
                           [("Giới thiệu", "/gioi-thieu/gioi-thieu-chung.html"),
                            ("Cơ cấu tổ chức", None)], body, 2870)


def contact_page() -> str:
    main = """<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h1>Liên hệ</h1></div>
<div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo huyện Tam Nông</span></h2></div>
<div class="com-contact__container"><h3>Thông tin liên hệ</h3>
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="icon-address" aria-hidden="true"></span></dt><dd><span class="contact-street" itemprop="streetAddress">Khu 7, thị trấn Hưng Hóa</span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">huyện Tam Nông, tỉnh Phú Thọ</span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span class="contact-telephone" itemprop="telephone">0210.3879.123</span></dd>
</dl></div>
<h3>Mẫu liên hệ</h3>
<form id="contact-form" action="/lien-he.html" method="post" class="com-contact__form form-validate form-horizontal well">
<fieldset><legend>Gửi email. Các trường có đánh dấu * là bắt buộc.</legend>
<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên<span class="star">&#160;*</span></label><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required></div>
<div class="control-group"><label for="jform_contact_email">Email<span class="star">&#160;*</span></label><input type="email" name="jform[contact_email]" id="jform_contact_email" value="" class="form-control validate-email required" required></div>
<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề<span class="star">&#160;*</span></label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required></div>
<div class="control-group"><label for="jform_contact_message">Nội dung<span class="star">&#160;*</span></label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>
</fieldset>
<button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:phong-gd-dt"><input type="hidden" name="3f1c2b9e8a7d6c5b4a39281706f5e4d3" value="1">
</form></div>"""
    return layout(title=f"Liên hệ - {SHORT}", main=main, crumbs=[("Liên hệ", None)],
                  body_class="view-contact no-layout", itemid=130).replace(
                      "com_content view-contact", "com_contact view-contact")


DOC_PATH = "/van-ban/file/57-cong-van-so-318-pgddt-ve-ke-hoach-thuc-hien-nhiem-vu-nam-hoc.html"
DOC_DOWNLOAD = "/van-ban.html?download=57:cong-van-so-318-pgddt-ve-ke-hoach-thuc-hien-nhiem-vu-nam-hoc"
ALBUM_PATH = "/thu-vien-anh/3-le-khai-giang-nam-hoc-2026-2027.html"
VIDEO_PATH = "/video/12-tiet-hoc-stem-lam-he-thong-tuoi-cay-tu-dong.html"


def documents_page() -> str:
    main = f"""<div id="phoca-dl-category-box" class="pd-category-view">
<div class="page-header"><h1>Văn bản</h1></div>
<h3 class="pd-ctitle">Văn bản của Phòng</h3>
<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">Công văn số 318/PGDĐT về kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</div>
<div class="pd-filename"><div class="pd-float"><a class="" href="{DOC_PATH}">318-PGDDT-KH-nam-hoc-2026-2027.pdf</a></div></div></div>
<div class="pd-buttons"><div class="pd-button-download"><a class="btn btn-success" href="{esc(DOC_DOWNLOAD)}">Tải về</a></div>
<div class="pd-button-details"><a class="btn btn-info" href="{DOC_PATH}">Chi tiết</a></div></div>
<div class="pd-fdesc"><div class="pd-date">Ngày: 15-09-2026</div><div class="pd-filesize">Kích thước: 412,5 kB</div></div></div>
</div>"""
    return layout(title=f"Văn bản - {SHORT}", main=main, crumbs=[("Văn bản", None)],
                  body_class="view-category no-layout", itemid=120).replace(
                      "com_content view-category", "com_phocadownload view-category")


def document_page() -> str:
    main = f"""<div id="phoca-dl-file-box" class="pd-file-view">
<div class="page-header"><h1>Văn bản</h1></div>
<h3 class="pd-ftitle">Công văn số 318/PGDĐT về kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</h3>
<div class="pd-filebox">
<table class="pd-file-info"><tbody>
<tr><td class="pd-label">Số ký hiệu:</td><td>318/PGDĐT-KH</td></tr>
<tr><td class="pd-label">Ngày ban hành:</td><td>15/09/2026</td></tr>
<tr><td class="pd-label">Cơ quan ban hành:</td><td>Phòng Giáo dục và Đào tạo</td></tr>
<tr><td class="pd-label">Người ký:</td><td>Nguyễn Văn Khánh</td></tr>
<tr><td class="pd-label">Tên tệp:</td><td>318-PGDDT-KH-nam-hoc-2026-2027.pdf</td></tr>
<tr><td class="pd-label">Kích thước:</td><td>412,5 kB</td></tr>
<tr><td class="pd-label">Lượt tải:</td><td>263</td></tr>
</tbody></table>
<div class="pd-fdesc"><p>Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 đối với giáo dục mầm non, tiểu học và trung học cơ sở.</p></div>
<div class="pd-buttons"><div class="pd-button-download"><a class="btn btn-success" href="{esc(DOC_DOWNLOAD)}">Tải về</a></div></div>
</div></div>"""
    return layout(title=f"Công văn số 318/PGDĐT - {SHORT}", main=main,
                  crumbs=[("Văn bản", "/van-ban.html"), ("Công văn số 318/PGDĐT", None)],
                  body_class="view-file no-layout", itemid=120).replace(
                      "com_content view-file", "com_phocadownload view-file")


def gallery_page() -> str:
    main = f"""<div id="phocagallery" class="pg-categories-view">
<div class="page-header"><h1>Thư viện ảnh</h1></div>
<div class="pg-categories-items-box">
<div class="pg-category-box"><div class="pg-category-box-image"><a href="{ALBUM_PATH}"><img src="/images/phocagallery/khai-giang-2026/thumbs/phoca_thumb_m_kg01.jpg" alt="Lễ khai giảng năm học 2026 - 2027" class="img-thumbnail"></a></div>
<div class="pg-category-box-title"><a href="{ALBUM_PATH}">Lễ khai giảng năm học 2026 - 2027</a> <span class="pg-category-box-count">(6)</span></div></div>
</div></div>"""
    return layout(title=f"Thư viện ảnh - {SHORT}", main=main, crumbs=[("Thư viện ảnh", None)],
                  body_class="view-categories no-layout", itemid=122).replace(
                      "com_content view-categories", "com_phocagallery view-categories")


def album_page() -> str:
    pics = "".join(
        '<div class="pg-item-box"><div class="pg-item-box-image">'
        f'<a class="pg-lightbox" href="/images/phocagallery/khai-giang-2026/kg0{n}.jpg" '
        f'data-size="1200x800"><img src="/images/phocagallery/khai-giang-2026/thumbs/'
        f'phoca_thumb_m_kg0{n}.jpg" alt="kg0{n}" class="img-thumbnail"></a></div>'
        f'<div class="pg-item-box-title">Khai giảng {n}</div></div>' for n in range(1, 7))
    main = ('<div id="phocagallery" class="pg-category-view"><div class="page-header"><h1>'
            'Lễ khai giảng năm học 2026 - 2027</h1></div><div class="pg-category-view-desc">'
            '<p>Hình ảnh lễ khai giảng tại các trường học trên địa bàn huyện Tam Nông.</p></div>'
            f'<div class="pg-category-items-box">{pics}</div></div>')
    return layout(title=f"Lễ khai giảng năm học 2026 - 2027 - {SHORT}", main=main,
                  crumbs=[("Thư viện ảnh", "/thu-vien-anh.html"),
                          ("Lễ khai giảng năm học 2026 - 2027", None)],
                  body_class="view-category no-layout", itemid=122).replace(
                      "com_content view-category", "com_phocagallery view-category")


def videos_page() -> str:
    main = f"""<div class="com-allvideoshare avs-videos"><div class="page-header"><h1>Video</h1></div>
<div class="avs-grid"><div class="avs-item"><a href="{VIDEO_PATH}" class="avs-thumbnail"><img src="/images/allvideoshare/stem-tuoi-cay.jpg" alt="Tiết học STEM làm hệ thống tưới cây tự động"></a>
<div class="avs-title"><a href="{VIDEO_PATH}">Tiết học STEM: làm hệ thống tưới cây tự động</a></div><div class="avs-views">318 lượt xem</div></div></div></div>"""
    return layout(title=f"Video - {SHORT}", main=main, crumbs=[("Video", None)],
                  body_class="view-videos no-layout", itemid=123).replace(
                      "com_content view-videos", "com_allvideoshare view-videos")


def video_page() -> str:
    main = """<div class="com-allvideoshare avs-video-page">
<div class="page-header"><h1>Tiết học STEM: làm hệ thống tưới cây tự động</h1></div>
<div class="avs-player"><iframe width="560" height="315" src="https://www.youtube.com/embed/aB3dE4fG5hI" title="Tiết học STEM" frameborder="0" allowfullscreen></iframe></div>
<div class="avs-video-meta"><span class="avs-views">318 lượt xem</span> | <span class="avs-date">16/11/2026</span></div>
<div class="avs-description"><p>Tiết học minh họa tại Trường THCS Hưng Hóa.</p></div>
</div>"""
    return layout(title=f"Tiết học STEM: làm hệ thống tưới cây tự động - {SHORT}", main=main,
                  crumbs=[("Video", "/video.html"), ("Tiết học STEM", None)],
                  body_class="view-video no-layout", itemid=123).replace(
                      "com_content view-video", "com_allvideoshare view-video")


def search_page(q: str) -> str:
    main = ('<div class="com-finder finder"><div class="page-header"><h1>Tìm kiếm</h1></div>'
            f'<form action="/tim-kiem.html" method="get" class="js-finder-searchform"><input '
            f'type="text" name="q" value="{esc(q)}" class="js-finder-search-query form-control">'
            '<button type="submit" class="btn btn-primary">Tìm kiếm</button></form>'
            '<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả '
            "nào</h2><p>Vui lòng nhập từ khóa khác.</p></div></div>")
    return layout(title=f"Tìm kiếm - {SHORT}", main=main, crumbs=[("Tìm kiếm", None)],
                  body_class="view-search no-layout", itemid=HOME_ITEMID).replace(
                      "com_content view-search", "com_finder view-search")


# --------------------------------------------------------------------------------------------
# the router
# --------------------------------------------------------------------------------------------

_CAT_RE = re.compile(r"^/tin-tuc/(\d+)-([a-z0-9-]+)\.html$")
_ART_RE = re.compile(r"^/tin-tuc/(\d+)-([a-z0-9-]+)/(\d+)-([a-z0-9-]+)\.html$")
_COMP_ART_RE = re.compile(r"^/component/content/article/(\d+)-([a-z0-9-]+)\.html$")
_TAG_RE = re.compile(r"^/component/tags/tag/([a-z0-9-]+)\.html$")
_ATTACH_RE = re.compile(r"^/component/attachments/download/(\d+)\.html$")


def _page(body: str) -> Response:
    return html(body, headers={"Cache-Control": "no-store, no-cache, must-revalidate",
                               "Expires": "Wed, 17 Aug 2005 00:00:00 GMT"})


def _pdf() -> Response:
    return Response(200, PDF, {"Content-Type": "application/pdf",
                               "Content-Disposition": 'attachment; filename="van-ban.pdf"'})


def _offset(params: dict[str, str], var: str) -> int | None:
    raw = params.get(var, "0") or "0"
    return int(raw) if raw.isdigit() else None


def _article_response(story: Story, params: dict[str, str]) -> Response:
    if params.get("tmpl") == "component" and params.get("print") == "1":
        return _page(print_page(story))
    pages = story.opts.get("pages")
    if not pages:
        return _page(article_page(story, None))
    if params.get("showall") == "1":
        return _page(article_page(story, None))
    n = _offset(params, "limitstart")
    if n is None or n >= len(pages):
        return None
    return _page(article_page(story, n))


class JoomlaGantrySite:
    """The portal: Joomla 4 SEF router with the .html suffix, Gantry 5 outline."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if not path.endswith(".html") and path != "/index.php":
            static = static_file(path)
            if static is not None:
                return static
        if path in ("/", "/index.php") and not request.query:
            return _page(home_page())
        if path == "/index.php":
            return self._nonsef(params)
        if path == "/tin-tuc.html":
            return _page(categories_page())
        if m := _CAT_RE.match(path):
            return self._category(int(m.group(1)), m.group(2), params)
        if m := _ART_RE.match(path):
            cid, calias, aid, slug = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
            story = BY_ID.get(aid)
            if story is None or story.slug != slug or cid not in CATS or CATS[cid][0] != calias:
                return None
            if cid != CAT_ID[story.cat] and cid != story.opts.get("old_cat"):
                return None
            return _article_response(story, params)
        if m := _COMP_ART_RE.match(path):
            story = BY_ID.get(int(m.group(1)))
            if story is None or story.slug != m.group(2):
                return None
            return _page(article_page(story, 0 if story.opts.get("pages") else None))
        if path == "/component/mailto/" and params.get("tmpl") == "component":
            story = next((s for s in STORIES if mail_hash(s) == params.get("link")), None)
            return _page(mail_page(story)) if story else None
        if m := _TAG_RE.match(path):
            body = tag_page(m.group(1))
            return _page(body) if body else None
        if m := _ATTACH_RE.match(path):
            ids = {a_[0] for s in STORIES for a_ in s.opts.get("attachments", [])}
            return _pdf() if int(m.group(1)) in ids else None
        if path == "/van-ban.html":
            if "download" in params:
                return _pdf() if params["download"] == DOC_DOWNLOAD.split("=", 1)[1] else None
            return _page(documents_page())
        pages = {
            "/gioi-thieu/gioi-thieu-chung.html": intro_page,
            "/gioi-thieu/co-cau-to-chuc.html": structure_page,
            "/lien-he.html": contact_page,
            DOC_PATH: document_page,
            "/thu-vien-anh.html": gallery_page,
            ALBUM_PATH: album_page,
            "/video.html": videos_page,
            VIDEO_PATH: video_page,
        }
        if path in pages:
            return _page(pages[path]())
        if path == "/tim-kiem.html":
            return _page(search_page(params.get("q", "")))
        return None

    def _category(self, cid: int, alias: str, params: dict[str, str]) -> Response | None:
        if cid not in CATS or CATS[cid][0] != alias:
            return None
        _a, _name, kind, per, _itemid = CATS[cid]
        offset = _offset(params, "start" if kind == "blog" else "limitstart")
        total = len(cat_stories(cid))
        if offset is None or offset % per or offset >= total:
            return None
        return _page(blog_page(cid, offset) if kind == "blog" else list_page(cid, offset))

    def _nonsef(self, params: dict[str, str]) -> Response | None:
        if params.get("option") != "com_content" or params.get("view") != "article":
            return None
        raw = params.get("id", "")
        aid, _, slug = raw.partition(":")
        story = BY_ID.get(int(aid)) if aid.isdigit() else None
        if story is None or (slug and slug != story.slug):
            return None
        return _page(article_page(story, 0 if story.opts.get("pages") else None))


def build_site() -> JoomlaGantrySite:
    return JoomlaGantrySite()


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story)]
    if story.id in POPULAR_IDS:
        alts.append(popular_path(story))
    if story.id in CONTENT_ARRAY_IDS:
        alts.append(nonsef_path(story))
    if story.opts.get("old_cat"):
        alts.append(art_path(story, story.opts["old_cat"]))
    alts += page_paths(story)
    return alts


GOLD = [
    gold_record(s, art_path(s), s.cat, canonical_path=art_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/gioi-thieu-chung.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    DOC_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
]
