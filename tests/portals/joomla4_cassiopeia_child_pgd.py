"""Phòng Giáo dục và Đào tạo huyện Đô Lương (Nghệ An) on Joomla 4.4, a Cassiopeia child template.

Platform: Joomla 4.4.9, template "cassiopeia_doluong" (a child of Cassiopeia made by a local IT
shop, "Trung tâm Tin học Hồng Lam"; it overrides com_content's article and blog layouts and the
info block), com_content blog and list layouts, custom fields ("Người viết", "Nguồn tin", "Ảnh"),
SEF URLs with rewriting on and no ".html" suffix, Smart Search (com_finder), the content vote
plugin, the email cloaking plugin, tags.

URL scheme:
- ``/`` home (featured-style front page: "Tin mới" and "Thông báo" modules);
- ``/tin-tuc`` the "Tin tức - Sự kiện" category blog (all three sub-categories included),
  ``/tin-tuc?start=5``, ``/tin-tuc?start=10``: 1 leading + 4 intro items a page, then 3 titles
  under "Thêm bài viết..." (which are page 2's first items);
- ``/chuyen-muc/<alias>`` blogs of the sub-categories "Hoạt động ngành", "Chuyên môn",
  "Thông báo" (``?start=5`` for the first one's page 2);
- ``/tin-tuc/<id>-<alias>`` an article (the gold path); the same article also answers at
  ``?hitcount=0`` (the vote form's action), ``?highlight=<base64 JSON>`` (Smart Search result
  links) and ``/component/content/article/<alias>?catid=<C>&Itemid=101`` (the "Đọc nhiều" module
  links articles through the home menu item);
- ``/van-ban`` the list layout (a table) of documents, ``/van-ban/<id>-<alias>`` a document entry
  printed by the very same article layout;
- ``/gioi-thieu``, ``/co-cau-to-chuc`` single-article menu items, ``/lien-he`` com_contact;
- ``/tim-kiem?q=…`` Smart Search results, ``/component/tags/tag/<alias>`` tag listings,
  ``/tin-tuc?format=feed&type=rss|atom`` feeds;
- ``/images/…`` and ``/media/…`` static files.

Page templates: Cassiopeia's grid (header with date and Smart Search box, metismenu drop-down
menu, breadcrumbs, component, right sidebar with "Đọc nhiều", popular searches, web links and a
visitor counter, footer). Article page, as the child override prints it: the menu item's page
heading as ``<h1>``, the article's title as ``<h2 itemprop="headline">``, fields "After Title",
the info block (created, published, modified, hits), the vote widget, the full-text image
(``figure.item-image``), ``div[itemprop=articleBody]``, fields "After Display Content", tags,
previous/next navigation.

How each gold article is reached: every article is on one of the three ``/tin-tuc`` pages and on
its sub-category blog; the four newest also on the home page. Articles 270, 265 and 260 are only
on page 3 of ``/tin-tuc`` (``?start=10``) and on page 2 or 1 of their sub-category blogs.

Traps:
1. The ``<h1>`` of an article page is the menu item's page heading ("Tin tức - Sự kiện"); the
   headline is the ``<h2 itemprop="headline">`` under it. Gold title: the h2.
2. The child override prints ``<time datetime>`` with the raw database value ``publish_up``:
   UTC, no offset ("2026-12-03 23:30:00"), while the text shows local time ("04/12/2026 06:30").
   For 312 and 286 the UTC day is the day before. Gold: the printed local time, +07:00.
3. The info block's first date is "Ngày tạo" (created, the draft's day), then "Được đăng"
   (publish_up), then "Cập nhật lần cuối". Gold: "Được đăng".
4. Two bylines: the info block's "Viết bởi: Quản trị PGD" (the CMS account, also schema.org
   ``author``) and the custom field "Người viết" in a ``ul.fields-container`` (degrees, units in
   parentheses, several names comma-separated). Gold: the field's names; the account is nobody.
   Where the article has a ``created_by_alias`` (286 "Bộ phận Trung học cơ sở") the same slot
   prints a unit: the unit is the author as printed.
5. Custom fields are ``<li>`` items right before and right after the text ("Người viết:",
   "Nguồn tin:", "Ảnh:"): not body; "Nguồn tin" is the source, "Ảnh" the photographer.
6. The full-text image is printed before and outside ``articleBody`` (``figure.item-image`` with
   ``figcaption``), and its ``src`` keeps Joomla 4's media-field suffix
   ``#joomlaImage://local-images/…?width=…&height=…``. Gold: the article's first image, path
   without the fragment, caption the figcaption (a figcaption "Ảnh: X" only credits X).
7. ``{loadposition}`` inside the text renders a "Tin cùng chuyên mục" module (heading and a list of
   other articles with dates) inside ``articleBody``, with a paragraph of text after it: not body.
8. Email addresses in the text are ``<joomla-hidden-mail>`` elements (base64 parts in attributes)
   whose printed text is the "email đang được bảo vệ…" notice. Gold: the address as a browser
   shows it, no notice.
9. The vote plugin prints a rating (visually-hidden "Đánh giá của người dùng: 4 / 5") and a POST
   form whose action is the page's URL plus ``hitcount=0``: a duplicate URL of every article.
10. Smart Search links results with ``?highlight=<base64 JSON>`` and the page then wraps the
    component in ``<br id="highlighter-start" />`` / ``<br id="highlighter-end" />``: duplicates.
11. "Đọc nhiều" links ``/component/content/article/<alias>?catid=…&Itemid=101``: same article,
    no page heading, a breadcrumb without the category. Gold category from the canonical page.
12. A document entry (``/van-ban/<id>-<alias>``) and the intro pages are printed by the same
    article layout (h2 headline, dates, hits, vote): not articles.
13. The blog's "Đọc thêm: <title cut at 40 characters>…" buttons and the "Thêm bài viết..." list
    repeat links; the blog counter prints "Trang 1 của 3".
14. Articles of "Thông báo" hide their dates (category option) everywhere: 301 prints only its
    letterhead day; 281 prints no date at all (null); 265 overrides the option and shows its own.
15. A photo inside the text is sometimes a two-row table (image, caption): the caption row is
    not a table row of the text.
16. 286 was published at midnight ("10/11/2026 00:00"): the day alone.

Gold decisions on ambiguous points:
- ``published_at`` with time from the printed "Được đăng" line (the datetime attribute is UTC
  without an offset and is not used).
- Joomla 4 prints no rel=canonical here: ``canonical_path`` = the ``/tin-tuc/<id>-<alias>`` path.
- Cloaked emails are text (as displayed with JavaScript on), the notice is not.
- "Người viết" values "X (unit)" and "ThS. X" give "X"; a comma-separated value gives each name.
- 301's signer "Nguyễn Văn Thành" is its author; 265's closing "TRƯỞNG PHÒNG / Nguyễn Văn Thành"
  is a signature: author "Nguyễn Văn Thành", not body. 281's right-aligned unit line is its author.
- Summary: only the bold lead paragraphs of 312 and 298 are sapos.
- ``alt_paths`` list every linked variant (``?hitcount=0`` of each form action, highlight links,
  /component/ links and their own ``hitcount=0``).
"""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timedelta
from urllib.parse import urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "joomla4_cassiopeia_child_pgd"
PLATFORM = "Joomla 4.4 (Cassiopeia child template cassiopeia_doluong, com_content, Smart Search)"
START_PATH = "/"

SITE = "Phòng GD&ĐT Đô Lương"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
TPL = "/media/templates/site/cassiopeia_doluong"
HOME_ITEMID = 101
NEWS_ITEMID = 102

# category alias -> (catid, name, Itemid of its blog)
CATS = {
    "hoat-dong-nganh": (9, "Hoạt động ngành", 105),
    "chuyen-mon": (10, "Chuyên môn", 106),
    "thong-bao": (11, "Thông báo", 107),
}
CAT_BY_NAME = {v[1]: k for k, v in CATS.items()}
PER_PAGE = 5
N_LINKS = 3

FULL = "full"  # Img style: the full-text image, printed before articleBody
RELATED = Raw("{loadposition tin-cung-chuyen-muc}")


def _jimg(path: str, w: int = 1024, h: int = 683) -> str:
    return f"{path}#joomlaImage://local-images{path[len('/images'):]}?width={w}&height={h}"


STORIES: list[Story] = [
    Story(
        id=312,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Đô Lương tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        cat="Hoạt động ngành",
        published_at="2026-12-04T06:30:00+07:00",
        authors=["Nguyễn Thị Thanh Hương"],
        summary=(
            "Sáng 03/12, Phòng Giáo dục và Đào tạo huyện Đô Lương long trọng khai mạc Hội thi giáo "
            "viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027 với sự tham gia của 118 giáo "
            "viên đến từ 33 trường tiểu học trên địa bàn."
        ),
        blocks=[
            Img(
                _jimg("/images/tin-tuc/2026/12/hoi-thi-gvdg-th.jpg"),
                "Các đại biểu cắt băng khai mạc Hội thi",
                "Các đại biểu cắt băng khai mạc Hội thi",
                FULL,
            ),
            P(
                "Sáng 03/12, Phòng Giáo dục và Đào tạo huyện Đô Lương long trọng khai mạc Hội thi giáo "
                "viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027 với sự tham gia của 118 giáo "
                "viên đến từ 33 trường tiểu học trên địa bàn.",
                "lead",
            ),
            P(
                "Dự lễ khai mạc có đồng chí Trần Văn Quang, Phó Chủ tịch UBND huyện; lãnh đạo Phòng "
                "GD&ĐT cùng đại diện Ban giám hiệu các trường tiểu học trong toàn huyện."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Nguyễn Văn Thành, Trưởng phòng GD&ĐT nhấn mạnh: Hội thi "
                "là dịp để đội ngũ giáo viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp dạy học "
                "theo Chương trình giáo dục phổ thông 2018, đồng thời phát hiện, tôn vinh những thầy cô "
                "giáo có năng lực chuyên môn vững vàng."
            ),
            P("Nội dung thi gồm hai phần", "h"),
            P("Phần thi năng lực: trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh.", "li"),
            P("Phần thi thực hành: dạy hai tiết trên lớp, trong đó có một tiết môn Tiếng Việt hoặc Toán.", "li"),
            Img(
                "/images/tin-tuc/2026/12/gv-thuc-hanh.jpg",
                "Giáo viên Trường Tiểu học Thị trấn trong tiết dạy thực hành",
                "Giáo viên Trường Tiểu học Thị trấn trong tiết dạy thực hành",
                "fig",
            ),
            P(
                "Hội thi diễn ra từ ngày 03/12 đến ngày 12/12/2026 tại 4 cụm trường. Ban tổ chức đã "
                "thành lập 12 tiểu ban chấm thi với các thành viên là chuyên viên Phòng GD&ĐT, cán bộ "
                "quản lý và giáo viên cốt cán."
            ),
            RELATED,
            P(
                "Kết quả Hội thi sẽ là căn cứ để xét chọn giáo viên tham gia Hội thi giáo viên dạy giỏi "
                "cấp tỉnh năm học 2027-2028."
            ),
        ],
        opts={
            "pub": "2026-12-04 06:30",
            "created": "2026-12-03 21:05",
            "top_fields": [("nguoi-viet", "Người viết", "ThS. Nguyễn Thị Thanh Hương")],
            "tags": ["hoi-thi", "boi-duong-giao-vien"],
        },
    ),
    Story(
        id=309,
        slug="soi-noi-hoi-khoe-phu-dong-cap-huyen-lan-thu-xii",
        title="Sôi nổi Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026",
        cat="Hoạt động ngành",
        published_at="2026-11-28T15:20:00+07:00",
        authors=["Trần Văn Hải"],
        photographers=["Lê Minh Tuấn"],
        blocks=[
            P(
                "Trong hai ngày 27 và 28/11, tại Sân vận động huyện Đô Lương đã diễn ra Hội khỏe Phù "
                "Đổng cấp huyện lần thứ XII năm 2026 với hơn 900 vận động viên là học sinh tiểu học và "
                "trung học cơ sở."
            ),
            P(
                "Hội khỏe năm nay có 7 môn thi đấu: điền kinh, bơi, cờ vua, bóng đá, bóng chuyền, đá "
                "cầu và kéo co. Các trận đấu diễn ra sôi nổi, an toàn và đúng luật."
            ),
            Img(
                "/images/tin-tuc/2026/11/hkpd-keo-co.jpg",
                "Phần thi kéo co của học sinh khối THCS",
                "Phần thi kéo co của học sinh khối THCS",
                "table",
            ),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức đã trao 184 huy chương các loại cho các vận động viên. "
                "Toàn đoàn, Trường THCS Lý Nhật Quang xếp thứ nhất khối THCS; Trường Tiểu học Thị trấn "
                "xếp thứ nhất khối Tiểu học."
            ),
            P("Đơn vị | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "th"),
            P("THCS Lý Nhật Quang | 12 | 8 | 6", "tr"),
            P("Tiểu học Thị trấn | 9 | 7 | 5", "tr"),
            P("THCS Đặng Thai Mai | 7 | 9 | 4", "tr"),
            P(
                "Ban tổ chức cũng lựa chọn 45 vận động viên xuất sắc tham gia tập huấn, chuẩn bị cho "
                "Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
        ],
        opts={
            "pub": "2026-11-28 15:20",
            "created": "2026-11-28 14:50",
            "modified": "2026-11-29 08:12",
            "bottom_fields": [("nguoi-viet", "Người viết", "Trần Văn Hải"), ("anh", "Ảnh", "Lê Minh Tuấn")],
            "tags": ["hoi-thi"],
        },
    ),
    Story(
        id=305,
        slug="chuyen-de-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Phòng GD&ĐT Đô Lương tổ chức chuyên đề chuyển đổi số trong quản lý trường học",
        cat="Chuyên môn",
        published_at="2026-11-25T08:00:00+07:00",
        authors=["Hoàng Long"],
        photographers=["Hoàng Long"],
        blocks=[
            P(
                "Ngày 24/11, tại Trường THCS Thị trấn, Phòng GD&ĐT Đô Lương tổ chức chuyên đề “Ứng "
                "dụng chuyển đổi số trong quản lý, điều hành và tổ chức dạy học” cho cán bộ quản lý "
                "các trường THCS."
            ),
            P(
                "Tại chuyên đề, các đại biểu được nghe báo cáo kinh nghiệm triển khai hồ sơ điện tử, "
                "học bạ số và sổ điểm điện tử; thảo luận những khó khăn, vướng mắc khi vận hành cơ sở "
                "dữ liệu ngành."
            ),
            Img("/images/tin-tuc/2026/11/chuyen-doi-so.jpg", "(Ảnh: Hoàng Long)", None, "p"),
            P(
                "Đồng chí Phan Văn Bình, Phó Trưởng phòng GD&ĐT yêu cầu các nhà trường hoàn thành việc "
                "ký số học bạ trước ngày 31/12/2026 và cập nhật đầy đủ dữ liệu lên hệ thống."
            ),
            P(
                "Các đơn vị gặp vướng mắc trong quá trình triển khai xin liên hệ bộ phận Công nghệ "
                "thông tin qua email pgddoluong@nghean.edu.vn hoặc số điện thoại 0238.3871.234.",
                "mail",
            ),
        ],
        opts={
            "pub": "2026-11-25 08:00",
            "created": "2026-11-24 16:40",
            "top_fields": [("nguoi-viet", "Người viết", "Hoàng Long")],
        },
    ),
    Story(
        id=301,
        slug="thong-bao-lich-kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Thông báo lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="Thông báo",
        published_at="2026-11-30",
        authors=["Nguyễn Văn Thành"],
        blocks=[
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="width: 42%; text-align: center;">UBND HUYỆN ĐÔ LƯƠNG<br>'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 412/TB-PGDĐT</td>'
                '<td style="text-align: center;"><em>Đô Lương, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026</strong></p>"
            ),
            P(
                "Thực hiện Kế hoạch số 215/KH-UBND ngày 15/10/2026 của UBND huyện về kiểm tra công nhận "
                "duy trì đạt chuẩn phổ cập giáo dục, xóa mù chữ năm 2026, Phòng GD&ĐT thông báo lịch "
                "kiểm tra tại các xã, thị trấn như sau:"
            ),
            P("Thời gian | Đơn vị được kiểm tra | Thành phần đoàn", "th"),
            P("Ngày 08/12/2026 | Thị trấn, Đà Sơn, Lạc Sơn | Đoàn số 1", "tr"),
            P("Ngày 09/12/2026 | Văn Sơn, Thịnh Sơn, Hòa Sơn | Đoàn số 2", "tr"),
            P("Ngày 10/12/2026 | Bắc Sơn, Nam Sơn, Tràng Sơn | Đoàn số 3", "tr"),
            P(
                "Đề nghị Ban chỉ đạo phổ cập giáo dục, xóa mù chữ các xã, thị trấn chuẩn bị đầy đủ hồ "
                "sơ, số liệu và bố trí thành phần làm việc với đoàn kiểm tra theo đúng lịch trên."
            ),
            P(
                "Hồ sơ phổ cập nộp về Phòng GD&ĐT (qua bộ phận Tiểu học) trước 16 giờ 00 ngày "
                "05/12/2026."
            ),
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
                "- Như trên;<br>- UBND huyện (b/c);<br>- Lưu: VT, PC.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong><br>'
                "<em>(Đã ký)</em><br><br><strong>Nguyễn Văn Thành</strong></td></tr></tbody></table>"
            ),
        ],
        opts={
            "pub": "2026-11-30 16:00",
            "created": "2026-11-30 15:31",
            "attach": ("/images/van-ban/2026/tb-412-pgddt.pdf", "TB-412-PGDDT.pdf (215 KB)"),
        },
    ),
    Story(
        id=298,
        slug="truong-tieu-hoc-da-son-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường Tiểu học Đà Sơn đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="Hoạt động ngành",
        published_at="2026-11-20T09:45:00+07:00",
        authors=["Phan Thị Thu Hà", "Hoàng Văn Dũng"],
        source="Trường Tiểu học Đà Sơn",
        summary=(
            "Sáng 19/11, Trường Tiểu học Đà Sơn long trọng tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam "
            "và đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2."
        ),
        blocks=[
            Img(_jimg("/images/tin-tuc/2026/11/da-son-chuan-qg.jpg", 960, 640), None, None, FULL),
            P(
                "Sáng 19/11, Trường Tiểu học Đà Sơn long trọng tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt "
                "Nam và đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2.",
                "lead",
            ),
            P(
                "Sau 5 năm phấn đấu, nhà trường đã đầu tư xây dựng 12 phòng học kiên cố, phòng học bộ "
                "môn Tin học, Tiếng Anh cùng hệ thống thư viện thân thiện. Tỷ lệ học sinh hoàn thành "
                "chương trình lớp học đạt 99,8%."
            ),
            Img(
                "/images/tin-tuc/2026/11/da-son-trao-bang.jpg",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "fig",
            ),
            P(
                "Thay mặt lãnh đạo huyện, đồng chí Trần Văn Quang ghi nhận những nỗ lực của tập thể giáo "
                "viên, học sinh và nhân dân xã Đà Sơn, đề nghị nhà trường tiếp tục giữ vững và nâng cao "
                "các tiêu chuẩn đã đạt được."
            ),
        ],
        opts={
            "pub": "2026-11-20 09:45",
            "created": "2026-11-19 17:20",
            "top_fields": [("nguoi-viet", "Người viết", "Phan Thị Thu Hà, Hoàng Văn Dũng")],
            "bottom_fields": [("nguon-tin", "Nguồn tin", "Trường Tiểu học Đà Sơn")],
        },
    ),
    Story(
        id=290,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 và tuyên dương nhà giáo tiêu biểu",
        cat="Hoạt động ngành",
        published_at="2026-11-19T16:10:00+07:00",
        source="Cổng thông tin điện tử huyện Đô Lương",
        blocks=[
            Img(
                _jimg("/images/tin-tuc/2026/11/gap-mat-20-11.jpg"),
                "Đồng chí Bí thư Huyện ủy tặng hoa chúc mừng các nhà giáo",
                "Đồng chí Bí thư Huyện ủy tặng hoa chúc mừng các nhà giáo",
                FULL,
            ),
            P(
                "Chiều 18/11, Huyện ủy, HĐND, UBND huyện Đô Lương tổ chức gặp mặt kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 52 nhà giáo tiêu biểu năm "
                "học 2025-2026."
            ),
            P(
                "Theo kế hoạch của UBND huyện, các nhà giáo được tuyên dương là những người có thành "
                "tích xuất sắc trong giảng dạy, bồi dưỡng học sinh giỏi và tham gia các phong trào thi "
                "đua của ngành."
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Bí thư Huyện ủy gửi lời chúc mừng tới toàn thể cán "
                "bộ, giáo viên, nhân viên ngành Giáo dục huyện nhà và mong muốn đội ngũ nhà giáo tiếp "
                "tục giữ gìn phẩm chất, nâng cao năng lực, đáp ứng yêu cầu đổi mới."
            ),
            Img(
                "/images/tin-tuc/2026/11/tuyen-duong-nha-giao.jpg",
                "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
                "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
                "fig",
            ),
            P(
                "Nhân dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 52 nhà giáo tiêu biểu và 6 tập "
                "thể có thành tích xuất sắc trong năm học 2025-2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguồn: Cổng thông tin điện tử huyện Đô '
                "Lương</strong></p>"
            ),
        ],
        opts={"pub": "2026-11-19 16:10", "created": "2026-11-19 15:02", "modified": "2026-11-21 10:47"},
    ),
    Story(
        id=295,
        slug="boi-duong-giao-vien-cot-can-ve-chuong-trinh-gdpt-2018-mon-ngu-van",
        title="Bồi dưỡng giáo viên cốt cán về Chương trình GDPT 2018 môn Ngữ văn",
        cat="Chuyên môn",
        published_at="2026-11-16T14:00:00+07:00",
        authors=["Đặng Thị Mai Lan"],
        blocks=[
            P(
                "Từ ngày 13 đến 15/11, Phòng GD&ĐT tổ chức lớp bồi dưỡng giáo viên cốt cán môn Ngữ văn "
                "cấp THCS về đổi mới phương pháp dạy học và kiểm tra, đánh giá theo Chương trình GDPT "
                "2018."
            ),
            P(
                "Lớp học có 66 học viên là giáo viên cốt cán của 33 trường THCS. Báo cáo viên là các "
                "chuyên viên Sở GD&ĐT Nghệ An và giảng viên Trường Đại học Vinh."
            ),
            P("Một số nội dung trọng tâm", "h"),
            P("Dạy học đọc hiểu theo đặc trưng thể loại văn bản;", "oli"),
            P("Xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ;", "oli"),
            P("Thiết kế hoạt động trải nghiệm trong giờ học Ngữ văn.", "oli"),
            P(
                "Kết thúc lớp học, mỗi học viên xây dựng một kế hoạch bài dạy minh họa và tổ chức sinh "
                "hoạt chuyên môn theo nghiên cứu bài học tại đơn vị."
            ),
        ],
        opts={
            "pub": "2026-11-16 14:00",
            "created": "2026-11-14 10:22",
            "modified": "2026-11-18 09:03",
            "top_fields": [("nguoi-viet", "Người viết", "Đặng Thị Mai Lan (THCS Đặng Thai Mai)")],
            "tags": ["boi-duong-giao-vien"],
        },
    ),
    Story(
        id=286,
        slug="huong-dan-to-chuc-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen",
        title="Hướng dẫn tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        cat="Chuyên môn",
        published_at="2026-11-10",
        authors=["Bộ phận Trung học cơ sở"],
        blocks=[
            P(
                "Căn cứ Kế hoạch năm học 2026-2027, Phòng GD&ĐT hướng dẫn các trường THCS tổ chức kỳ thi "
                "chọn học sinh giỏi lớp 9 cấp huyện như sau:"
            ),
            P("1. Thời gian, địa điểm", "h"),
            P(
                "Kỳ thi được tổ chức trong ngày 15/12/2026 tại Trường THCS Lý Nhật Quang. Thí sinh có mặt "
                "tại điểm thi lúc 6 giờ 45 phút để làm thủ tục dự thi."
            ),
            P("2. Môn thi và thời gian làm bài", "h"),
            P("Môn thi | Hình thức | Thời gian làm bài", "th"),
            P("Ngữ văn | Tự luận | 150 phút", "tr"),
            P("Toán | Tự luận | 150 phút", "tr"),
            P("Tiếng Anh | Trắc nghiệm kết hợp tự luận | 120 phút", "tr"),
            P("Khoa học tự nhiên | Tự luận | 150 phút", "tr"),
            P("3. Hồ sơ đăng ký", "h"),
            P(
                "Các trường lập danh sách thí sinh theo mẫu và gửi về Phòng GD&ĐT qua hệ thống quản lý "
                "văn bản trước ngày 05/12/2026."
            ),
        ],
        opts={
            "pub": "2026-11-10 00:00",
            "created": "2026-11-09 16:12",
            "alias": "Bộ phận Trung học cơ sở",
            "attach": ("/images/van-ban/2026/mau-dang-ky-hsg9.pdf", "Mẫu đăng ký dự thi (tải về)"),
        },
    ),
    Story(
        id=281,
        slug="thong-bao-tuyen-hop-dong-giao-vien-mam-non",
        title="Thông báo tuyển hợp đồng giáo viên mầm non năm học 2026-2027",
        cat="Thông báo",
        published_at=None,
        authors=["Bộ phận Tổ chức cán bộ"],
        blocks=[
            P(
                "Căn cứ nhu cầu thực tế về đội ngũ giáo viên mầm non năm học 2026-2027, Phòng GD&ĐT "
                "huyện Đô Lương thông báo tuyển hợp đồng giáo viên mầm non như sau:"
            ),
            P("Số lượng cần tuyển: 25 giáo viên;", "li"),
            P("Trình độ: tốt nghiệp cao đẳng sư phạm mầm non trở lên;", "li"),
            P(
                "Hồ sơ gồm: đơn đăng ký, sơ yếu lý lịch, bản sao văn bằng, chứng chỉ và giấy chứng nhận "
                "sức khỏe.",
                "li",
            ),
            P(
                "Thời gian nhận hồ sơ: từ ngày 06/11 đến hết ngày 20/11/2026 (trong giờ hành chính) tại "
                "Phòng GD&ĐT huyện Đô Lương, số 8 đường Lý Nhật Quang, thị trấn Đô Lương."
            ),
            P(
                "Thông tin chi tiết xin liên hệ ông Hồ Sỹ Hưng, chuyên viên phụ trách tổ chức cán bộ, "
                "điện thoại 0912.456.789, email tccb.pgddoluong@nghean.edu.vn.",
                "mail",
            ),
            Raw('<p style="text-align: right;"><strong>Bộ phận Tổ chức cán bộ</strong></p>'),
        ],
        opts={"pub": "2026-11-05 10:00", "created": "2026-11-05 09:41"},
    ),
    Story(
        id=276,
        slug="san-choi-english-festival-danh-cho-hoc-sinh-thcs-nam-2026",
        title="Sân chơi “English Festival” dành cho học sinh THCS năm 2026",
        cat="Chuyên môn",
        published_at="2026-10-30T07:45:00+07:00",
        authors=["Nguyễn Hữu Phúc"],
        source="Báo Nghệ An điện tử",
        blocks=[
            Img(
                _jimg("/images/tin-tuc/2026/10/english-festival.jpg"),
                "Học sinh Trường THCS Đặng Thai Mai biểu diễn tiết mục kịch tiếng Anh",
                "Học sinh Trường THCS Đặng Thai Mai biểu diễn tiết mục kịch tiếng Anh",
                FULL,
            ),
            P(
                "Ngày 29/10, Phòng GD&ĐT phối hợp với Trung tâm Ngoại ngữ - Tin học huyện tổ chức sân "
                "chơi “English Festival” năm 2026 với sự tham gia của 198 học sinh đến từ 33 trường THCS."
            ),
            P(
                "Các đội thi tranh tài qua ba phần: giới thiệu về quê hương, hùng biện và kịch ngắn bằng "
                "tiếng Anh. Nhiều tiết mục được đầu tư công phu, thể hiện khả năng giao tiếp tự tin của "
                "học sinh."
            ),
            P(
                "Kết quả, Ban tổ chức trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba và 12 giải Khuyến khích cho "
                "các đội thi."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Nghệ An điện tử</em></p>'),
        ],
        opts={
            "pub": "2026-10-30 07:45",
            "created": "2026-10-29 20:18",
            "top_fields": [("nguoi-viet", "Người viết", "Nguyễn Hữu Phúc")],
        },
    ),
    Story(
        id=270,
        slug="ra-quan-huong-ung-thang-an-toan-giao-thong-trong-truong-hoc",
        title="Ra quân hưởng ứng Tháng an toàn giao thông trong trường học",
        cat="Hoạt động ngành",
        published_at="2026-10-22T15:00:00+07:00",
        authors=["Nguyễn Đình Khoa"],
        photographers=["Nguyễn Đình Khoa"],
        blocks=[
            P(
                "Sáng 21/10, Phòng GD&ĐT phối hợp với Công an huyện Đô Lương tổ chức lễ ra quân hưởng "
                "ứng Tháng an toàn giao thông trong trường học tại Trường THCS Thị trấn."
            ),
            P(
                "Tại buổi lễ, hơn 1.200 học sinh được tuyên truyền về Luật Trật tự, an toàn giao thông "
                "đường bộ, kỹ năng đi xe đạp an toàn và việc đội mũ bảo hiểm đúng quy cách."
            ),
            Img(
                "/images/tin-tuc/2026/10/atgt-dieu-hanh.jpg",
                "Học sinh diễu hành tuyên truyền an toàn giao thông",
                "Học sinh diễu hành tuyên truyền an toàn giao thông",
                "p",
            ),
            P("Dịp này, Công an huyện trao tặng 200 mũ bảo hiểm cho học sinh có hoàn cảnh khó khăn."),
            RELATED,
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Đình Khoa</strong></p>'),
        ],
        opts={"pub": "2026-10-22 15:00", "created": "2026-10-22 11:35"},
    ),
    Story(
        id=265,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-mua-lu",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh mưa lũ",
        cat="Thông báo",
        published_at="2026-10-16T20:30:00+07:00",
        authors=["Nguyễn Văn Thành"],
        blocks=[
            P(
                "Do ảnh hưởng của hoàn lưu bão số 7, từ chiều 16/10 trên địa bàn huyện Đô Lương có mưa to "
                "đến rất to, nhiều tuyến đường bị ngập sâu, chia cắt."
            ),
            P("Để đảm bảo an toàn cho học sinh, Phòng GD&ĐT thông báo:"),
            P("👉 Học sinh mầm non, tiểu học và THCS toàn huyện nghỉ học ngày 17/10/2026."),
            P(
                "👉 Các trường thuộc các xã Bài Sơn, Đặng Sơn, Lưu Sơn chủ động cho học sinh nghỉ tiếp "
                "ngày 18/10 nếu mưa lũ chưa giảm."
            ),
            P(
                "Hiệu trưởng các nhà trường thông báo kịp thời tới cha mẹ học sinh, bố trí cán bộ trực và "
                "báo cáo tình hình thiệt hại (nếu có) về Phòng GD&ĐT."
            ),
            Raw(
                '<p style="text-align: right;"><strong>TRƯỞNG PHÒNG</strong><br>'
                "<strong>Nguyễn Văn Thành</strong></p>"
            ),
        ],
        opts={"pub": "2026-10-16 20:30", "created": "2026-10-16 20:12", "show_dates": True},
    ),
    Story(
        id=260,
        slug="khai-mac-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs",
        title="Khai mạc Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS",
        cat="Hoạt động ngành",
        published_at="2026-10-08T08:20:00+07:00",
        authors=["Lê Văn Sơn"],
        photographers=["Lê Văn Sơn"],
        blocks=[
            Img(_jimg("/images/tin-tuc/2026/10/gvcn-gioi-khai-mac.jpg"), "Ảnh: Lê Văn Sơn", None, FULL),
            P(
                "Sáng 07/10, Phòng GD&ĐT Đô Lương khai mạc Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS "
                "năm học 2026-2027 với 64 giáo viên tham gia."
            ),
            P(
                "Hội thi gồm hai phần: trình bày biện pháp giáo dục học sinh và xử lý tình huống sư phạm. "
                "Các giáo viên được đánh giá theo quy định mới của Bộ GD&ĐT về hội thi giáo viên chủ "
                "nhiệm lớp giỏi."
            ),
            P("Hội thi sẽ kết thúc vào ngày 10/10/2026."),
        ],
        opts={
            "pub": "2026-10-08 08:20",
            "created": "2026-10-07 22:03",
            "top_fields": [("nguoi-viet", "Người viết", "CN. Lê Văn Sơn")],
            "tags": ["hoi-thi"],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
ORDERED = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)

TAGS = {"hoi-thi": (4, "Hội thi"), "boi-duong-giao-vien": (7, "Bồi dưỡng giáo viên")}
#: "Đọc nhiều" (mod_articles_popular): linked through the home menu item
POPULAR = [290, 309, 301, 281, 265]
#: popular Smart Search queries printed in the sidebar
SEARCHES = ["hội thi", "bồi dưỡng"]

DOCS = [
    (
        40,
        "cong-van-so-398-pgddt-thcs-ve-viec-kiem-tra-giua-hoc-ky-i",
        "Công văn số 398/PGDĐT-THCS về việc tổ chức kiểm tra giữa học kỳ I năm học 2026-2027",
        "2026-11-02 08:00",
        [("Số hiệu", "398/PGDĐT-THCS"), ("Ngày ban hành", "01/11/2026"), ("Người ký", "Phan Văn Bình"),
         ("Trích yếu", "Tổ chức kiểm tra giữa học kỳ I năm học 2026-2027")],
        "/images/van-ban/2026/cv-398-pgddt-thcs.pdf",
    ),
    (
        38,
        "ke-hoach-so-215-kh-pgddt-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
        "Kế hoạch số 215/KH-PGDĐT thực hiện nhiệm vụ năm học 2026-2027",
        "2026-10-12 14:30",
        [("Số hiệu", "215/KH-PGDĐT"), ("Ngày ban hành", "10/10/2026"), ("Người ký", "Nguyễn Văn Thành"),
         ("Trích yếu", "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027")],
        "/images/van-ban/2026/kh-215-pgddt.pdf",
    ),
    (
        35,
        "quyet-dinh-so-120-qd-pgddt-thanh-lap-hoi-dong-thi-giao-vien-day-gioi",
        "Quyết định số 120/QĐ-PGDĐT thành lập Hội đồng thi giáo viên dạy giỏi cấp huyện",
        "2026-10-05 09:10",
        [("Số hiệu", "120/QĐ-PGDĐT"), ("Ngày ban hành", "04/10/2026"), ("Người ký", "Nguyễn Văn Thành"),
         ("Trích yếu", "Thành lập Hội đồng thi giáo viên dạy giỏi cấp huyện năm học 2026-2027")],
        "/images/van-ban/2026/qd-120-pgddt.pdf",
    ),
]
DOC_BY_ID = {d[0]: d for d in DOCS}

PAGES = {
    "/gioi-thieu": (
        "Giới thiệu chung",
        "Giới thiệu Phòng Giáo dục và Đào tạo huyện Đô Lương",
        [
            "Phòng Giáo dục và Đào tạo huyện Đô Lương là cơ quan chuyên môn thuộc UBND huyện, tham mưu, "
            "giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
            "Toàn huyện hiện có 34 trường mầm non, 33 trường tiểu học, 33 trường trung học cơ sở với "
            "hơn 48.000 học sinh và 2.900 cán bộ, giáo viên, nhân viên.",
        ],
        "2021-03-15 08:00",
    ),
    "/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "Cơ cấu tổ chức Phòng GD&ĐT Đô Lương",
        [
            "Trưởng phòng: Nguyễn Văn Thành.",
            "Phó Trưởng phòng: Phan Văn Bình, Lê Thị Hồng Nhung.",
            "Các bộ phận: Mầm non, Tiểu học, Trung học cơ sở, Tổ chức cán bộ, Kế hoạch - Tài chính, "
            "Văn phòng.",
        ],
        "2025-08-20 10:00",
    ),
}

NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lien-he",
    "/van-ban",
    *[f"/van-ban/{d[0]}-{d[1]}" for d in DOCS],
]


# --- helpers ---------------------------------------------------------------------------------


def art_path(story: Story) -> str:
    return f"/tin-tuc/{story.id}-{story.slug}"


def dup_path(story: Story) -> str:
    catid = CATS[CAT_BY_NAME[story.cat]][0]
    return f"/component/content/article/{story.slug}?catid={catid}&Itemid={HOME_ITEMID}"


def highlight_param(query: str) -> str:
    terms = [query, *query.split()] if len(query.split()) > 1 else [query]
    return base64.b64encode(json.dumps(terms, separators=(",", ":")).encode()).decode()


def search_hits(query: str) -> list[Story]:
    q = query.casefold().strip()
    if not q:
        return []
    return [s for s in ORDERED if q in s.title.casefold() or any(q in p.casefold() for p in s.paragraphs)]


def search_path(query: str) -> str:
    return "/tim-kiem?" + urlencode({"q": query})


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def utc_raw(local: str) -> str:
    """What the child override prints in ``datetime``: the database's UTC value, no offset."""
    return (_dt(local) - timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


def dmy(local: str, time: bool = True) -> str:
    return _dt(local).strftime("%d/%m/%Y %H:%M" if time else "%d/%m/%Y")


def shows_dates(story: Story) -> bool:
    return story.opts.get("show_dates", story.cat != "Thông báo")


def cloak(address: str) -> str:
    """The email cloaking plugin's custom element (Joomla 4)."""
    local, domain = address.split("@")
    b = lambda v: base64.b64encode(v.encode()).decode()  # noqa: E731
    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b(local)}" last="{b(domain)}" '
        f'text="{b(address)}" base="" >Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, '
        "bạn cần kích hoạt JavaScript để xem nó.</joomla-hidden-mail>"
    )


_MAIL = re.compile(r"[\w.]+@[\w.]*\w")


def alt_paths(story: Story) -> list[str]:
    out = [art_path(story) + "?hitcount=0"]
    for query in SEARCHES:
        if story in search_hits(query):
            hl = art_path(story) + "?highlight=" + highlight_param(query)
            out += [hl, hl + "&hitcount=0"]
    if story.id in POPULAR:
        out += [dup_path(story), dup_path(story) + "&hitcount=0"]
    return out


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Giới thiệu chung", "/gioi-thieu"), ("Cơ cấu tổ chức", "/co-cau-to-chuc")]),
    (
        "Tin tức - Sự kiện",
        "/tin-tuc",
        [(name, f"/chuyen-muc/{alias}") for alias, (_c, name, _i) in CATS.items()],
    ),
    ("Văn bản", "/van-ban", []),
    ("Liên hệ", "/lien-he", []),
    ("Cổng TTĐT Sở GD&ĐT", "https://nghean.edu.vn", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (label, href, children) in enumerate(MENU):
        cls = f"nav-item item-{101 + i}" + (" active" if href == active else "")
        if children:
            sub = "".join(
                f'<li class="metismenu-item item-{120 + i * 10 + j} level-2"><a href="{esc(h)}">{esc(lab)}</a></li>'
                for j, (lab, h) in enumerate(children)
            )
            items.append(
                f'<li class="metismenu-item {cls} level-1 deeper parent"><a href="{esc(href)}">{esc(label)}</a>'
                f'<button class="mm-collapsed mm-toggler mm-toggler-link" aria-haspopup="true" '
                f'aria-expanded="false" aria-label="{esc(label)}"></button>'
                f'<ul class="mm-collapse">{sub}</ul></li>'
            )
        else:
            target = ' target="_blank" rel="noopener noreferrer"' if href.startswith("http") else ""
            items.append(f'<li class="metismenu-item {cls} level-1"><a href="{esc(href)}"{target}>{esc(label)}</a></li>')
    return (
        '<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list nav_dl">' + "".join(items) + "</ul>"
    )


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    lis = []
    for i, (label, href) in enumerate(trail):
        last = i == len(trail) - 1
        inner = (
            f'<a itemprop="item" href="{esc(href)}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
            if href and not last
            else f'<span itemprop="name">{esc(label)}</span>'
        )
        lis.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
            f'class="mod-breadcrumbs__item breadcrumb-item{" active" if last else ""}">{inner}'
            f'<meta itemprop="position" content="{i + 1}"></li>'
        )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Điều hướng"><ol itemscope '
        'itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
        '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>' + "".join(lis) + "</ol></nav>"
    )


def _sidebar() -> str:
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(dup_path(BY_ID[i]))}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in POPULAR
    )
    searches = "".join(
        f'<li><a href="{esc(search_path(q))}" class="tu-khoa">{esc(q)}</a></li>' for q in SEARCHES
    )
    return f"""
<div class="grid-child container-sidebar-right">
 <div class="sidebar-right card dl-box">
  <h3 class="card-header">Đọc nhiều</h3>
  <div class="card-body"><ul class="mostread mod-list">{popular}</ul></div>
 </div>
 <div class="sidebar-right card dl-box">
  <h3 class="card-header">Từ khóa tìm nhiều</h3>
  <div class="card-body"><ul class="dl-tukhoa">{searches}</ul></div>
 </div>
 <div class="sidebar-right card dl-box">
  <h3 class="card-header">Liên kết website</h3>
  <div class="card-body">
   <a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/bo-gddt.jpg" alt="Bộ GD&amp;ĐT" width="260" height="70"></a>
   <a href="https://nghean.edu.vn" target="_blank" rel="noopener"><img src="/images/banners/so-gddt-nghe-an.jpg" alt="Sở GD&amp;ĐT Nghệ An" width="260" height="70"></a>
   <a href="https://doluong.nghean.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/ubnd-do-luong.jpg" alt="UBND huyện Đô Lương" width="260" height="70"></a>
  </div>
 </div>
 <div class="sidebar-right card dl-box">
  <h3 class="card-header">Thống kê truy cập</h3>
  <div class="card-body"><table class="dl-thongke">
   <tr><td><img src="{TPL}/images/icons/online.png" alt=""> Đang online</td><td>27</td></tr>
   <tr><td><img src="{TPL}/images/icons/today.png" alt=""> Hôm nay</td><td>418</td></tr>
   <tr><td><img src="{TPL}/images/icons/all.png" alt=""> Tổng truy cập</td><td>1.204.567</td></tr>
  </table></div>
 </div>
</div>"""


def page(request: Request, title: str, body_cls: str, main: str, trail, active: str = "", head: str = "") -> Response:
    menu = _menu(active)
    markup = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="{TPL}/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.9" rel="stylesheet">
<link href="{TPL}/css/user.css?8f2d1c" rel="stylesheet">
<link href="/media/vendor/metismenujs/css/metismenujs.min.css?1.4.0" rel="stylesheet">
{head}
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"JLIB_JS_AJAX_ERROR_OTHER":"Lỗi"}},"system.paths":{{"root":"","rootFull":"/","base":"","baseFull":"/"}},"csrf.token":"a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"}}</script>
<script src="/media/system/js/core.min.js?4.4.9"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.9" defer></script>
</head>
<body class="site {body_cls} wrapper-static has-sidebar-right dl-child">
<header class="header container-header full-width">
 <div class="container-topbar dl-topbar"><span class="dl-ngay">{HEADER_DATE}</span>
  <span class="dl-hotline">Đường dây nóng: 0238.3871.234</span></div>
 <div class="grid-child">
  <div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo/logo-pgd-doluong.png" alt="Phòng Giáo dục và Đào tạo huyện Đô Lương" width="520" height="90"></a>
   <div class="site-description">Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Đô Lương</div></div>
 </div>
 <div class="grid-child container-nav">
  <nav class="navbar navbar-expand-md" aria-label="Main Menu">{menu}</nav>
  <div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/tim-kiem" method="get" role="search">
   <label for="mod-finder-searchword0" class="visually-hidden finder">Tìm kiếm</label>
   <input type="text" name="q" id="mod-finder-searchword0" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm...">
  </form></div>
 </div>
</header>
<div class="site-grid">
 <div class="grid-child container-top-a">{_breadcrumbs(trail)}</div>
 <div class="grid-child container-component">
  <main>
  <div id="system-message-container" aria-live="polite"></div>
  {main}
  </main>
 </div>
 {_sidebar()}
</div>
<footer class="container-footer footer full-width">
 <div class="grid-child dl-footer">
  <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔ LƯƠNG</strong></p>
  <p>Địa chỉ: Số 8 đường Lý Nhật Quang, thị trấn Đô Lương, huyện Đô Lương, tỉnh Nghệ An</p>
  <p>Điện thoại: 0238.3871.234 - Email: {cloak("pgddoluong@nghean.edu.vn")}</p>
  <p>© 2026 Phòng GD&amp;ĐT Đô Lương. Thiết kế: Trung tâm Tin học Hồng Lam</p>
 </div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>"""
    return html(markup)


# --- article page ----------------------------------------------------------------------------


def _fields(fields: list[tuple[str, str, str]]) -> str:
    if not fields:
        return ""
    lis = "".join(
        f'<li class="field-entry {cls} "><span class="field-label ">{esc(label)}: </span>'
        f'<span class="field-value ">{esc(value)}</span></li>'
        for cls, label, value in fields
    )
    return f'<ul class="fields-container">{lis}</ul>'


def _related(story: Story) -> str:
    others = [s for s in ORDERED if s.cat == story.cat and s.id != story.id][:3]
    lis = "".join(
        f'<li><a class="mod-articles-category-title " href="{esc(art_path(s))}">{esc(s.title)}</a>'
        f'<span class="mod-articles-category-date">{dmy(s.opts["pub"], False)}</span></li>'
        for s in others
    )
    return (
        '<div class="moduletable dl-tincung"><h3>Tin cùng chuyên mục</h3>'
        f'<ul class="mod-articlescategory category-module mod-list">{lis}</ul></div>'
    )


def _p_html(block: P) -> str:
    t = text(block.text)
    if block.style == "lead":
        return f"<p><strong>{t}</strong></p>"
    if block.style == "h":
        return f"<h3>{t}</h3>"
    if block.style == "mail":
        return "<p>" + _MAIL.sub(lambda m: cloak(m.group()), t) + "</p>"
    return f'<p style="text-align: justify;">{t}</p>'


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "fig":
        return (
            f'<figure class="image" style="text-align: center;"><img src="{src}" alt="" width="800" height="533" '
            f'loading="lazy"><figcaption>{esc(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "table":
        return (
            '<table class="dl-anh" style="margin-left: auto; margin-right: auto; width: 90%;" border="0"><tbody>'
            f'<tr><td style="text-align: center;"><img src="{src}" alt="" width="760" height="506"></td></tr>'
            f'<tr><td style="text-align: center;"><em>{esc(img.printed or "")}</em></td></tr></tbody></table>'
        )
    line = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align: center;"><img src="{src}" alt="" width="800" height="533"></p>{line}'


def render_text(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == FULL)]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f"<td><strong>{text(c)}</strong></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        if b is RELATED:
            out.append(_related(story))
        elif isinstance(b, P):
            out.append(_p_html(b))
        elif isinstance(b, Img):
            out.append(_img_html(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _vote(action: str, ident: int) -> str:
    opts = "".join(
        f'<option value="{n}"{" selected" if n == 5 else ""}>Đánh giá {n}</option>' for n in range(1, 6)
    )
    stars = '<li class="vote-star"><span class="icon-star" aria-hidden="true"></span></li>' * 4
    return f"""<div class="content_rating" role="img" aria-label="Đánh giá: 4 trên 5">
 <p class="visually-hidden" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
  Đánh giá của người dùng: <span itemprop="ratingValue">4</span> / <span itemprop="bestRating">5</span>
  <meta itemprop="ratingCount" content="3"><meta itemprop="worstRating" content="1"></p>
 <ul>{stars}<li class="vote-star-empty"><span class="icon-star-empty" aria-hidden="true"></span></li></ul>
</div>
<form method="post" action="{esc(action)}" class="form-inline mb-2">
 <span class="content_vote">
  <label class="visually-hidden" for="content_vote_{ident}">Vui lòng đánh giá</label>
  <select id="content_vote_{ident}" name="user_rating" class="form-select form-select-sm w-auto">{opts}</select>
  <input class="btn btn-sm btn-primary align-baseline" type="submit" name="submit_vote" value="Bình chọn">
  <input type="hidden" name="task" value="article.vote">
  <input type="hidden" name="hitcount" value="0">
  <input type="hidden" name="url" value="{esc(action)}">
  <input type="hidden" name="a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6" value="1">
 </span>
</form>"""


def _info_block(story: Story, cat_alias: str | None) -> str:
    o = story.opts
    if o.get("alias"):
        who = f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">{esc(o["alias"])}</span></dd>'
    else:
        who = '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Quản trị PGD</span></dd>'
    cat = (
        f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: '
        f'<a href="/chuyen-muc/{cat_alias}" itemprop="genre">{esc(story.cat)}</a></dd>'
        if cat_alias
        else ""
    )
    dates = ""
    if shows_dates(story):
        dates += (
            f'<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
            f'<time datetime="{utc_raw(o["created"])}" itemprop="dateCreated">Ngày tạo: {dmy(o["created"])}</time></dd>'
            f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
            f'<time datetime="{utc_raw(o["pub"])}" itemprop="datePublished">Được đăng: {dmy(o["pub"])}</time></dd>'
        )
        if o.get("modified"):
            dates += (
                f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
                f'<time datetime="{utc_raw(o["modified"])}" itemprop="dateModified">Cập nhật lần cuối: '
                f"{dmy(o['modified'])}</time></dd>"
            )
    hits = (
        f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> '
        f'<meta itemprop="interactionCount" content="UserPageVisits:{story.views()}"> Lượt truy cập: {story.views()}</dd>'
    )
    return (
        '<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
        f"{who}{cat}{dates}{hits}</dl>"
    )


def _pagenav(story: Story) -> str:
    same = [s for s in ORDERED if s.cat == story.cat]
    i = same.index(story)
    links = []
    if i + 1 < len(same):
        prev = same[i + 1]
        links.append(
            f'<a class="btn btn-sm btn-secondary previous" href="{esc(art_path(prev))}" rel="prev">'
            f'<span class="visually-hidden">Bài trước: {esc(prev.title)}</span>'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>'
        )
    if i > 0:
        nxt = same[i - 1]
        links.append(
            f'<a class="btn btn-sm btn-secondary next" href="{esc(art_path(nxt))}" rel="next">'
            f'<span class="visually-hidden">Bài tiếp: {esc(nxt.title)}</span>'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        )
    return (
        '<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">'
        + "".join(links)
        + "</span></nav>"
    )


def _tags(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    lis = "".join(
        f'<li class="list-inline-item tag-{TAGS[t][0]} tag-list{n}"><a href="/component/tags/tag/{t}" '
        f'class="btn btn-sm btn-info">{esc(TAGS[t][1])}</a></li>'
        for n, t in enumerate(tags)
    )
    return f'<ul class="tags list-inline">{lis}</ul>'


def article_page(request: Request, story: Story, dup: bool) -> Response:
    cat_alias = CAT_BY_NAME[story.cat]
    action = request.target + ("&" if request.query else "?") + "hitcount=0"
    if "hitcount=0" in request.query:
        action = request.target
    full = next((b for b in story.blocks if isinstance(b, Img) and b.style == FULL), None)
    figure = ""
    if full is not None:
        cap = f'<figcaption class="caption">{esc(full.printed)}</figcaption>' if full.printed else ""
        figure = (
            f'<figure class="float-none item-image"><img src="{esc(full.src)}" itemprop="image" '
            f'alt="{esc(story.title)}" width="1024" height="683" loading="lazy">{cap}</figure>'
        )
    attach = ""
    if story.opts.get("attach"):
        href, label = story.opts["attach"]
        attach = (
            f'<div class="dl-dinhkem"><span class="icon-paperclip" aria-hidden="true"></span> Tệp đính kèm: '
            f'<a href="{href}" target="_blank">{esc(label)}</a></div>'
        )
    heading = "" if dup else '<div class="page-header dl-tieude-menu"><h1> Tin tức - Sự kiện </h1></div>'
    main = f"""<div class="com-content-article item-page dl-baiviet" itemscope itemtype="https://schema.org/Article">
 <meta itemprop="inLanguage" content="vi-VN">
 {heading}
 <div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>
 {_fields(story.opts.get("top_fields", []))}
 {_info_block(story, cat_alias)}
 {_vote(action, story.id)}
 {figure}
 <div itemprop="articleBody" class="com-content-article__body">
{render_text(story)}
 </div>
 {attach}
 {_fields(story.opts.get("bottom_fields", []))}
 {_tags(story)}
 {_pagenav(story)}
</div>"""
    if "highlight" in request.params:
        main = f'<br id="highlighter-start" />{main}<br id="highlighter-end" />'
    if dup:
        trail = [("Trang chủ", "/"), (story.title, None)]
        cls = f"com_content view-article no-layout no-task itemid-{HOME_ITEMID}"
    else:
        trail = [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc"), (story.cat, f"/chuyen-muc/{cat_alias}"), (story.title, None)]
        cls = f"com_content view-article no-layout no-task itemid-{NEWS_ITEMID}"
    desc = story.paragraphs[0][:160]
    head = f'<meta name="description" content="{esc(desc)}">\n<meta name="author" content="Quản trị PGD">'
    return page(request, f"{story.title} - {SITE}", cls, main, trail, "/tin-tuc", head)


# --- listings --------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    return f"/images/tin-tuc/thumbs/{story.id}.jpg"


def _blog_item(story: Story) -> str:
    cat_alias = CAT_BY_NAME[story.cat]
    date = ""
    if shows_dates(story):
        date = (
            f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
            f'<time datetime="{utc_raw(story.opts["pub"])}" itemprop="datePublished">Được đăng: '
            f'{dmy(story.opts["pub"], False)}</time></dd>'
        )
    short = story.title if len(story.title) <= 40 else story.title[:40].rstrip() + "..."
    return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
 <figure class="left item-image"><a href="{art_path(story)}" itemprop="url" title="{esc(story.title)}"><img src="{_jimg(_thumb(story), 320, 213)}" itemprop="thumbnailUrl" alt="" width="320" height="213" loading="lazy"></a></figure>
 <div class="item-content">
  <div class="page-header"><h2 itemprop="name"><a href="{art_path(story)}" itemprop="url">{esc(story.title)}</a></h2></div>
  <dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
   <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/chuyen-muc/{cat_alias}" itemprop="genre">{esc(story.cat)}</a></dd>{date}</dl>
  <p>{text(story.paragraphs[0])}</p>
  <p class="readmore"><a class="btn btn-secondary" href="{art_path(story)}" aria-label="Đọc thêm: {esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {esc(short)}</a></p>
 </div>
</div>"""


def _pagination(base: str, start: int, total: int) -> str:
    pages = (total + PER_PAGE - 1) // PER_PAGE
    cur = start // PER_PAGE
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 0 else f"{base}?start={n * PER_PAGE}"

    lis = []
    if cur == 0:
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>')
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span></li>')
    else:
        lis.append(f'<li class="page-item"><a aria-label="Đi tới trang bắt đầu" href="{href(0)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đi tới trang trước" href="{href(cur - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>')
    for n in range(pages):
        if n == cur:
            lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {n + 1}" href="#" class="page-link">{n + 1}</a></li>')
        else:
            lis.append(f'<li class="page-item"><a aria-label="Đi tới trang {n + 1}" href="{href(n)}" class="page-link">{n + 1}</a></li>')
    if cur < pages - 1:
        lis.append(f'<li class="page-item"><a aria-label="Đi tới trang tiếp theo" href="{href(cur + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đi tới trang cuối" href="{href(pages - 1)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>')
    return (
        '<div class="com-content-category-blog__navigation w-100">'
        f'<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang {cur + 1} của {pages}</p>'
        '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Phân trang">'
        f'<ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div></div>'
    )


def blog_page(request: Request, base: str, heading: str, stories: list[Story], trail, itemid: int) -> Response | None:
    params = request.params
    if set(params) - {"start"}:
        return None
    try:
        start = int(params.get("start", "0"))
    except ValueError:
        return None
    if start % PER_PAGE or start < 0 or (start and start >= len(stories)) or params.get("start") == "0":
        return None
    chunk = stories[start : start + PER_PAGE]
    leading = _blog_item(chunk[0]) if chunk else ""
    intro = "".join(_blog_item(s) for s in chunk[1:])
    more = stories[start + PER_PAGE : start + PER_PAGE + N_LINKS]
    links = ""
    if more:
        lis = "".join(
            f'<li class="com-content-blog__link"><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in more
        )
        links = f'<div class="items-more"><h3>Thêm bài viết...</h3><ol class="com-content-blog__links">{lis}</ol></div>'
    main = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
 <div class="page-header"><h1> {esc(heading)} </h1></div>
 <div class="com-content-category-blog__items blog-items items-leading ">{leading}</div>
 <div class="com-content-category-blog__items blog-items columns-2 ">{intro}</div>
 {links}
 {_pagination(base, start, len(stories))}
</div>"""
    head = "" if base != "/tin-tuc" else (
        f'<link href="{base}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
        f'<link href="{base}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0">'
    )
    title = heading + (f" - Trang {start // PER_PAGE + 1}" if start else "") + f" - {SITE}"
    cls = f"com_content view-category layout-blog no-task itemid-{itemid}"
    return page(request, title, cls, main, trail, base, head)


def feed(request: Request, kind: str) -> Response:
    root = "http://" + request.headers.get("Host", "127.0.0.1")
    if kind == "rss":
        items = "".join(
            f"<item><title>{esc(s.title)}</title><link>{root}{art_path(s)}</link><guid isPermaLink=\"true\">"
            f"{root}{art_path(s)}</guid><description>{esc(s.paragraphs[0])}</description>"
            f"<category>{esc(s.cat)}</category><pubDate>{_dt(s.opts['pub']).strftime('%a, %d %b %Y %H:%M')}:00 +0700</pubDate></item>"
            for s in ORDERED[:10]
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>Tin tức - Sự kiện</title><link>{root}/tin-tuc</link>"
            f"<description>{esc(SITE)}</description><language>vi-vn</language>{items}</channel></rss>"
        )
        return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})
    entries = "".join(
        f'<entry><title>{esc(s.title)}</title><link rel="alternate" type="text/html" href="{root}{art_path(s)}"/>'
        f"<id>{root}{art_path(s)}</id><published>{_dt(s.opts['pub']).isoformat()}+07:00</published>"
        f"<summary type=\"html\">{esc(s.paragraphs[0])}</summary></entry>"
        for s in ORDERED[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">'
        f"<title>Tin tức - Sự kiện</title><id>{root}/tin-tuc</id><updated>2026-12-05T07:00:00+07:00</updated>"
        f"{entries}</feed>"
    )
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def home(request: Request) -> Response:
    news = [s for s in ORDERED if s.cat != "Thông báo"][:4]
    notices = [s for s in ORDERED if s.cat == "Thông báo"]
    first, rest = news[0], news[1:]
    rest_html = "".join(
        f'<li><a href="{art_path(s)}" class="dl-tin-title">{esc(s.title)}</a>'
        f'<span class="dl-tin-ngay">({dmy(s.opts["pub"], False)})</span></li>'
        for s in rest
    )
    notice_html = "".join(
        f'<li><img src="{TPL}/images/icons/new.gif" alt="" width="28" height="11"> '
        f'<a href="{art_path(s)}">{esc(s.title)}</a></li>'
        for s in notices
    )
    main = f"""<div class="blog-featured dl-trangchu">
 <div class="moduletable dl-tinmoi"><h3 class="dl-module-title">Tin mới</h3>
  <div class="mod-articlesnews newsflash">
   <div class="mod-articlesnews__item dl-tin-noibat" itemscope itemtype="https://schema.org/Article">
    <figure class="newsflash-image"><img src="{_jimg(_thumb(first), 320, 213)}" alt="" width="320" height="213" loading="lazy"></figure>
    <h4 class="newsflash-title"><a href="{art_path(first)}">{esc(first.title)}</a></h4>
    <p>{text(first.paragraphs[0])}</p>
    <a class="readmore" href="{art_path(first)}">Xem tiếp</a>
   </div>
   <ul class="dl-tin-khac">{rest_html}</ul>
  </div>
 </div>
 <div class="moduletable dl-thongbao"><h3 class="dl-module-title">Thông báo</h3>
  <marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>{notice_html}</ul></marquee>
  <p class="dl-xemtatca"><a href="/chuyen-muc/thong-bao">Xem tất cả</a></p>
 </div>
</div>"""
    cls = f"com_content view-featured no-layout no-task itemid-{HOME_ITEMID}"
    head = '<meta name="description" content="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Đô Lương, Nghệ An">'
    return page(request, f"Trang chủ - {SITE}", cls, main, [("Trang chủ", None)], "/", head)


def single_page(request: Request, path: str) -> Response:
    heading, title, paras, pub = PAGES[path]
    body = "".join(f"<p>{text(p)}</p>" for p in paras)
    main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
 <meta itemprop="inLanguage" content="vi-VN">
 <div class="page-header"><h1> {esc(heading)} </h1></div>
 <div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
 <dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
  <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{utc_raw(pub)}" itemprop="datePublished">Được đăng: {dmy(pub)}</time></dd>
  <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> Lượt truy cập: 3512</dd></dl>
 <div itemprop="articleBody" class="com-content-article__body">{body}</div>
</div>"""
    cls = "com_content view-article no-layout no-task itemid-111"
    return page(request, f"{heading} - {SITE}", cls, main, [("Trang chủ", "/"), (heading, None)], "/gioi-thieu")


def doc_page(request: Request, doc) -> Response:
    ident, _slug, title, pub, rows, pdf = doc
    table = "".join(f"<tr><td><strong>{esc(k)}</strong></td><td>{esc(v)}</td></tr>" for k, v in rows)
    action = request.target if request.query else request.target + "?hitcount=0"
    main = f"""<div class="com-content-article item-page dl-vanban" itemscope itemtype="https://schema.org/Article">
 <meta itemprop="inLanguage" content="vi-VN">
 <div class="page-header"><h1> Văn bản </h1></div>
 <div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
 <dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
  <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Văn thư PGD</span></dd>
  <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/van-ban" itemprop="genre">Văn bản</a></dd>
  <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{utc_raw(pub)}" itemprop="datePublished">Được đăng: {dmy(pub)}</time></dd>
  <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> Lượt truy cập: {40 + ident}</dd></dl>
 {_vote(action, ident)}
 <div itemprop="articleBody" class="com-content-article__body">
  <table class="table table-bordered dl-vb" style="width: 100%;"><tbody>{table}</tbody></table>
  <p><span class="icon-file-pdf" aria-hidden="true"></span> Tải văn bản: <a href="{pdf}" target="_blank">{esc(pdf.rsplit("/", 1)[1])}</a></p>
 </div>
</div>"""
    cls = "com_content view-article no-layout no-task itemid-108"
    trail = [("Trang chủ", "/"), ("Văn bản", "/van-ban"), (title, None)]
    return page(request, f"{title} - {SITE}", cls, main, trail, "/van-ban")


def doc_list(request: Request) -> Response | None:
    if request.query and set(request.params) - {"limit"}:
        return None
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}"><th class="list-title" scope="row"><a href="/van-ban/{d[0]}-{d[1]}">{esc(d[2])}</a></th>'
        f'<td class="list-date small">{_dt(d[3]).strftime("%d-%m-%Y")}</td>'
        f'<td class="list-hits"><span class="badge bg-info">Lượt truy cập: {40 + d[0]}</span></td></tr>'
        for n, d in enumerate(DOCS)
    )
    limits = "".join(f'<option value="{n}"{" selected" if n == 20 else ""}>{n}</option>' for n in (5, 10, 15, 20, 25, 30, 50, 100))
    main = f"""<div class="com-content-category category-list">
 <div class="page-header"><h1> Văn bản </h1></div>
 <form action="/van-ban" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
  <div class="com-content-category__filter btn-group">
   <label class="filter-search-lbl visually-hidden" for="filter-search">Lọc </label>
   <input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc">
   <button type="submit" name="filter-search-button" class="btn btn-secondary">Lọc</button>
  </div>
  <div class="com-content-category__pagination btn-group float-end">
   <label for="limit" class="visually-hidden">Hiển thị #</label>
   <select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{limits}</select>
  </div>
  <table class="com-content-category__table category table table-striped table-bordered table-hover">
   <caption class="visually-hidden">Bài viết</caption>
   <thead><tr>
    <th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));return false;" class="hasTooltip">Tiêu đề</a></th>
    <th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','', document.getElementById('adminForm'));return false;">Ngày đăng</a></th>
    <th scope="col" id="categorylist_header_hits">Lượt truy cập</th>
   </tr></thead>
   <tbody>{rows}</tbody>
  </table>
  <input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value="">
 </form>
</div>"""
    cls = "com_content view-category layout-default no-task itemid-108"
    return page(request, f"Văn bản - {SITE}", cls, main, [("Trang chủ", "/"), ("Văn bản", None)], "/van-ban")


def contact(request: Request) -> Response:
    main = f"""<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
 <div class="page-header"><h1> Liên hệ </h1></div>
 <div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo huyện Đô Lương</span></h2></div>
 <div class="com-contact__container">
  <h3>Liên hệ</h3>
  <dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
   <dt><span class="icon-address" aria-hidden="true"></span></dt>
   <dd><span class="contact-street" itemprop="streetAddress">Số 8 đường Lý Nhật Quang</span></dd>
   <dd><span class="contact-suburb" itemprop="addressLocality">Thị trấn Đô Lương, huyện Đô Lương, tỉnh Nghệ An</span></dd>
   <dt><span class="icon-envelope" aria-hidden="true"></span></dt>
   <dd><span class="contact-emailto">{cloak("pgddoluong@nghean.edu.vn")}</span></dd>
   <dt><span class="icon-phone" aria-hidden="true"></span></dt>
   <dd><span class="contact-telephone" itemprop="telephone">0238.3871.234</span></dd>
  </dl>
 </div>
 <h3>Mẫu liên hệ</h3>
 <form id="contact-form" action="/lien-he" method="post" class="com-contact__form form-validate form-horizontal well">
  <fieldset><legend>Gửi email. Những mục có dấu (*) là bắt buộc.</legend>
   <div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên<span class="star">&#160;*</span></label>
   <input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required></div>
   <div class="control-group"><label for="jform_contact_email">Email<span class="star">&#160;*</span></label>
   <input type="email" name="jform[contact_email]" id="jform_contact_email" value="" class="form-control required" required></div>
   <div class="control-group"><label for="jform_contact_message">Nội dung<span class="star">&#160;*</span></label>
   <textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>
  </fieldset>
  <button class="btn btn-primary validate" type="submit">Gửi email</button>
  <input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
 </form>
</div>"""
    cls = "com_contact view-contact no-layout no-task itemid-110"
    return page(request, f"Liên hệ - {SITE}", cls, main, [("Trang chủ", "/"), ("Liên hệ", None)], "/lien-he")


def search_page(request: Request) -> Response | None:
    if set(request.params) - {"q"}:
        return None
    query = request.params.get("q", "").strip()
    hits = search_hits(query)
    items = "".join(
        f"""<li class="result__item">
 <p class="result__title"><a href="{esc(art_path(s) + '?highlight=' + highlight_param(query))}" class="result__title-link"><span class="result__title-text">{esc(s.title)}</span><span class="result__title-url">{esc(art_path(s))}</span></a></p>
 <p class="result__description"><span class="result__date date">{_dt(s.opts['pub']).strftime('%d/%m/%Y')}</span> {text(s.paragraphs[0][:180])}...</p>
 <ul class="result__taxonomy"><li class="result__taxonomy-item result__taxonomy--Type"><span>Kiểu:</span> Bài viết</li><li class="result__taxonomy-item result__taxonomy--Category"><span>Danh mục:</span> {esc(s.cat)}</li></ul>
</li>"""
        for s in hits
    )
    summary = (
        f'<p class="result__summary">Tìm thấy <strong>{len(hits)}</strong> kết quả cho <span class="term">{esc(query)}</span>.</p>'
        if query
        else ""
    )
    main = f"""<div class="com-finder finder">
 <div class="page-header"><h1> Tìm kiếm </h1></div>
 <div id="search-form" class="com-finder__form"><form action="/tim-kiem" method="get" class="js-finder-searchform">
  <div class="form-inline"><label for="q" class="me-2">Tìm kiếm:</label>
  <div class="input-group"><input type="text" name="q" id="q" class="js-finder-search-query form-control" value="{esc(query)}">
  <button type="submit" class="btn btn-primary"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button></div></div>
 </form></div>
 <div id="search-results" class="com-finder__results">{summary}<ol id="search-result-list" class="com-finder__results-list" start="1">{items}</ol>
  <div class="com-finder__counter search-pages-counter">Kết quả 1 - {len(hits)} của {len(hits)}</div></div>
</div>"""
    cls = "com_finder view-search no-layout no-task itemid-112"
    return page(request, f"Tìm kiếm - {SITE}", cls, main, [("Trang chủ", "/"), ("Tìm kiếm", None)])


def tag_page(request: Request, alias: str) -> Response | None:
    if request.query:
        return None
    tid, name = TAGS[alias]
    tagged = [s for s in ORDERED if alias in (s.opts.get("tags") or [])]
    lis = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{art_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{text(s.paragraphs[0][:150])}...</span></li>'
        for s in tagged
    )
    main = f"""<div class="com-tags-tag tag-category">
 <h1> {esc(name)} </h1>
 <div class="com-tags__items"><ul class="com-tags-tag__category category list-group">{lis}</ul></div>
</div>"""
    cls = f"com_tags view-tag no-layout no-task tag-{tid}"
    return page(request, f"{name} - {SITE}", cls, main, [("Trang chủ", "/"), ("Thẻ", None), (name, None)])


# --- routing ---------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/(\d+)-([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/(\d+)-([a-z0-9-]+)$")
_DUP = re.compile(r"^/component/content/article/([a-z0-9-]+)$")
_TAG = re.compile(r"^/component/tags/tag/([a-z0-9-]+)$")
_CATBLOG = re.compile(r"^/chuyen-muc/([a-z-]+)$")


def _article_query_ok(request: Request, base: dict[str, str]) -> bool:
    params = request.params
    for key, value in base.items():
        if params.get(key) != value:
            return False
    extra = set(params) - set(base)
    if "hitcount" in extra and params["hitcount"] != "0":
        return False
    if "highlight" in extra:
        try:
            terms = json.loads(base64.b64decode(params["highlight"], validate=True))
        except ValueError:
            return False
        if not isinstance(terms, list):
            return False
    return extra <= {"hitcount", "highlight"}


class JoomlaCassiopeiaChildSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/media/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST" and path.startswith("/tin-tuc/") and request.form.get("task") == "article.vote":
            return redirect(request.form.get("url") or path, 303)
        if path == "/":
            return None if request.query else home(request)
        if path == "/tin-tuc":
            params = request.params
            if params.get("format") == "feed" and params.get("type") in ("rss", "atom") and len(params) == 2:
                return feed(request, params["type"])
            trail = [("Trang chủ", "/"), ("Tin tức - Sự kiện", None)]
            return blog_page(request, "/tin-tuc", "Tin tức - Sự kiện", ORDERED, trail, NEWS_ITEMID)
        if m := _CATBLOG.match(path):
            if m.group(1) not in CATS:
                return None
            _cid, name, itemid = CATS[m.group(1)]
            trail = [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc"), (name, None)]
            stories = [s for s in ORDERED if s.cat == name]
            return blog_page(request, path, name, stories, trail, itemid)
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(1)))
            if story is None:
                return None
            if m.group(2) != story.slug:
                return redirect(art_path(story), 301)
            return article_page(request, story, dup=False) if _article_query_ok(request, {}) else None
        if m := _DUP.match(path):
            story = BY_SLUG.get(m.group(1))
            if story is None or story.id not in POPULAR:
                return None
            catid = str(CATS[CAT_BY_NAME[story.cat]][0])
            if not _article_query_ok(request, {"catid": catid, "Itemid": str(HOME_ITEMID)}):
                return None
            if "highlight" in request.params:
                return None
            return article_page(request, story, dup=True)
        if path == "/van-ban":
            return doc_list(request)
        if m := _DOC.match(path):
            doc = DOC_BY_ID.get(int(m.group(1)))
            if doc is None or doc[1] != m.group(2):
                return None
            if request.query and request.query != "hitcount=0":
                return None
            return doc_page(request, doc)
        if path in PAGES:
            return None if request.query else single_page(request, path)
        if path == "/lien-he":
            return None if request.query else contact(request)
        if path == "/tim-kiem":
            return search_page(request)
        if m := _TAG.match(path):
            return tag_page(request, m.group(1)) if m.group(1) in TAGS else None
        return None


def build_site() -> JoomlaCassiopeiaChildSite:
    return JoomlaCassiopeiaChildSite()


GOLD = [gold_record(s, art_path(s), s.cat, alt_paths=alt_paths(s)) for s in ORDERED]

#: used by the self-check: the popular searches' result pages (not articles, not gold)
SEARCH_PATHS = [search_path(q) for q in SEARCHES]
