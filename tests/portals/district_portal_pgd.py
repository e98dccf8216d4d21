"""District People's Committee portal (Liferay 6.2 e-government build), education office section.

Platform
--------
A district's "Cổng thông tin điện tử huyện Thạch Bình" (UBND huyện Thạch Bình, tỉnh Hà Tĩnh), built
by a provincial vendor on Liferay Portal 6.2 CE with its own theme ("egov-huyen"). One Liferay
site (``/web/thachbinh``) holds the whole district: home, district news ("Tin tức - Sự kiện") and
one page per department. The education office ("Phòng Giáo dục và Đào tạo") is one of those pages,
``/web/thachbinh/phong-gd-dt``; the crawl is meant for that section only and starts there.

URL scheme
----------
- ``/web/thachbinh`` and ``/web/thachbinh/trang-chu``: district home (out of the section).
- ``/web/thachbinh/tin-tuc-su-kien``, ``/web/thachbinh/phong-noi-vu``,
  ``/web/thachbinh/phong-tai-chinh-ke-hoach``, ``/web/thachbinh/gioi-thieu``: other parts of the
  district (out of the section), each with its own ``/-/asset_publisher/<id>/content/<slug>``.
- ``/web/thachbinh/phong-gd-dt``: the section page (START_PATH). Its column holds four asset
  publisher portlets: the "Tin nổi bật" slider (instance ``hJ4kTq2wXbYz``), "Tin hoạt động"
  (``Rn8vLm3pQsKd``, 3 per page), "Thông báo" (``Wc2xZy7uFbNe``, 3 per page) and "Chuyên môn -
  Nghiệp vụ" (``Jq6sVt1oHgLr``). A portlet's page n is the section path with Liferay's render
  parameters: ``?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&…&_101_INSTANCE_<id>_cur=n``.
- Articles: ``/web/thachbinh/phong-gd-dt/-/asset_publisher/<id>/content/<urlTitle>``, the id being
  the portlet that shows it; the same article opens under the slider's id too, and two of them
  under the district home's "Tin giáo dục" portlet (``/web/thachbinh/trang-chu/-/asset_publisher/
  Tg5uHe0mEwPa/content/<urlTitle>``).
- "Tin hoạt động" list links carry ``?inheritRedirect=false&redirect=<the list page, encoded>``.
- Print view: the *section* path with ``p_p_state=pop_up`` and ``…_urlTitle=<slug>&…_viewMode=print``
  (opened by JavaScript only, from the "In bài" tool).
- Section pages: ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he``, ``/van-ban`` (document list),
  ``/van-ban/-/vbpq/chi-tiet/<id>`` (document entries), ``/thu-vien-anh/-/album/<id>`` (album),
  ``/video/-/video/<id>`` (clip page), all under ``/web/thachbinh/phong-gd-dt``.
- Images: ``/documents/10181/<folder>/<file>/<uuid>?t=<ms>`` (Documents and Media), older ones
  ``/image/journal/article?img_id=<n>&t=<ms>``; the logo ``/image/layout_set_logo?img_id=…``.
- ``?p_p_id=82&…&_82_languageId=en_US`` (the English flag) answers 302 back to the section.

Page templates
--------------
Every page: the district banner (logo image, header date "Thứ Bảy, 05/12/2026", marquee notice),
the district's drop-down menu (Các phòng ban ▾ …), then on section pages the office's banner
and sub-menu, a breadcrumb, column-1 (portlets) and column-2 (sidebar: Văn bản mới, Thư viện
ảnh, Video, "Tin từ Cổng huyện" with district news, Liên kết website select, visitor counter,
poll), and the footer (address, phone, email, copyright, "Thiết kế bởi …").
Article view: the content portlet keeps its portlet title as ``<h1 class="portlet-title">``
("Tin hoạt động", or "Tin nổi bật" when opened through the slider), the headline is
``<h3 class="header-title">``; a tool row (font size, print, share), the Liferay metadata row
("Cập nhật lúc …", views, "Người đăng: Quản trị Phòng GD&ĐT"), then the web content template,
which differs per structure: "Tin hoạt động" prints the display date (and a bold "tomtat" box
for one article), "Thông báo" prints "Ngày đăng: …", "Chuyên môn - Nghiệp vụ" prints no date.
Below: ratings, comments box, "Tin cùng chuyên mục" (two newest others, with dates). The slider
strip (3 featured titles with their abstracts) stays above the content portlet.

How each gold article is reached
--------------------------------
- Tin hoạt động (7): page 1 of the list (3) on the section page; page 2 (3) and page 3 (1, the
  oldest) only through the portlet's paginator ("Tiếp theo", "Cuối cùng", page menu). The three
  newest are also in the slider; the newest is also on the district home.
- Thông báo (4): page 1 on the section page (3); the oldest only on the portlet's page 2. The
  newest is also in the header marquee and on the district home.
- Chuyên môn - Nghiệp vụ (2): the short list on the section page.
"Tin cùng chuyên mục" only ever shows the two newest of a category, so it never reveals page 2+.

Traps
-----
1. Section scope. Menus, breadcrumb, sidebar "Tin từ Cổng huyện" and the district home lead out
   of ``/web/thachbinh/phong-gd-dt`` into district news and other departments' news, all in the
   same Liferay markup with the same ``/-/asset_publisher/…/content/…`` URLs; one of them is an
   education story ("Chủ tịch UBND huyện thăm, tặng quà …trường học…") filed under district news.
   Gold: only the 13 office articles; nothing outside the section is an article of this crawl.
2. One article, many URLs. The list instance id, the slider's id and the district home's id
   each give an article its own path, and Liferay's canonical link is the current path without
   query, so each copy names *itself* canonical; list links add ``inheritRedirect/redirect``;
   the print view (opened by JavaScript) is the *section* path plus query, and its canonical link
   names the section page. Gold: canonical_path = the category portlet's path; every other path
   that serves the article is in alt_paths (home copies and print views included).
3. Title. ``<title>`` is the page's name ("Phòng Giáo dục và Đào tạo - Cổng …"), the only
   ``<h1>`` in the content is the portlet title ("Tin hoạt động" / "Tin nổi bật"), lists
   truncate long headlines with "...". Gold: the ``h3.header-title`` text in full.
4. Dates. The header prints today; the metadata row prints "Cập nhật lúc 08:12 05/12/2026"
   *before* the template's date; one article prints "12/11/2026 00:00" (midnight: day alone), a
   migrated one prints only "30/10/2026"; the official notice's page says "Ngày đăng:
   01/12/2026 08:30" but the letterhead says "ngày 30 tháng 11 năm 2026" (gold: 2026-11-30);
   the "Chuyên môn - Nghiệp vụ" template prints no date at all while the page around it is full
   of other articles' dates ("Tin cùng chuyên mục", Văn bản mới). Gold: null for those two.
5. Chrome that reads like text. Around the article: the slider strip with full-sentence
   abstracts, "Tin cùng chuyên mục", the rating widget, "Chưa có bình luận nào…", and inside
   the article an inline "Tin liên quan" box (a floated table of links) between paragraphs, a
   "Xem thêm:" line and "File đính kèm"/"Tải về" lines. None of it is body.
6. Liferay paginator. Page links are long render URLs on the section path (only the query
   differs), the disabled buttons are ``javascript:;``; the oldest article of two categories is
   reachable only from page 2/3. Pages "cur=1" exist besides the bare section path.
7. Bylines and signatures. "Tin, ảnh: Lê Thị Thu Hà (Trường TH Thạch Bình)" -> author and
   photographer; "Tin: X - Ảnh: Y"; "ThS. Phan Thị Ngọc Anh - Phó Trưởng phòng GD&ĐT" -> name;
   right-aligned units ("Phòng GD&ĐT", "Hội đồng xét tuyển viên chức huyện", "Bộ phận Giáo dục
   Mầm non") are the author as printed; "BBT" and the metadata's "Người đăng: Quản trị Phòng
   GD&ĐT" are nobody; the notice's signer (after "TRƯỞNG PHÒNG (Đã ký)") is its author; a
   guide's byline sits *above* its footnotes, which are still body.
8. Captions. A two-row table (photo row, caption row) is an image with its caption, not two
   body paragraphs; "Ảnh: Trần Minh Đức" under a photo is a credit (caption None); one caption
   is printed in parentheses (taken off); slider/list thumbnails are not article images.
9. Text encodings. One article's body is stored decomposed (NFD, "Unicode tổ hợp" pasted from
   an old typing tool); the migrated one is Word HTML (MsoNormal, ``mso-list:Ignore`` markers)
   with half its letters written as entities. Gold text is NFC, without Word's list markers.
10. Look-alike non-articles in the section: a document entry whose "Trích yếu" is the notice's
   very headline (with "Ngày ban hành"), an album with a date and captioned photos, a clip page
   with a description paragraph. Not articles.

Gold decisions on ambiguous points
----------------------------------
- category: the asset category printed in the breadcrumb's last step and in the list portlet's
  title ("Tin hoạt động", "Thông báo", "Chuyên môn - Nghiệp vụ"), never the slider's "Tin nổi
  bật" or the home's "Tin giáo dục".
- The metadata row's "Cập nhật lúc" is an update date: never published_at. A page whose
  template prints no date gets null even though lists around it print dates.
- th1's bold "tomtat" box, printed outside the body div, is the sapo (summary and first body
  paragraph); cm1's bold first paragraph is its sapo. Meta description alone (all others):
  summary null.
- The official notice: letterhead table, "THÔNG BÁO" / "Về việc …" lines, "Nơi nhận" and the
  signature table are not body; "Căn cứ …" and "Nhận được Thông báo này …" are.
- Table rows (results, recruitment figures) are body paragraphs, cells joined by " | ".
- "Theo Huyện đoàn Thạch Bình" and "Nguồn: Trường TH Thạch Trung" as closing lines are sources;
  "Theo kế hoạch số 115/KH-PGDĐT …" opening th7 is text.
- Word footnote calls printed "[1]" (in ``<sup>``) stay in their sentence; the notes are body.
- alt_paths hold every path this site serves the article at and links to (JS-opened print views
  and the district home's copies included), whether or not inside the section.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "district_portal_pgd"
PLATFORM = "Liferay Portal 6.2 CE, vendor e-government theme (district portal, department page)"

SITE = "/web/thachbinh"
PGD = SITE + "/phong-gd-dt"
HOME = SITE + "/trang-chu"
START_PATH = PGD
TODAY_LINE = "Thứ Bảy, 05/12/2026"

I_TH = "Rn8vLm3pQsKd"
I_TB = "Wc2xZy7uFbNe"
I_CM = "Jq6sVt1oHgLr"
I_SLIDE = "hJ4kTq2wXbYz"
I_HOME = "Tg5uHe0mEwPa"

#: category key -> (name as printed, portlet instance, page size, column position)
CATS = {
    "th": ("Tin hoạt động", I_TH, 3, 2),
    "tb": ("Thông báo", I_TB, 3, 3),
    "cm": ("Chuyên môn - Nghiệp vụ", I_CM, 5, 4),
}


def doc(name: str, folder: int = 2390115, t: int = 1764812400000) -> str:
    """A Documents and Media URL as Liferay 6.2 prints it (file title, uuid, cache stamp)."""
    h = hashlib.md5(name.encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"/documents/10181/{folder}/{name}/{uuid}?t={t}"


RIGHT = '<p style="text-align: right;">{}</p>'

# --- the 13 articles ------------------------------------------------------------------------

TH1 = Story(
    id=2401187,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
    cat="th",
    published_at="2026-12-04T16:45:00+07:00",
    summary=(
        "Từ ngày 25/11 đến ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Thạch Bình tổ chức Hội thi "
        "giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027 với sự tham gia của 86 giáo viên "
        "đến từ 24 trường tiểu học trên địa bàn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên; tạo "
            "cơ hội để giáo viên giao lưu, học hỏi, chia sẻ kinh nghiệm trong việc đổi mới phương pháp "
            "dạy học theo Chương trình giáo dục phổ thông 2018. Đồng thời, đây cũng là căn cứ để xây dựng "
            "đội ngũ giáo viên cốt cán của huyện trong những năm tiếp theo."
        ),
        Img(
            doc("GVDG-TH-2026-01.jpg"),
            "Đồng chí Trần Quốc Bảo, Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
            "Đồng chí Trần Quốc Bảo, Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
            style="table",
        ),
        P(
            "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng "
            "dạy, giáo dục học sinh và thực hành dạy 02 tiết trên lớp, trong đó có 01 tiết bốc thăm "
            "trước 01 ngày. Ban Giám khảo gồm 35 thành viên là lãnh đạo, chuyên viên Phòng GD&ĐT và cán "
            "bộ quản lý, giáo viên cốt cán có nhiều kinh nghiệm."
        ),
        Img(
            doc("GVDG-TH-2026-02.jpg"),
            "Tiết dạy môn Tiếng Việt lớp 4 của cô giáo Nguyễn Thị Thanh Tâm, Trường TH Thạch Long",
            "Tiết dạy môn Tiếng Việt lớp 4 của cô giáo Nguyễn Thị Thanh Tâm, Trường TH Thạch Long",
            style="table",
        ),
        P(
            "Qua theo dõi, đa số tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp và "
            "kỹ thuật dạy học tích cực, ứng dụng công nghệ thông tin hiệu quả; học sinh hứng thú, mạnh "
            "dạn trao đổi, chia sẻ. Một số tiết dạy còn lúng túng trong việc tổ chức hoạt động nhóm và "
            "phân bố thời gian chưa hợp lý."
        ),
        P(
            "Kết quả, Ban Tổ chức công nhận 71 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện, "
            "trong đó 18 giáo viên được đề nghị tham gia Hội thi cấp tỉnh dự kiến tổ chức vào tháng "
            "3/2027."
        ),
        Raw(RIGHT.format("<strong>Tin, ảnh: Lê Thị Thu Hà</strong> <em>(Trường TH Thạch Bình)</em>")),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Lê Thị Thu Hà"],
    opts={
        "date_line": "04/12/2026 16:45",
        "modified": "Cập nhật lúc 08:12 05/12/2026",
        "featured": True,
        "home": True,
        "thumb": doc("GVDG-TH-2026-01.jpg"),
    },
)

TH2 = Story(
    id=2400935,
    slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-quan-ly-cac-truong-thcs",
    title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý các trường THCS",
    cat="th",
    published_at="2026-12-02T09:20:00+07:00",
    blocks=[
        P(
            "Ngày 01/12/2026, Phòng Giáo dục và Đào tạo phối hợp với Viễn thông Hà Tĩnh tổ chức lớp tập "
            "huấn chuyển đổi số trong quản lý trường học cho hơn 60 cán bộ quản lý các trường THCS trên "
            "địa bàn huyện."
        ),
        P(
            "Tại lớp tập huấn, các học viên được hướng dẫn khai thác, sử dụng phần mềm quản lý hồ sơ điện "
            "tử, học bạ số, sổ điểm điện tử và hệ thống cơ sở dữ liệu ngành; cách ký số văn bản, hồ sơ "
            "trên môi trường mạng và những lưu ý về bảo đảm an toàn thông tin."
        ),
        Img(doc("TapHuan-CDS-THCS.jpg"), "Quang cảnh lớp tập huấn", "Quang cảnh lớp tập huấn"),
        P(
            "Phát biểu tại lớp tập huấn, lãnh đạo Phòng GD&ĐT đề nghị các đơn vị khẩn trương rà soát, cập "
            "nhật dữ liệu học sinh, giáo viên; phấn đấu đến hết học kỳ I năm học 2026-2027, 100% trường "
            "THCS triển khai học bạ số và hồ sơ điện tử theo đúng lộ trình của Sở GD&ĐT."
        ),
        P("Các nhiệm vụ trọng tâm trong thời gian tới:"),
        P("Hoàn thành việc cấp chữ ký số cho 100% cán bộ quản lý, giáo viên;", "li"),
        P("Triển khai thanh toán không dùng tiền mặt đối với các khoản thu trong nhà trường;", "li"),
        P("Xây dựng kho học liệu số dùng chung cấp huyện.", "li"),
        Raw(RIGHT.format("<strong>Phòng GD&amp;ĐT</strong>")),
    ],
    authors=["Phòng GD&ĐT"],
    opts={
        "date_line": "02/12/2026 09:20",
        "modified": "Cập nhật lúc 10:05 02/12/2026",
        "featured": True,
        "enc": "nfd",
        "thumb": doc("TapHuan-CDS-THCS.jpg"),
    },
)

TH3 = Story(
    id=2400410,
    slug="truong-thcs-thach-long-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
    title="Trường THCS Thạch Long đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
    cat="th",
    published_at="2026-11-28T15:10:00+07:00",
    blocks=[
        P(
            "Sáng 27/11, Trường THCS Thạch Long long trọng tổ chức Lễ đón Bằng công nhận trường đạt chuẩn "
            "quốc gia mức độ 2 và kỷ niệm 45 năm ngày thành lập trường (1981 - 2026)."
        ),
        P(
            "Dự buổi lễ có đồng chí Nguyễn Thị Hằng, Phó Chủ tịch UBND huyện; lãnh đạo Phòng GD&ĐT, Đảng "
            "ủy, HĐND, UBND xã Thạch Long cùng đông đảo các thế hệ thầy cô giáo, cựu học sinh và phụ huynh."
        ),
        Img(doc("THCS-ThachLong-CQG2-01.jpg"), "Ảnh: Trần Minh Đức", None),
        P(
            "Những năm qua, được sự quan tâm của các cấp, các ngành, nhà trường đã đầu tư xây dựng thêm 8 "
            "phòng học bộ môn, nhà đa năng và hệ thống thư viện đạt chuẩn. Chất lượng giáo dục toàn diện "
            "được nâng lên rõ rệt: năm học 2025-2026, nhà trường có 27 học sinh giỏi cấp tỉnh, tỷ lệ học "
            "sinh đỗ vào lớp 10 THPT công lập đạt 92,4%."
        ),
        Img(
            doc("THCS-ThachLong-CQG2-02.jpg"),
            "(Phó Chủ tịch UBND huyện Nguyễn Thị Hằng trao Bằng công nhận cho nhà trường)",
            "Phó Chủ tịch UBND huyện Nguyễn Thị Hằng trao Bằng công nhận cho nhà trường",
        ),
        P(
            "Thay mặt lãnh đạo huyện, đồng chí Nguyễn Thị Hằng ghi nhận, biểu dương những nỗ lực của tập "
            "thể cán bộ, giáo viên, học sinh nhà trường, đồng thời đề nghị nhà trường tiếp tục giữ vững "
            "và phát huy các tiêu chuẩn đã đạt được, phấn đấu trở thành trường học số, trường học hạnh phúc."
        ),
        Raw(RIGHT.format("<em><strong>Tin: Nguyễn Văn Quang - Ảnh: Trần Minh Đức</strong></em>")),
    ],
    authors=["Nguyễn Văn Quang"],
    photographers=["Trần Minh Đức"],
    opts={
        "date_line": "28/11/2026 15:10",
        "modified": "Cập nhật lúc 16:02 28/11/2026",
        "featured": True,
        "thumb": doc("THCS-ThachLong-CQG2-02.jpg"),
    },
)

_TLQ = (
    '<table align="right" border="1" cellpadding="4" cellspacing="0" style="width:260px;margin:0 0 8px 12px;'
    'border-collapse:collapse;border-color:#c9d6e8;background:#f3f7fc"><tbody><tr><td><strong>Tin liên quan:'
    "</strong></td></tr><tr><td>- <a href=\"{a}\">Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học "
    "2026-2027</a></td></tr><tr><td>- <a href=\"https://hatinh.edu.vn/tin-tuc/ky-niem-ngay-nha-giao-viet-nam"
    '.html" target="_blank">Sở GD&amp;ĐT Hà Tĩnh gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam</a></td></tr>'
    "</tbody></table>"
)

TH4 = Story(
    id=2399702,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="th",
    published_at="2026-11-20T10:05:00+07:00",
    blocks=[
        P(
            "Sáng 19/11, Phòng Giáo dục và Đào tạo huyện Thạch Bình tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi "
            "đua “Dạy tốt - Học tốt” năm học 2025-2026."
        ),
        Raw(_TLQ.format(a=PGD + "/-/asset_publisher/" + I_TH + "/content/" + TH1.slug)),
        P(
            "Báo cáo tại buổi lễ cho thấy, năm học 2025-2026, toàn huyện có 71 trường học với hơn 1.450 "
            "cán bộ, giáo viên, nhân viên và trên 24.000 học sinh. Tỷ lệ trường đạt chuẩn quốc gia đạt "
            "87,3%; huyện có 142 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh, xếp thứ 3 "
            "toàn tỉnh."
        ),
        P(
            "“Mỗi thầy giáo, cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo để "
            "học sinh noi theo” - đồng chí Trần Quốc Bảo, Trưởng phòng GD&ĐT nhấn mạnh.",
            "quote",
        ),
        Img(
            doc("NGVN-20-11-2026.jpg"),
            "Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc",
            "Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc",
            style="table",
        ),
        P(
            "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 46 cá nhân; Phòng GD&ĐT tặng "
            "Giấy khen cho 85 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở."
        ),
        Raw(RIGHT.format("<strong>ThS. Phan Thị Ngọc Anh</strong> - Phó Trưởng phòng GD&amp;ĐT")),
    ],
    authors=["Phan Thị Ngọc Anh"],
    opts={
        "date_line": "20/11/2026 10:05",
        "modified": "Cập nhật lúc 07:40 21/11/2026",
        "thumb": doc("NGVN-20-11-2026.jpg"),
    },
)

TH5 = Story(
    id=2398851,
    slug="hoi-khoe-phu-dong-cap-huyen-lan-thu-xii-nam-2026-thanh-cong-tot-dep",
    title="Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026 thành công tốt đẹp",
    cat="th",
    published_at="2026-11-12",
    blocks=[
        P(
            "Sau 5 ngày tranh tài sôi nổi (từ 07/11 đến 11/11/2026), Hội khỏe Phù Đổng cấp huyện lần thứ "
            "XII đã bế mạc. Hội khỏe năm nay thu hút gần 1.200 vận động viên là học sinh của 48 trường "
            "tiểu học và THCS tham gia tranh tài ở 7 môn: điền kinh, bóng đá, cờ vua, bơi, cầu lông, bóng "
            "bàn và đá cầu."
        ),
        Img(doc("HKPD-XII-dacau.jpg"), "Thi đấu môn đá cầu nữ khối THCS", "Thi đấu môn đá cầu nữ khối THCS"),
        P("Kết quả xếp hạng toàn đoàn khối THCS:", "h"),
        P("Xếp hạng | Đơn vị | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "tr"),
        P("Nhất | THCS Thạch Long | 14 | 9 | 6", "tr"),
        P("Nhì | THCS Nguyễn Du | 11 | 10 | 8", "tr"),
        P("Ba | THCS Thạch Trung | 9 | 7 | 11", "tr"),
        P(
            "Ban Tổ chức đã trao 5 cúp toàn đoàn, 186 huy chương các loại cho các vận động viên đạt thành "
            "tích cao. Qua Hội khỏe, Phòng GD&ĐT đã lựa chọn 96 vận động viên tiêu biểu tham gia đội "
            "tuyển của huyện dự Hội khỏe Phù Đổng cấp tỉnh năm 2027."
        ),
        Raw(RIGHT.format("<strong>BBT</strong>")),
    ],
    opts={
        "date_line": "12/11/2026 00:00",
        "modified": "Cập nhật lúc 09:30 13/11/2026",
        "thumb": doc("HKPD-XII-dacau.jpg"),
    },
)

_WORD_IMG = "/image/journal/article?img_id=2391044&t=1761800000000"

TH6 = Story(
    id=2391040,
    slug="giao-luu-tieng-anh-va-toi-danh-cho-hoc-sinh-tieu-hoc",
    title="Giao lưu “Tiếng Anh và tôi” dành cho học sinh tiểu học",
    cat="th",
    published_at="2026-10-30",
    blocks=[
        P(
            "Nhằm tạo sân chơi bổ ích, giúp học sinh tự tin giao tiếp bằng tiếng Anh, ngày 29/10/2026, "
            "Trường Tiểu học Thạch Trung tổ chức chương trình giao lưu “Tiếng Anh và tôi” cho học sinh "
            "khối 4, khối 5."
        ),
        P("Chương trình gồm 3 phần thi:"),
        P("Phần thi “Hello”: giới thiệu bản thân, gia đình và ngôi trường;", "li"),
        P("Phần thi “Tài năng”: hát, kể chuyện, đóng kịch bằng tiếng Anh;", "li"),
        P("Phần thi “Về đích”: trả lời nhanh các câu hỏi từ vựng, ngữ pháp.", "li"),
        Img(_WORD_IMG, "Các đội thi phần “Tài năng”", "Các đội thi phần “Tài năng”", style="word"),
        P(
            "Kết thúc chương trình, Ban Tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 04 giải "
            "Khuyến khích cho các đội thi. Đây là hoạt động thiết thực nhằm thực hiện Đề án dạy và học "
            "ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2025-2030."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><i><span style="font-size:13.0pt;'
            'font-family:&quot;Times New Roman&quot;,serif">Ngu&#7891;n: Tr&#432;&#7901;ng TH Th&#7841;ch Trung'
            "</span></i></p>"
        ),
    ],
    source="Trường TH Thạch Trung",
    opts={
        "date_line": "30/10/2026",
        "modified": "Cập nhật lúc 14:03 02/11/2026",
        "enc": "word",
        "thumb": _WORD_IMG,
    },
)

TH7 = Story(
    id=2386612,
    slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="th",
    published_at="2026-10-16T14:00:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch số 115/KH-PGDĐT ngày 25/9/2026 của Phòng GD&ĐT, từ ngày 01/10 đến 07/10/2026, "
            "các trường học trên địa bàn huyện đồng loạt tổ chức các hoạt động hưởng ứng Tuần lễ học tập "
            "suốt đời với chủ đề “Học tập suốt đời trong kỷ nguyên số”."
        ),
        P(
            "Các nhà trường đã tổ chức lễ phát động, trưng bày sách, ngày hội đọc sách, thi kể chuyện "
            "theo sách và giới thiệu các nguồn học liệu số cho học sinh, phụ huynh; thư viện trường học "
            "mở cửa phục vụ cả ngày thứ Bảy, Chủ nhật."
        ),
        Img(doc("TLHTSD-2026.jpg"), "Ngày hội đọc sách tại Trường TH Thạch Bình", "Ngày hội đọc sách tại Trường TH Thạch Bình"),
        P("Kết quả sau Tuần lễ:"),
        P("Tổng số lượt người tham gia các hoạt động: 18.560 lượt;", "br"),
        P("Số thư viện trường học mở cửa phục vụ: 71/71 thư viện.", "br"),
        P(
            "Tuần lễ học tập suốt đời năm 2026 đã góp phần lan tỏa tinh thần tự học, xây dựng xã hội học "
            "tập trên địa bàn huyện."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="https://hatinh.edu.vn/tin-tuc/tuan-le-hoc-tap-suot-doi-2026.html" '
            'target="_blank">Toàn tỉnh hưởng ứng Tuần lễ học tập suốt đời năm 2026</a></em></p>'
        ),
        Raw(RIGHT.format("<strong>Đặng Thị Mai</strong>")),
    ],
    authors=["Đặng Thị Mai"],
    opts={
        "date_line": "16/10/2026 14:00",
        "modified": "Cập nhật lúc 14:21 16/10/2026",
        "thumb": doc("TLHTSD-2026.jpg"),
    },
)

_LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr>
<td style="width:40%;text-align:center;vertical-align:top">UBND HUYỆN THẠCH BÌNH<br />
<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />
<span style="font-size:13px">Số: 386/TB-PGDĐT</span></td>
<td style="width:60%;text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />
<em>Thạch Bình, ngày 30 tháng 11 năm 2026</em></td>
</tr></tbody></table>
<p style="text-align: center;">&nbsp;</p>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện<br />
năm học 2026-2027</strong></p>"""

_CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />
<span style="font-size:12px">- Các trường THCS;<br />
- Lãnh đạo phòng;<br />
- Lưu: VT, CM.</span></td>
<td style="width:50%;text-align:center;vertical-align:top"><strong>TRƯỞNG PHÒNG</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Trần Quốc Bảo</strong></td>
</tr></tbody></table>"""

TB1 = Story(
    id=2400688,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
    title="Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
    cat="tb",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 102/KH-PGDĐT ngày 10/9/2026 của Phòng GD&ĐT về thực hiện nhiệm vụ năm học "
            "2026-2027;"
        ),
        P(
            "Phòng GD&ĐT thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027, "
            "cụ thể như sau:"
        ),
        P("1. Thời gian, địa điểm", "h"),
        P(
            "- Thời gian thi: ngày 17/12/2026 (buổi sáng thi các môn Ngữ văn, Toán, Khoa học tự nhiên; "
            "buổi chiều thi các môn Lịch sử và Địa lí, Tiếng Anh, Tin học)."
        ),
        P("- Địa điểm: Trường THCS Nguyễn Du, thị trấn Thạch Bình."),
        P("2. Đối tượng dự thi", "h"),
        P(
            "Học sinh lớp 9 đang học tại các trường THCS trên địa bàn huyện, có kết quả rèn luyện năm học "
            "2025-2026 đạt mức Tốt, kết quả học tập đạt mức Tốt."
        ),
        P("3. Hồ sơ đăng ký", "h"),
        P(
            "Các trường lập danh sách học sinh dự thi (theo mẫu) gửi về Phòng GD&ĐT qua hệ thống quản lý "
            "văn bản điều hành trước ngày 08/12/2026."
        ),
        P("Nhận được Thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc./."),
        Raw(_CLOSING),
    ],
    authors=["Trần Quốc Bảo"],
    opts={
        "date_line": "01/12/2026 08:30",
        "modified": "Cập nhật lúc 08:41 01/12/2026",
        "home": True,
        "hstyle": "b",
    },
)

TB2 = Story(
    id=2399954,
    slug="lich-nghi-tet-duong-lich-nam-2027-doi-voi-cac-co-so-giao-duc-tren-dia-ban-huyen",
    title="Lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục trên địa bàn huyện",
    cat="tb",
    published_at="2026-11-25T10:15:00+07:00",
    blocks=[
        P(
            "Thực hiện Công văn số 2150/SGDĐT-VP ngày 20/11/2026 của Sở Giáo dục và Đào tạo về việc nghỉ "
            "Tết Dương lịch năm 2027, Phòng GD&ĐT huyện Thạch Bình thông báo lịch nghỉ Tết Dương lịch đối "
            "với cán bộ, giáo viên, nhân viên và học sinh các cơ sở giáo dục mầm non, tiểu học, THCS trên "
            "địa bàn huyện như sau:"
        ),
        P("Thời gian nghỉ: 01 ngày, thứ Sáu ngày 01/01/2027.", "li"),
        P("Học sinh đi học trở lại vào thứ Hai ngày 04/01/2027.", "li"),
        P(
            "Trong thời gian nghỉ Tết, các đơn vị phân công lịch trực, bảo đảm an ninh, an toàn trường học, "
            "phòng chống cháy nổ; tuyên truyền học sinh không tham gia đốt pháo, không vi phạm Luật Giao "
            "thông đường bộ."
        ),
        Raw(
            '<p><img alt="" src="/thachbinh-theme/images/icon/pdf.png" /> File đính kèm: <a href="'
            + esc(doc("CV-412-PGDDT.pdf", 2390200))
            + '" target="_blank">CV-412-PGDDT.pdf</a> (215 KB)</p>'
        ),
    ],
    opts={"date_line": "25/11/2026 10:15", "modified": "Cập nhật lúc 10:15 25/11/2026"},
)

TB3 = Story(
    id=2398703,
    slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026-vong-2",
    title="Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (vòng 2)",
    cat="tb",
    published_at="2026-11-16T16:00:00+07:00",
    blocks=[
        P(
            "Căn cứ kết quả kiểm tra, sát hạch vòng 2 kỳ xét tuyển viên chức giáo dục năm 2026, Hội đồng "
            "xét tuyển viên chức huyện Thạch Bình thông báo kết quả như sau:"
        ),
        P("TT | Vị trí việc làm | Chỉ tiêu | Số người dự tuyển | Số người đạt", "tr"),
        P("1 | Giáo viên mầm non hạng III | 15 | 38 | 15", "tr"),
        P("2 | Giáo viên tiểu học hạng III | 12 | 29 | 12", "tr"),
        P("3 | Giáo viên THCS hạng III (Tiếng Anh, Tin học) | 6 | 17 | 6", "tr"),
        P(
            "Danh sách chi tiết thí sinh trúng tuyển được niêm yết công khai tại trụ sở UBND huyện, Phòng "
            "GD&ĐT và đăng tải trên Cổng thông tin điện tử huyện. Thí sinh có thắc mắc về kết quả xét "
            "tuyển gửi đơn phúc khảo về Hội đồng xét tuyển trong thời hạn 15 ngày kể từ ngày thông báo."
        ),
        Raw(
            '<p>Tải về: <a href="' + esc(doc("DS-trung-tuyen-VC-2026.pdf", 2390200))
            + '">Danh sách trúng tuyển (pdf)</a></p>'
        ),
        Raw(RIGHT.format("<strong>Hội đồng xét tuyển viên chức huyện</strong>")),
    ],
    authors=["Hội đồng xét tuyển viên chức huyện"],
    opts={"date_line": "16/11/2026 16:00", "modified": "Cập nhật lúc 08:00 17/11/2026"},
)

TB4 = Story(
    id=2388120,
    slug="phat-dong-cuoc-thi-sang-tao-thanh-thieu-nien-nhi-dong-huyen-thach-binh-lan-thu-vi",
    title="Phát động Cuộc thi sáng tạo thanh thiếu niên nhi đồng huyện Thạch Bình lần thứ VI",
    cat="tb",
    published_at="2026-10-21T08:40:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch của Ban Tổ chức Cuộc thi sáng tạo thanh thiếu niên nhi đồng tỉnh Hà Tĩnh, "
            "Phòng GD&ĐT phối hợp với Huyện đoàn, Liên đoàn Lao động huyện phát động Cuộc thi sáng tạo "
            "thanh thiếu niên nhi đồng huyện Thạch Bình lần thứ VI (2026 - 2027)."
        ),
        P(
            "Cuộc thi dành cho thanh thiếu niên, nhi đồng từ 6 đến 35 tuổi đang sinh sống, học tập trên địa "
            "bàn huyện. Các lĩnh vực dự thi gồm: kỹ thuật cơ khí; điện - điện tử; công nghệ thông tin; "
            "nông - lâm - ngư nghiệp; môi trường và đồ dùng dạy học."
        ),
        P(
            "Hạn cuối nhận mô hình, sản phẩm dự thi: trước ngày 15/01/2027 tại Văn phòng Huyện đoàn (tầng "
            "2, Trung tâm Chính trị huyện)."
        ),
        Img(
            doc("STTTNND-lan-V.jpg"),
            "Sản phẩm đạt giải Nhất cuộc thi lần thứ V: Máy tách hạt sen tự động của nhóm học sinh Trường "
            "THCS Nguyễn Du",
            "Sản phẩm đạt giải Nhất cuộc thi lần thứ V: Máy tách hạt sen tự động của nhóm học sinh Trường "
            "THCS Nguyễn Du",
        ),
        Raw(RIGHT.format("<em>Theo Huyện đoàn Thạch Bình</em>")),
    ],
    source="Huyện đoàn Thạch Bình",
    opts={"date_line": "21/10/2026 08:40", "modified": "Cập nhật lúc 09:12 21/10/2026"},
)

CM1 = Story(
    id=2400102,
    slug="mot-so-bien-phap-nang-cao-chat-luong-day-hoc-mon-toan-lop-5-theo-chuong-trinh-gdpt-2018",
    title="Một số biện pháp nâng cao chất lượng dạy học môn Toán lớp 5 theo Chương trình GDPT 2018",
    cat="cm",
    published_at=None,
    summary=(
        "Môn Toán lớp 5 có vai trò quan trọng trong việc hoàn thiện kiến thức, kỹ năng toán học ở cấp "
        "tiểu học, tạo nền tảng để học sinh học tiếp lên cấp THCS. Bài viết chia sẻ một số biện pháp "
        "đã được áp dụng hiệu quả tại Trường TH Thạch Trung trong năm học 2025-2026."
    ),
    blocks=[
        Raw(RIGHT.format("<em><strong>ThS. Bùi Thị Hương</strong><br />Trường TH Thạch Trung</em>")),
        P(
            "Môn Toán lớp 5 có vai trò quan trọng trong việc hoàn thiện kiến thức, kỹ năng toán học ở cấp "
            "tiểu học, tạo nền tảng để học sinh học tiếp lên cấp THCS. Bài viết chia sẻ một số biện pháp "
            "đã được áp dụng hiệu quả tại Trường TH Thạch Trung trong năm học 2025-2026.",
            "lead",
        ),
        P("1. Thực trạng", "h"),
        P(
            "Qua khảo sát đầu năm học, 32% học sinh lớp 5 của trường còn gặp khó khăn khi giải các bài "
            "toán có lời văn nhiều bước tính; nhiều em chưa biết cách tóm tắt đề bài, chưa hình thành thói "
            "quen kiểm tra lại kết quả.[1]"
        ),
        P("2. Các biện pháp đã thực hiện", "h"),
        P(
            "Biện pháp 1: Tổ chức cho học sinh tóm tắt bài toán bằng sơ đồ đoạn thẳng, giúp các em hình "
            "dung rõ mối quan hệ giữa các đại lượng."
        ),
        P(
            "Biện pháp 2: Vận dụng kỹ thuật “khăn trải bàn” và trò chơi học tập trong các tiết luyện tập, "
            "tạo không khí học tập nhẹ nhàng, hứng thú.[2]"
        ),
        P(
            "Biện pháp 3: Tăng cường kiểm tra, đánh giá thường xuyên bằng nhận xét, động viên kịp thời sự "
            "tiến bộ của từng học sinh."
        ),
        Img(
            doc("Toan5-ThachTrung.jpg", 2390301),
            "Học sinh lớp 5A thực hành đo đạc trên sân trường",
            "Học sinh lớp 5A thực hành đo đạc trên sân trường",
        ),
        P("3. Kết quả", "h"),
        P(
            "Cuối học kỳ II năm học 2025-2026, tỷ lệ học sinh hoàn thành tốt môn Toán đạt 58,6%, tăng 14,2% "
            "so với đầu năm; không có học sinh chưa hoàn thành. Có 06 học sinh đạt giải trong Giao lưu Toán "
            "tuổi thơ cấp huyện."
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Toán, ban hành kèm theo "
            "Thông tư số 32/2018/TT-BGDĐT."
        ),
        P("[2] Đỗ Đức Thái (Tổng Chủ biên, 2024), Toán 5 - Sách giáo viên, NXB Đại học Sư phạm."),
    ],
    authors=["Bùi Thị Hương"],
    opts={"hstyle": "h3", "thumb": doc("Toan5-ThachTrung.jpg", 2390301)},
)

CM2 = Story(
    id=2390377,
    slug="huong-dan-thuc-hien-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027",
    title="Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2026-2027",
    cat="cm",
    published_at=None,
    blocks=[
        P(
            "Căn cứ Hướng dẫn số 1865/SGDĐT-GDMN ngày 05/9/2026 của Sở GD&ĐT Hà Tĩnh về thực hiện nhiệm vụ "
            "giáo dục mầm non năm học 2026-2027[1], Phòng GD&ĐT hướng dẫn các cơ sở giáo dục mầm non trên "
            "địa bàn huyện thực hiện một số nhiệm vụ trọng tâm như sau:",
            "ftn",
        ),
        P("I. NHIỆM VỤ CHUNG", "h"),
        P(
            "Tiếp tục rà soát, sắp xếp mạng lưới trường, lớp; tăng cường các điều kiện bảo đảm chất lượng "
            "để thực hiện phổ cập giáo dục mầm non cho trẻ em mẫu giáo."
        ),
        P(
            "Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ; thực hiện có hiệu quả chuyên đề “Xây "
            "dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn 2026-2030."
        ),
        P("II. NHIỆM VỤ CỤ THỂ", "h"),
        P(
            "1. Bảo đảm an toàn tuyệt đối cho trẻ trong thời gian ở trường; 100% cơ sở thực hiện kiểm tra, "
            "đánh giá công tác bảo đảm an toàn theo Thông tư số 45/2021/TT-BGDĐT.[2]",
            "ftn",
        ),
        P(
            "2. Tổ chức bữa ăn bán trú bảo đảm định lượng, cân đối dinh dưỡng; phấn đấu giảm tỷ lệ trẻ suy "
            "dinh dưỡng thể thấp còi xuống dưới 4%."
        ),
        P(
            "3. Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý và tổ chức các hoạt động giáo dục; sử "
            "dụng phần mềm quản lý trẻ, sổ theo dõi điện tử."
        ),
        Raw(RIGHT.format("<strong>Bộ phận Giáo dục Mầm non</strong>")),
        Raw('<div style="mso-element:footnote-list"><br clear="all" /><hr align="left" size="1" width="33%" />'),
        P("[1] Hướng dẫn số 1865/SGDĐT-GDMN ngày 05/9/2026 của Sở GD&ĐT Hà Tĩnh.", "ftnote"),
        P(
            "[2] Thông tư số 45/2021/TT-BGDĐT quy định về việc xây dựng trường học an toàn, phòng, chống "
            "tai nạn thương tích trong cơ sở giáo dục mầm non.",
            "ftnote",
        ),
        Raw("</div>"),
    ],
    authors=["Bộ phận Giáo dục Mầm non"],
    opts={"hstyle": "h4"},
)

STORIES: list[Story] = [TH1, TH2, TH3, TH4, TH5, TH6, TH7, TB1, TB2, TB3, TB4, CM1, CM2]
BY_SLUG = {s.slug: s for s in STORIES}


def in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]  # STORIES is newest first within each category


# --- URLs -----------------------------------------------------------------------------------


def content_path(layout: str, inst: str, slug: str) -> str:
    return f"{layout}/-/asset_publisher/{inst}/content/{slug}"


def canonical(story: Story) -> str:
    return content_path(PGD, CATS[story.cat][1], story.slug)


def page_url(cat: str, n: int) -> str:
    """A list portlet's page n as Liferay's search container links it (render URL on the layout)."""
    _, inst, delta, pos = CATS[cat]
    ns = f"_101_INSTANCE_{inst}_"
    return (
        f"{PGD}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_pos={pos}&p_p_col_count=5&{ns}delta={delta}&{ns}keywords="
        f"&{ns}advancedSearch=false&{ns}andOperator=true&p_r_p_564233524_resetCur=false&{ns}cur={n}"
    )


def list_redirect(n: int) -> str:
    """The ``redirect`` the "Tin hoạt động" list puts on its links when showing page n."""
    return PGD if n == 1 else page_url("th", n)


def th_link(story: Story, n: int) -> str:
    return canonical(story) + "?inheritRedirect=false&redirect=" + quote(list_redirect(n), safe="")


def print_url(layout: str, inst: str, story: Story) -> str:
    ns = f"_101_INSTANCE_{inst}_"
    return (
        f"{layout}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view"
        f"&{ns}struts_action=%2Fasset_publisher%2Fview_content&{ns}assetEntryId={story.id + 3}"
        f"&{ns}type=content&{ns}urlTitle={story.slug}&{ns}viewMode=print"
    )


def page_of(story: Story) -> int:
    delta = CATS[story.cat][2]
    return in_cat(story.cat).index(story) // delta + 1


def n_pages(cat: str) -> int:
    delta = CATS[cat][2]
    return (len(in_cat(cat)) + delta - 1) // delta


def views(story: Story) -> int:
    """Instance views of each article: (layout, instance)."""
    out = [(PGD, CATS[story.cat][1])]
    if story.opts.get("featured"):
        out.append((PGD, I_SLIDE))
    if story.opts.get("home"):
        out.append((HOME, I_HOME))
    return out


def alt_paths(story: Story) -> list[str]:
    alts: list[str] = []
    if story.cat == "th":
        alts.append(th_link(story, page_of(story)))
    for layout, inst in views(story):
        plain = content_path(layout, inst, story.slug)
        if plain != canonical(story):
            alts.append(plain)
        alts.append(print_url(layout, inst, story))
    return alts


def enc_text(story: Story | None, value: str) -> str:
    enc = story.opts.get("enc") if story else None
    return text(value, nfd=enc == "nfd", entities=2 if enc == "word" else 0)


# --- article body ---------------------------------------------------------------------------

_MSO_SPAN = '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'


def _para(story: Story, t: str, style: str = "") -> str:
    if story.opts.get("enc") == "word":
        return (
            f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:150%{style}">{_MSO_SPAN}{t}</span></p>'
        )
    return f'<p style="text-align: justify;{style}">{t}</p>'


def _ftn_calls(t: str) -> str:
    return re.sub(
        r"\[(\d)\]",
        r'<a href="#_ftn\1" name="_ftnref\1" title=""><sup><span style="font-size:10.0pt">[\1]</span></sup></a>',
        t,
    )


def _image(story: Story, img: Img) -> str:
    src = esc(img.src)
    cap = enc_text(story, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:600px">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{cap}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "word":
        out = (
            '<p class="MsoNormal" align="center" style="text-align:center">'
            f'<span style="mso-no-proof:yes"><img width="550" height="366" src="{src}" alt="" /></span></p>'
        )
        if cap:
            out += (
                '<p class="MsoNormal" align="center" style="text-align:center"><i>'
                f'<span style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif">{cap}</span></i></p>'
            )
        return out
    out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 580px; height: 387px;" /></p>'
    if cap:
        out += f'<p style="text-align: center;"><span style="color:#0000cd;"><em>{cap}</em></span></p>'
    return out


def _group(story: Story, style: str, items: list[P]) -> str:
    if style == "li":
        if story.opts.get("enc") == "word":
            rows = []
            for k, it in enumerate(items):
                pos = "First" if k == 0 else ("Last" if k == len(items) - 1 else "Middle")
                rows.append(
                    f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:54.0pt;text-indent:-18.0pt;'
                    'line-height:150%;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-size:14.0pt;'
                    'line-height:150%;font-family:&quot;Times New Roman&quot;,serif"><span style="mso-list:Ignore">-'
                    '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                    f"</span></span></span><![endif]>{_MSO_SPAN}{enc_text(story, it.text)}</span></p>"
                )
            return "\n".join(rows)
        lis = "".join(f"<li>{enc_text(story, it.text)}</li>" for it in items)
        return f'<ul style="margin-left:20px;">{lis}</ul>'
    # table rows
    rows = []
    for k, it in enumerate(items):
        cells = it.text.split(" | ")
        if k == 0:
            tds = "".join(f'<td style="text-align:center;background:#e8eef7"><strong>{enc_text(story, c)}</strong></td>' for c in cells)
        else:
            tds = "".join(f"<td>{enc_text(story, c)}</td>" for c in cells)
        rows.append(f"<tr>{tds}</tr>")
    return (
        '<table border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse">'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    hstyle = story.opts.get("hstyle", "b")
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(story, b))
        elif b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            out.append(_group(story, b.style, blocks[i:j]))
            i = j
            continue
        elif b.style == "br":
            t = enc_text(story, b.text)
            if out and out[-1].endswith("</p>"):
                out[-1] = out[-1][: -len("</p>")] + "<br />\n" + t + "</p>"
            else:
                out.append(_para(story, t))
        else:
            t = enc_text(story, b.text)
            if b.style == "h":
                if hstyle == "h3":
                    out.append(f'<h3 style="font-size:15px;color:#0d4c92;margin:10px 0 4px">{t}</h3>')
                elif hstyle == "h4":
                    out.append(f'<h4 style="font-size:14px;text-transform:none">{t}</h4>')
                else:
                    out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "quote":
                out.append(
                    '<blockquote style="border-left:3px solid #0d4c92;margin:8px 20px;padding-left:10px">'
                    f"<p><em>{t}</em></p></blockquote>"
                )
            elif b.style == "ftn":
                out.append(f'<p class="MsoNormal" style="text-align:justify">{_ftn_calls(t)}</p>')
            elif b.style == "ftnote":
                m = re.match(r"\[(\d)\] (.*)", t, re.S)
                n, rest = m.group(1), m.group(2)
                out.append(
                    f'<div id="ftn{n}"><p class="MsoFootnoteText"><a href="#_ftnref{n}" name="_ftn{n}" title="">'
                    f'<sup><span style="font-size:10.0pt">[{n}]</span></sup></a> {rest}</p></div>'
                )
            else:
                out.append(_para(story, t))
        i += 1
    return "\n".join(out)


# --- the rest of the district (out of the section) ------------------------------------------

#: section path -> (menu name, asset publisher instance, [(slug, title, date line, paragraphs)])
DISTRICT = {
    SITE + "/tin-tuc-su-kien": (
        "Tin tức - Sự kiện",
        "Mb3nVc8xZq1L",
        [
            (
                "hdnd-huyen-thach-binh-khoa-xxi-to-chuc-ky-hop-thu-12",
                "HĐND huyện Thạch Bình khóa XXI tổ chức Kỳ họp thứ 12",
                "04/12/2026 17:30",
                [
                    "Ngày 04/12, HĐND huyện Thạch Bình khóa XXI, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 12 để "
                    "đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026, quyết định "
                    "nhiệm vụ năm 2027.",
                    "Kỳ họp đã thông qua 9 nghị quyết quan trọng, trong đó có nghị quyết về dự toán ngân sách "
                    "địa phương và phương án phân bổ ngân sách năm 2027.",
                ],
            ),
            (
                "chu-tich-ubnd-huyen-tham-tang-qua-cac-truong-hoc-vung-kho-khan",
                "Chủ tịch UBND huyện thăm, tặng quà các trường học vùng khó khăn",
                "01/12/2026 15:00",
                [
                    "Chiều 30/11, đồng chí Lê Văn Hùng, Chủ tịch UBND huyện dẫn đầu đoàn công tác đến thăm, "
                    "tặng quà Trường TH và THCS Thạch Sơn, Trường MN Thạch Sơn - các trường học thuộc vùng "
                    "khó khăn của huyện.",
                    "Đoàn đã trao tặng 150 suất quà, 200 bộ áo ấm cho học sinh có hoàn cảnh khó khăn và 02 "
                    "bộ máy tính cho các nhà trường, với tổng trị giá hơn 120 triệu đồng.",
                ],
            ),
            (
                "thach-binh-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam",
                "Thạch Bình đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm",
                "27/11/2026 10:45",
                [
                    "Tính đến ngày 25/11/2026, huyện Thạch Bình đã giải ngân được 78,6% kế hoạch vốn đầu tư "
                    "công năm 2026, cao hơn mức bình quân chung của tỉnh.",
                ],
            ),
        ],
    ),
    SITE + "/phong-tai-chinh-ke-hoach": (
        "Phòng Tài chính - Kế hoạch",
        "Fz7kQw2eRt5Y",
        [
            (
                "cong-khai-du-toan-ngan-sach-nam-2027-cua-huyen-thach-binh",
                "Công khai dự toán ngân sách năm 2027 của huyện Thạch Bình",
                "05/12/2026 08:00",
                [
                    "Thực hiện Luật Ngân sách nhà nước, UBND huyện Thạch Bình công khai số liệu dự toán ngân "
                    "sách năm 2027 trình HĐND huyện tại Kỳ họp thứ 12.",
                ],
            ),
        ],
    ),
    SITE + "/phong-noi-vu": (
        "Phòng Nội vụ",
        "Lp4hGd9sXa3C",
        [
            (
                "ket-qua-chi-so-cai-cach-hanh-chinh-cac-xa-thi-tran-nam-2026",
                "Kết quả chỉ số cải cách hành chính các xã, thị trấn năm 2026",
                "26/11/2026 14:20",
                [
                    "UBND huyện vừa công bố kết quả xác định chỉ số cải cách hành chính năm 2026 của 18 xã, "
                    "thị trấn; thị trấn Thạch Bình dẫn đầu với 91,25 điểm.",
                ],
            ),
        ],
    ),
}
DISTRICT_ARTICLES = {
    content_path(section, inst, slug): (section, name, title, date, paras)
    for section, (name, inst, items) in DISTRICT.items()
    for slug, title, date, paras in items
}
NEWS = SITE + "/tin-tuc-su-kien"


# --- chrome ---------------------------------------------------------------------------------

_HEAD_JS = """<script type="text/javascript">
// <![CDATA[
var Liferay = {Browser: {}, ThemeDisplay: {getCompanyId: function() {return "10154";},
getLayoutRelativeURL: function() {return "%(layout)s";}, getPlid: function() {return "%(plid)s";},
getScopeGroupId: function() {return "10181";}, getLanguageId: function() {return "vi_VN";},
isSignedIn: function() {return false;}, getPathThemeImages: function() {return "/thachbinh-theme/images";}},
PropsValues: {NTLM_AUTH_ENABLED: false}};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.currentURL = '%(current)s';
// ]]>
</script>"""


def head(request: Request, *, title: str, canon: str | None, desc: str | None, plid: int = 20512) -> str:
    current = request.target.replace("/", "\\x2f").replace("'", "")
    meta = f'<meta content="{esc(desc)}" lang="vi-VN" name="description" />\n' if desc else ""
    link = f'<link href="{esc(base_url(request) + canon)}" rel="canonical" />\n' if canon else ""
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{meta}{link}<link href="/thachbinh-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/thachbinh-theme/css/main.css?browserId=other&amp;themeId=egovhuyen_WAR_egovhuyentheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1764200000000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp.js?browserId=other&amp;themeId=egovhuyen_WAR_egovhuyentheme&amp;colorSchemeId=01&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6210&amp;t=1764200000000" type="text/javascript"></script>
{_HEAD_JS % {"layout": PGD, "plid": plid, "current": current}}
</head>
"""


_NAV = [
    ("Trang chủ", SITE, []),
    ("Giới thiệu", SITE + "/gioi-thieu", [("Tổng quan về huyện", SITE + "/gioi-thieu"), ("Bản đồ hành chính", "javascript:;")]),
    ("Tin tức - Sự kiện", NEWS, []),
    (
        "Các phòng ban",
        "javascript:;",
        [
            ("Phòng Nội vụ", SITE + "/phong-noi-vu"),
            ("Phòng Tài chính - Kế hoạch", SITE + "/phong-tai-chinh-ke-hoach"),
            ("Phòng Giáo dục và Đào tạo", PGD),
        ],
    ),
    ("Thủ tục hành chính", "https://dichvucong.hatinh.gov.vn/", []),
    ("Hỏi đáp", "https://dichvucong.hatinh.gov.vn/portaldvc/KenhTin/hoi-dap.aspx", []),
]


def banner(request: Request, *, current: str) -> str:
    items = []
    for k, (label, href, subs) in enumerate(_NAV):
        sel = ' class="selected"' if href == current or any(h == current for _, h in subs) else ""
        sub = ""
        if subs:
            sub = '<ul class="child-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" role="presentation"><a class="" href="{esc(h)}" role="menuitem">{esc(lbl)}</a></li>'
                for lbl, h in subs
            ) + "</ul>"
        items.append(
            f'<li{sel} id="layout_{k + 2}" role="presentation"><a aria-labelledby="layout_{k + 2}" '
            f'aria-haspopup="{"true" if subs else "false"}" href="{esc(href)}" role="menuitem">'
            f"<span>{esc(label)}</span></a>{sub}</li>"
        )
    lang = (
        f"{PGD}?p_p_id=82&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view"
        "&amp;_82_struts_action=%2Flanguage%2Fview&amp;_82_languageId=en_US"
    )
    tb1 = canonical(TB1)
    return f"""<div class="container-fluid" id="wrapper">
<div class="top-bar-egov">
 <div class="tb-left"><span class="ngay-thang"><i class="icon-calendar"></i> {TODAY_LINE}</span></div>
 <div class="tb-right">
  <a href="{lang}" class="taglib-language-list-text" lang="en-US" title="English"><img src="/thachbinh-theme/images/language/en_US.png" alt="English" /></a>
  <a href="/c/portal/login?p_l_id=20512" rel="nofollow">Đăng nhập</a>
  <form action="{SITE}/tim-kiem" method="get" name="fm_tk" class="form-tk"><input type="hidden" name="p_p_id" value="3" />
   <input name="_3_keywords" placeholder="Tìm kiếm..." size="18" type="text" /><button type="submit" class="btn">Tìm</button></form>
 </div>
</div>
<header id="banner" role="banner">
 <div id="heading"><h1 class="site-title">
  <a class="logo custom-logo" href="{SITE}" title="Đi đến Cổng thông tin điện tử huyện Thạch Bình">
   <img alt="Cổng thông tin điện tử huyện Thạch Bình" height="130" src="/image/layout_set_logo?img_id=20134&amp;t=1764200000000" width="1170" />
  </a></h1>
 </div>
 <div class="navbar site-navigation" id="navigation" role="navigation"><div class="navbar-inner"><div class="container">
  <ul aria-label="Trang Web" role="menubar">{''.join(items)}</ul>
 </div></div></div>
 <div class="thongbao-chay"><span class="tb-nhan">Thông báo:</span>
  <marquee behavior="scroll" direction="left" onmouseover="this.stop()" onmouseout="this.start()" scrollamount="3">
   <a href="{tb1}">{esc(TB1.title)}</a> &nbsp;&nbsp;&bull;&nbsp;&nbsp; Tiếp công dân định kỳ tháng 12/2026 vào ngày 15/12/2026 tại Trụ sở Tiếp công dân huyện
  </marquee></div>
</header>
"""


_PGD_MENU = [
    ("Trang chủ Phòng", PGD, []),
    ("Giới thiệu", PGD + "/gioi-thieu", [("Chức năng, nhiệm vụ", PGD + "/gioi-thieu"), ("Cơ cấu tổ chức", PGD + "/co-cau-to-chuc")]),
    ("Tin hoạt động", PGD + f"#p_p_id_101_INSTANCE_{I_TH}_", []),
    ("Thông báo", PGD + f"#p_p_id_101_INSTANCE_{I_TB}_", []),
    ("Văn bản", PGD + "/van-ban", []),
    ("Thư viện ảnh", PGD + "/thu-vien-anh/-/album/45012", []),
    ("Liên hệ", PGD + "/lien-he", []),
]


def pgd_banner() -> str:
    items = []
    for label, href, subs in _PGD_MENU:
        sub = ""
        if subs:
            sub = '<ul class="dd-pgd">' + "".join(f'<li><a href="{esc(h)}">{esc(lb)}</a></li>' for lb, h in subs) + "</ul>"
        items.append(f'<li class="mn-pgd"><a href="{esc(href)}">{esc(label)}</a>{sub}</li>')
    return f"""<div class="banner-phongban" style="background:url(/documents/10181/20180/banner-pgd.png/0c2f9a1e-2b7d-4f0e-9a55-6c1d3e8b7f20) no-repeat;height:90px">
 <div class="bpb-ten"><span>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span><br /><small>UBND HUYỆN THẠCH BÌNH</small></div>
</div>
<div class="menu-phongban"><ul class="mn-pgd-list">{''.join(items)}</ul></div>
"""


def breadcrumb(steps: list[tuple[str, str | None]]) -> str:
    lis = []
    for k, (label, href) in enumerate(steps):
        div = '<span class="divider">»</span>' if k < len(steps) - 1 else ""
        if href:
            lis.append(f'<li><a href="{esc(href)}">{esc(label)}</a>{div}</li>')
        else:
            lis.append(f'<li class="active"><span>{esc(label)}</span></li>')
    return (
        '<div class="portlet-boundary portlet-boundary_73_ portlet-static portlet-borderless portlet-breadcrumb" '
        'id="p_p_id_73_INSTANCE_bc01_"><nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
        + "".join(lis)
        + "</ul></nav></div>"
    )


def portlet(pid: str, title: str, inner: str, extra: str = "") -> str:
    return f"""<div class="portlet-boundary portlet-boundary_{pid.split('_INSTANCE_')[0]}_ portlet-static portlet-static-end {extra}" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1></header>
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">
{inner}
</div></div></div>
</section>
</div>"""


def sidebar(*, pgd: bool = True) -> str:
    blocks = []
    if pgd:
        vb = "".join(
            f'<li><a href="{PGD}/van-ban/-/vbpq/chi-tiet/{d["id"]}">{esc(d["so"])}</a>'
            f'<p class="vb-ty">{esc(d["trich_yeu"])}</p><span class="vb-ngay">{d["ngay"]}</span></li>'
            for d in DOCS
        )
        blocks.append(portlet("vbmoi_WAR_egovportlet_INSTANCE_x7Q", "Văn bản mới", f'<ul class="ds-vb">{vb}</ul><a class="xemtatca" href="{PGD}/van-ban">Xem tất cả »</a>'))
        blocks.append(
            portlet(
                "31_INSTANCE_Al2b",
                "Thư viện ảnh",
                f'<a href="{PGD}/thu-vien-anh/-/album/45012"><img src="{esc(ALBUM["photos"][0][0])}&amp;imageThumbnail=2" alt="" width="270" />'
                f'<span>{esc(ALBUM["title"])}</span></a>',
            )
        )
        blocks.append(
            portlet(
                "video_WAR_egovportlet_INSTANCE_v1",
                "Video",
                f'<a href="{PGD}/video/-/video/118" class="vd-thumb"><img src="/thachbinh-theme/images/video-thumb.jpg" alt="" />'
                f'<span class="vd-ten">{esc(VIDEO["title"])}</span></a>',
            )
        )
        news = "".join(
            f'<li><a href="{esc(p)}">{esc(v[2])}</a></li>' for p, v in DISTRICT_ARTICLES.items() if v[0] == NEWS
        )
        blocks.append(portlet("101_INSTANCE_Qc7wEr4tYu8I", "Tin từ Cổng huyện", f'<ul class="tin-huyen">{news}</ul>'))
    blocks.append(
        portlet(
            "lienket_WAR_egovportlet",
            "Liên kết website",
            '<select onchange="if(this.value)window.open(this.value)" style="width:100%"><option value="">-- Chọn website --</option>'
            '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
            '<option value="https://hatinh.edu.vn">Sở Giáo dục và Đào tạo Hà Tĩnh</option>'
            '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
            '<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành giáo dục</option></select>'
            '<p style="margin-top:8px"><a href="https://www.facebook.com/pgdthachbinh" target="_blank">'
            '<img src="/thachbinh-theme/images/banner-fb.png" alt="Fanpage Phòng GD&amp;ĐT" width="270" /></a></p>',
        )
    )
    blocks.append(
        portlet(
            "thongke_WAR_egovportlet",
            "Thống kê truy cập",
            '<table class="tk-truycap"><tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>'
            "<tr><td>Tháng này:</td><td>6.918</td></tr><tr><td>Tổng truy cập:</td><td>3.482.915</td></tr></table>",
        )
    )
    if pgd:
        blocks.append(
            portlet(
                "59_INSTANCE_Pq1m",
                "Thăm dò ý kiến",
                f'<form action="{PGD}?p_p_id=59_INSTANCE_Pq1m&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;_59_INSTANCE_Pq1m_javax.portlet.action=vote" method="post">'
                "<p><strong>Bạn đánh giá thế nào về việc triển khai học bạ số?</strong></p>"
                '<label><input name="_59_INSTANCE_Pq1m_choiceId" type="radio" value="1" /> Rất thuận tiện</label><br />'
                '<label><input name="_59_INSTANCE_Pq1m_choiceId" type="radio" value="2" /> Thuận tiện</label><br />'
                '<label><input name="_59_INSTANCE_Pq1m_choiceId" type="radio" value="3" /> Chưa thuận tiện</label><br />'
                '<button class="btn" type="submit">Bình chọn</button></form>',
            )
        )
    return '<div class="col-md-4 span4 portlet-column portlet-column-last" id="column-2">' + "\n".join(blocks) + "</div>"


def footer() -> str:
    return """<footer id="footer" role="contentinfo">
 <div class="ft-egov">
  <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH BÌNH</strong></p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân huyện Thạch Bình, tỉnh Hà Tĩnh</p>
  <p>Chịu trách nhiệm chính: Ông Lê Văn Hùng - Chủ tịch UBND huyện</p>
  <p>Địa chỉ: Số 02 đường Trần Phú, thị trấn Thạch Bình, huyện Thạch Bình, tỉnh Hà Tĩnh</p>
  <p>Điện thoại: 0239.3861.234 - Fax: 0239.3861.235 - Email: ubndthachbinh@hatinh.gov.vn</p>
  <p>Phòng GD&amp;ĐT: 0239.3861.456 - Email: pgdthachbinh@hatinh.edu.vn</p>
  <p class="banquyen">© Bản quyền thuộc UBND huyện Thạch Bình. Ghi rõ nguồn "Cổng TTĐT huyện Thạch Bình" khi phát hành lại thông tin từ website này.</p>
  <p class="tkbo">Thiết kế bởi <a href="https://vnpt.com.vn" target="_blank">VNPT Hà Tĩnh</a></p>
 </div>
</footer>
</div>
<script type="text/javascript">Liferay.Portlet.runtimePortletIds=["73_INSTANCE_bc01","82"];AUI().use("aui-base","liferay-menu",function(A){Liferay.Menu.init();});</script>
</body>
</html>"""


def frame(request: Request, *, title: str, canon: str | None, desc: str | None, crumbs, main: str,
          pgd: bool = True, current: str = PGD, body_cls: str = "") -> str:
    return (
        head(request, title=title, canon=canon, desc=desc)
        + f'<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site {body_cls}">\n'
        + '<a href="#main-content" id="skip-to-content">Đi đến nội dung chính</a>\n'
        + banner(request, current=current)
        + (pgd_banner() if pgd else "")
        + '<div id="content"><div class="egov-2cot" id="main-content" role="main"><div class="portlet-layout row-fluid">'
        + breadcrumb(crumbs)
        + '<div class="col-md-8 span8 portlet-column portlet-column-first" id="column-1">'
        + main
        + "</div>"
        + sidebar(pgd=pgd)
        + "</div></div></div>\n"
        + footer()
    )


# --- non-article pages of the section --------------------------------------------------------

DOCS = [
    {
        "id": 2761,
        "so": "386/TB-PGDĐT",
        "loai": "Thông báo",
        "ngay": "30/11/2026",
        "hieuluc": "30/11/2026",
        "trich_yeu": TB1.title,
        "ky": "Trần Quốc Bảo",
        "file": doc("386-TB-PGDDT.pdf", 2390200),
    },
    {
        "id": 2758,
        "so": "412/PGDĐT-VP",
        "loai": "Công văn",
        "ngay": "24/11/2026",
        "hieuluc": "24/11/2026",
        "trich_yeu": "V/v nghỉ Tết Dương lịch năm 2027",
        "ky": "Hoàng Văn Tuấn",
        "file": doc("CV-412-PGDDT.pdf", 2390200),
    },
]
ALBUM = {
    "title": "Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026",
    "date": "12/11/2026",
    "photos": [
        (doc("HKPD-XII-album-01.jpg", 45012), "Lễ khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII"),
        (doc("HKPD-XII-album-02.jpg", 45012), "Thi đấu môn cờ vua khối tiểu học"),
        (doc("HKPD-XII-album-03.jpg", 45012), "Nội dung chạy 100m nam khối THCS"),
        (doc("HKPD-XII-album-04.jpg", 45012), "Trao cúp toàn đoàn cho các đơn vị đạt giải"),
    ],
}
VIDEO = {
    "title": "Phóng sự: Thạch Bình nâng cao chất lượng giáo dục vùng khó",
    "date": "18/11/2026",
    "src": "https://www.youtube.com/embed/x8Kq2mZr1Ts",
    "desc": (
        "Phóng sự của Đài Phát thanh - Truyền hình Hà Tĩnh phản ánh những nỗ lực của ngành giáo dục huyện "
        "Thạch Bình trong việc nâng cao chất lượng dạy và học tại các xã vùng khó khăn."
    ),
}

NON_ARTICLES = [
    PGD + "/gioi-thieu",
    PGD + "/co-cau-to-chuc",
    PGD + "/lien-he",
    PGD + "/van-ban/-/vbpq/chi-tiet/2761",
    PGD + "/van-ban/-/vbpq/chi-tiet/2758",
    PGD + "/thu-vien-anh/-/album/45012",
    PGD + "/video/-/video/118",
]

_CRUMB_PGD: list[tuple[str, str | None]] = [("Trang chủ", SITE), ("Các phòng ban", "javascript:;"), ("Phòng GD&ĐT", PGD)]


def wcd(pid: str, title: str, inner: str) -> str:
    return portlet(pid, title, f'<div class="journal-content-article">{inner}</div>', "portlet-journal-content")


def pgd_simple(request: Request, label: str, title: str, inner: str, *, desc: str | None = None) -> Response:
    page = frame(
        request,
        title=f"{label} - Phòng Giáo dục và Đào tạo - Cổng thông tin điện tử huyện Thạch Bình",
        canon=request.path,
        desc=desc,
        crumbs=[*_CRUMB_PGD, (label, None)],
        main=wcd("56_INSTANCE_" + hashlib.md5(label.encode()).hexdigest()[:4], title, inner),
    )
    return html(page)


def gioi_thieu(request: Request) -> Response:
    inner = """<p style="text-align: justify;">Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Thạch Bình, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p style="text-align: justify;"><strong>1. Vị trí, chức năng</strong></p>
<p style="text-align: justify;">Phòng Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác của Ủy ban nhân dân huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo.</p>
<p style="text-align: justify;"><strong>2. Nhiệm vụ, quyền hạn</strong></p>
<ul><li>Trình Ủy ban nhân dân huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục trên địa bàn;</li>
<li>Tổ chức thực hiện các văn bản pháp luật, quy hoạch, kế hoạch về giáo dục sau khi được phê duyệt;</li>
<li>Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện nhiệm vụ năm học.</li></ul>
<p style="text-align:right"><em>(Cập nhật: 15/08/2026)</em></p>"""
    return pgd_simple(request, "Chức năng, nhiệm vụ", "Giới thiệu chung", inner)


def co_cau(request: Request) -> Response:
    rows = [
        ("Trần Quốc Bảo", "Trưởng phòng", "0912.345.678", "tqbao.pgd@hatinh.edu.vn"),
        ("Hoàng Văn Tuấn", "Phó Trưởng phòng", "0983.112.456", "hvtuan.pgd@hatinh.edu.vn"),
        ("Phan Thị Ngọc Anh", "Phó Trưởng phòng", "0915.667.890", "ptnanh.pgd@hatinh.edu.vn"),
        ("Đặng Thị Mai", "Chuyên viên - Văn phòng", "0936.224.118", "dtmai.pgd@hatinh.edu.vn"),
    ]
    trs = "".join(f"<tr><td>{k}</td><td>{n}</td><td>{c}</td><td>{p}</td><td>{e}</td></tr>" for k, (n, c, p, e) in enumerate(rows, 1))
    inner = (
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
        "<tr><td><strong>TT</strong></td><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td>"
        f"<td><strong>Điện thoại</strong></td><td><strong>Email</strong></td></tr>{trs}</tbody></table>"
    )
    return pgd_simple(request, "Cơ cấu tổ chức", "Cơ cấu tổ chức", inner)


def lien_he(request: Request) -> Response:
    inner = """<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THẠCH BÌNH</strong></p>
<p>Địa chỉ: Tầng 3, Khu liên cơ quan huyện, số 02 đường Trần Phú, thị trấn Thạch Bình</p>
<p>Điện thoại: 0239.3861.456 - Email: pgdthachbinh@hatinh.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3780.1!2d105.88!3d18.35" width="100%" height="300" style="border:0"></iframe>"""
    return pgd_simple(request, "Liên hệ", "Liên hệ", inner)


def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="{PGD}/van-ban/-/vbpq/chi-tiet/{d["id"]}">'
        f'{esc(d["trich_yeu"])}</a></td><td><a href="{esc(d["file"])}"><img src="/thachbinh-theme/images/icon/pdf.png" alt="tải về" /></a></td></tr>'
        for d in DOCS
    )
    inner = (
        '<table class="tbl-vbpq" border="1" cellpadding="4" cellspacing="0" style="width:100%"><thead><tr>'
        "<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    page = frame(
        request,
        title="Văn bản - Phòng Giáo dục và Đào tạo - Cổng thông tin điện tử huyện Thạch Bình",
        canon=request.path,
        desc=None,
        crumbs=[*_CRUMB_PGD, ("Văn bản", None)],
        main=portlet("vbpq_WAR_egovportlet", "Văn bản chỉ đạo điều hành", inner),
    )
    return html(page)


def van_ban_entry(request: Request, d: dict) -> Response:
    inner = f"""<h2 class="vb-tieude">{esc(d["trich_yeu"])}</h2>
<table class="tbl-ct-vb" border="1" cellpadding="5" cellspacing="0" style="width:100%"><tbody>
<tr><td style="width:30%"><strong>Số ký hiệu</strong></td><td>{esc(d["so"])}</td></tr>
<tr><td><strong>Loại văn bản</strong></td><td>{d["loai"]}</td></tr>
<tr><td><strong>Cơ quan ban hành</strong></td><td>Phòng Giáo dục và Đào tạo</td></tr>
<tr><td><strong>Ngày ban hành</strong></td><td>{d["ngay"]}</td></tr>
<tr><td><strong>Ngày hiệu lực</strong></td><td>{d["hieuluc"]}</td></tr>
<tr><td><strong>Trích yếu</strong></td><td>{esc(d["trich_yeu"])}</td></tr>
<tr><td><strong>Người ký</strong></td><td>{d["ky"]}</td></tr>
<tr><td><strong>File đính kèm</strong></td><td><a href="{esc(d["file"])}">{esc(d["file"].split("/")[4])}</a></td></tr>
</tbody></table>
<p><a href="{PGD}/van-ban">« Quay lại danh sách văn bản</a></p>"""
    page = frame(
        request,
        title="Văn bản - Phòng Giáo dục và Đào tạo - Cổng thông tin điện tử huyện Thạch Bình",
        canon=request.path,
        desc=d["trich_yeu"],
        crumbs=[*_CRUMB_PGD, ("Văn bản", PGD + "/van-ban"), (d["so"], None)],
        main=portlet("vbpq_WAR_egovportlet", "Chi tiết văn bản", inner),
    )
    return html(page)


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div class="anh-item"><a href="{esc(src)}" data-lightbox="album45012"><img src="{esc(src)}&amp;imageThumbnail=3" alt="" /></a>'
        f'<p class="anh-mota">{esc(cap)}</p></div>'
        for src, cap in ALBUM["photos"]
    )
    inner = (
        f'<h3 class="header-title"><span>{esc(ALBUM["title"])}</span></h3>'
        f'<p class="ngay-tao">Ngày tạo: {ALBUM["date"]} &nbsp;|&nbsp; {len(ALBUM["photos"])} ảnh</p>'
        f'<div class="album-grid">{photos}</div>'
    )
    page = frame(
        request,
        title="Thư viện ảnh - Phòng Giáo dục và Đào tạo - Cổng thông tin điện tử huyện Thạch Bình",
        canon=request.path,
        desc=ALBUM["title"],
        crumbs=[*_CRUMB_PGD, ("Thư viện ảnh", None)],
        main=portlet("31_INSTANCE_Al2b", "Thư viện ảnh", inner),
    )
    return html(page)


def video_page(request: Request) -> Response:
    inner = (
        f'<h3 class="header-title"><span>{esc(VIDEO["title"])}</span></h3>'
        f'<p class="ngay-tao">Ngày đăng: {VIDEO["date"]}</p>'
        f'<iframe width="640" height="360" src="{VIDEO["src"]}" frameborder="0" allowfullscreen></iframe>'
        f'<p style="text-align: justify;">{esc(VIDEO["desc"])}</p>'
    )
    page = frame(
        request,
        title="Video - Phòng Giáo dục và Đào tạo - Cổng thông tin điện tử huyện Thạch Bình",
        canon=request.path,
        desc=VIDEO["title"],
        crumbs=[*_CRUMB_PGD, ("Video", None)],
        main=portlet("video_WAR_egovportlet_INSTANCE_v1", "Video", inner),
    )
    return html(page)


# --- lists ----------------------------------------------------------------------------------


def abstract(story: Story, size: int = 190) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= size:
        return first
    return first[:size].rsplit(" ", 1)[0] + "..."


def short_title(title: str, size: int = 72) -> str:
    return title if len(title) <= size else title[:size].rsplit(" ", 1)[0] + "..."


def paginator(cat: str, n: int) -> str:
    total = len(in_cat(cat))
    pages = n_pages(cat)
    if pages <= 1:
        return ""
    delta = CATS[cat][2]
    inst = CATS[cat][1]
    lo, hi = (n - 1) * delta + 1, min(n * delta, total)

    def btn(label: str, target: int | None, cls: str = "") -> str:
        if target is None:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(page_url(cat, target))}">{label}</a></li>'

    menu = "".join(
        f'<li><a href="{esc(page_url(cat, k))}" class="{"disabled" if k == n else ""}">{k}</a></li>'
        for k in range(1, pages + 1)
    )
    return f"""<div class="taglib-page-iterator" id="_101_INSTANCE_{inst}_ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
 <div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">
  <div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down btn" href="javascript:;" title="Trang {n} của {pages}"><span class="lfr-icon-menu-text">Trang {n} của {pages}</span> <i class="caret"></i></a>
   <ul class="dropdown-menu lfr-menu-list direction-down">{menu}</ul></div>
 </div></div>
 <small class="search-results">Hiển thị {lo} - {hi} của {total} kết quả.</small>
 <ul class="pager lfr-pagination-buttons">
  {btn("&larr; Đầu tiên", 1 if n > 1 else None, "first")}
  {btn("Trước", n - 1 if n > 1 else None)}
  {btn("Tiếp theo", n + 1 if n < pages else None)}
  {btn("Cuối cùng &rarr;", pages if n < pages else None, "last")}
 </ul>
</div></div>"""


def th_list(n: int) -> str:
    delta = CATS["th"][2]
    items = in_cat("th")[(n - 1) * delta : n * delta]
    out = []
    for k, s in enumerate(items):
        url = esc(th_link(s, n))
        out.append(
            f'<div class="tinlist-item clearfix" id="tl_{k}">'
            f'<a class="tl-anh" href="{url}"><img alt="" src="{esc(s.opts["thumb"])}&amp;imageThumbnail=1" width="180" /></a>'
            f'<h4 class="tl-tieude"><a href="{url}">{esc(short_title(s.title))}</a></h4>'
            f'<span class="tl-ngay">({s.opts["date_line"][:10]})</span>'
            f'<div class="tl-mota">{esc(abstract(s))}</div></div>'
        )
    return portlet(f"101_INSTANCE_{I_TH}", "Tin hoạt động", "\n".join(out) + paginator("th", n), "portlet-asset-publisher")


def tb_list(n: int) -> str:
    delta = CATS["tb"][2]
    items = in_cat("tb")[(n - 1) * delta : n * delta]
    lis = "".join(
        f'<li class="tb-item"><img src="/thachbinh-theme/images/icon/new.gif" alt="" /> '
        f'<a href="{canonical(s)}">{esc(short_title(s.title))}</a> <span class="tb-ngay">{s.opts["date_line"][:10]}</span></li>'
        for s in items
    )
    return portlet(f"101_INSTANCE_{I_TB}", "Thông báo", f'<ul class="ds-thongbao">{lis}</ul>' + paginator("tb", n), "portlet-asset-publisher")


def cm_list() -> str:
    items = "".join(
        f'<div class="cm-item"><h4><a href="{canonical(s)}">{esc(s.title)}</a></h4><p>{esc(abstract(s, 150))}</p></div>'
        for s in in_cat("cm")
    )
    return portlet(f"101_INSTANCE_{I_CM}", "Chuyên môn - Nghiệp vụ", items, "portlet-asset-publisher")


def slider(full: bool) -> str:
    feats = [s for s in STORIES if s.opts.get("featured")]
    if full:
        items = "".join(
            f'<div class="item{" active" if k == 0 else ""}"><a href="{content_path(PGD, I_SLIDE, s.slug)}">'
            f'<img alt="" src="{esc(s.opts["thumb"])}&amp;imageThumbnail=2" /></a>'
            f'<div class="carousel-caption"><h4><a href="{content_path(PGD, I_SLIDE, s.slug)}">{esc(s.title)}</a></h4>'
            f"<p>{esc(abstract(s, 230))}</p></div></div>"
            for k, s in enumerate(feats)
        )
        inner = f'<div class="carousel slide" id="tnb-carousel"><div class="carousel-inner">{items}</div></div>'
    else:
        inner = '<ul class="tnb-strip">' + "".join(
            f'<li><a href="{content_path(PGD, I_SLIDE, s.slug)}"><img alt="" src="{esc(s.opts["thumb"])}&amp;imageThumbnail=1" width="90" />'
            f"<span>{esc(s.title)}</span></a><p>{esc(abstract(s, 120))}</p></li>"
            for s in feats
        ) + "</ul>"
    return portlet(f"101_INSTANCE_{I_SLIDE}", "Tin nổi bật", inner, "portlet-asset-publisher portlet-borderless")


def section_page(request: Request, th_n: int = 1, tb_n: int = 1) -> Response:
    intro = wcd(
        "56_INSTANCE_gt01",
        "Giới thiệu chung",
        '<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Thạch Bình là cơ quan chuyên môn thuộc UBND '
        "huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo đối với 71 trường mầm non, tiểu học, "
        "trung học cơ sở với hơn 24.000 học sinh trên địa bàn.</p>"
        f'<p style="text-align:right"><a href="{PGD}/gioi-thieu">Xem chi tiết »</a></p>',
    )
    main = slider(True) + intro + th_list(th_n) + tb_list(tb_n) + cm_list()
    page = frame(
        request,
        title="Phòng Giáo dục và Đào tạo - Cổng thông tin điện tử huyện Thạch Bình",
        canon=PGD,
        desc="Trang thông tin của Phòng Giáo dục và Đào tạo huyện Thạch Bình",
        crumbs=[*_CRUMB_PGD[:2], ("Phòng GD&ĐT", None)],
        main=main,
    )
    return html(page)


# --- article pages --------------------------------------------------------------------------


def template(story: Story) -> str:
    body = render_body(story)
    if story.cat == "th":
        sapo = ""
        if story.sapo_outside:
            sapo = f'<div class="tomtat-tinhd" style="font-weight:bold;margin:8px 0;text-align:justify">{esc(story.summary)}</div>'
        return (
            '<div class="ct-tinhd"><div class="ngay-dang-tin" style="color:#888;font-size:12px">'
            f'<img alt="" src="/thachbinh-theme/images/icon/clock.png" /> {story.opts["date_line"]}</div>'
            f'{sapo}<div class="nd-tinhd">{body}</div></div>'
        )
    if story.cat == "tb":
        return (
            f'<div class="tb-ct"><p class="tb-ngay"><i>Ngày đăng: {story.opts["date_line"]}</i></p>'
            f'<div class="tb-noidung">{body}</div></div>'
        )
    return f'<div class="ndcm"><div class="cm-noidung">{body}</div></div>'


def content_portlet(request: Request, story: Story, layout: str, inst: str, portlet_title: str) -> str:
    redir = request.params.get("redirect", "")
    back = redir if redir.startswith("/web/") else layout
    ns = f"_101_INSTANCE_{inst}_"
    share = quote(base_url(request) + content_path(layout, inst, story.slug), safe="")
    metadata = []
    if story.opts.get("modified"):
        metadata.append(f'<span class="metadata-entry metadata-modified-date">{story.opts["modified"]}</span>')
    metadata.append(f'<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span>')
    metadata.append('<span class="metadata-entry metadata-author">Người đăng: Quản trị Phòng GD&amp;ĐT</span>')
    inner = f"""<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{esc(back)}" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{esc(story.title)}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="lfr-meta-actions asset-actions cong-cu">
 <span class="cc-chu">Cỡ chữ: <a href="javascript:;" onclick="zoomText(-1)">A-</a> <a href="javascript:;" onclick="zoomText(0)">A</a> <a href="javascript:;" onclick="zoomText(1)">A+</a></span>
 <span class="taglib-icon-print"><a href="javascript:;" onclick="{ns}printPage_0();" title="In bài"><img alt="" src="/thachbinh-theme/images/common/print.png" /> In bài</a></span>
 <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank"><img alt="Facebook" src="/thachbinh-theme/images/icon/facebook.png" /></a>
 <a class="share-zalo" href="https://sp.zalo.me/share_inline?d={share}" target="_blank"><img alt="Zalo" src="/thachbinh-theme/images/icon/zalo.png" /></a>
</div>
<div class="asset-metadata">{" ".join(metadata)}</div>
<div class="asset-content" id="{ns}{story.id}">
<div class="journal-content-article">
{template(story)}
</div>
</div>
<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote"><div class="rating-label">Đánh giá của bạn</div>
<a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a><a class="rating-element icon-star-empty" href="javascript:;"></a></div>
<div class="liferay-rating-score"><div class="rating-label">Trung bình (0 Phiếu bầu)</div></div></div></div>
<div class="asset-discussion"><div class="taglib-discussion"><div class="lfr-message-response"></div>
<div class="alert alert-info">Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.</div>
<form method="post" name="{ns}fm" action="{layout}?p_p_id=101_INSTANCE_{inst}&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;{ns}javax.portlet.action=invokeTaglibDiscussion">
<textarea name="{ns}body0" placeholder="Nhập bình luận..."></textarea><button class="btn" type="button" onclick="Liferay.Util.openWindow({{}})">Gửi bình luận</button></form>
</div></div>
</div>
<script type="text/javascript">function {ns}printPage_0() {{ window.open('{print_url(layout, inst, story)}', '', "directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640"); }}</script>"""
    return portlet(f"101_INSTANCE_{inst}", portlet_title, inner, "portlet-asset-publisher")


def same_category(story: Story) -> str:
    others = [s for s in in_cat(story.cat) if s is not story][:2]
    lis = "".join(
        f'<li><a href="{canonical(s)}">{esc(s.title)}</a>'
        + (f' <span class="ngay">({s.opts["date_line"][:10]})</span>' if s.cat != "cm" else "")
        + "</li>"
        for s in others
    )
    return portlet("tinkhac_WAR_egovportlet", "Tin cùng chuyên mục", f'<ul class="ds-tinkhac">{lis}</ul>', "portlet-borderless")


def article_page(request: Request, story: Story, layout: str, inst: str) -> Response:
    cat_name = CATS[story.cat][0]
    if layout == HOME:
        title = "Trang chủ - Cổng thông tin điện tử huyện Thạch Bình"
        crumbs = [("Trang chủ", SITE), ("Tin giáo dục", None)]
        main = content_portlet(request, story, layout, inst, "Tin giáo dục")
        page = frame(request, title=title, canon=request.path, desc=abstract(story, 250), crumbs=crumbs, main=main, pgd=False, current=SITE)
        return html(page)
    ptitle = "Tin nổi bật" if inst == I_SLIDE else cat_name
    main = ("" if inst == I_SLIDE else slider(False)) + content_portlet(request, story, layout, inst, ptitle) + same_category(story)
    crumbs = [*_CRUMB_PGD, (cat_name, None)]
    page = frame(
        request,
        title="Phòng Giáo dục và Đào tạo - Cổng thông tin điện tử huyện Thạch Bình",
        canon=request.path,
        desc=abstract(story, 250),
        crumbs=crumbs,
        main=main,
    )
    return html(page)


def print_page(request: Request, story: Story, layout: str) -> Response:
    page = (
        head(request, title="Phòng Giáo dục và Đào tạo - Cổng thông tin điện tử huyện Thạch Bình", canon=layout, desc=abstract(story, 250))
        + '<body class="portal-popup"><div class="columns-max" id="main-content" role="main"><div class="portlet-body">'
        + f'<div class="taglib-header "><h3 class="header-title"><span>{esc(story.title)}</span></h3></div>'
        + f'<div class="asset-content"><div class="journal-content-article">{template(story)}</div></div>'
        + '<p class="print-footer">Cổng thông tin điện tử huyện Thạch Bình - pgdthachbinh@hatinh.edu.vn</p>'
        + '</div></div><script type="text/javascript">print();</script></body></html>'
    )
    return html(page)


# --- the rest of the district ----------------------------------------------------------------


def home_page(request: Request) -> Response:
    news = "".join(
        f'<div class="tin-item"><h4><a href="{esc(p)}">{esc(v[2])}</a></h4><span>({v[3][:10]})</span><p>{esc(v[4][0][:160])}...</p></div>'
        for p, v in DISTRICT_ARTICLES.items()
        if v[0] == NEWS
    )
    edu = "".join(
        f'<li><a href="{content_path(HOME, I_HOME, s.slug)}">{esc(s.title)}</a></li>' for s in STORIES if s.opts.get("home")
    )
    depts = "".join(
        f'<li><a href="{esc(sec)}">{esc(name)}</a></li>' for sec, (name, _, _) in DISTRICT.items() if sec != NEWS
    ) + f'<li><a href="{PGD}">Phòng Giáo dục và Đào tạo</a></li>'
    main = (
        portlet("101_INSTANCE_Mb3nVc8xZq1L", "Tin tức - Sự kiện", news, "portlet-asset-publisher")
        + portlet(f"101_INSTANCE_{I_HOME}", "Tin giáo dục", f"<ul>{edu}</ul>", "portlet-asset-publisher")
        + portlet("71_INSTANCE_pb01", "Các phòng ban", f"<ul>{depts}</ul>")
    )
    page = frame(request, title="Trang chủ - Cổng thông tin điện tử huyện Thạch Bình", canon=request.path, desc=None,
                 crumbs=[("Trang chủ", None)], main=main, pgd=False, current=SITE)
    return html(page)


def district_list(request: Request, section: str) -> Response:
    name, inst, items = DISTRICT[section]
    lis = "".join(
        f'<div class="tin-item"><h4><a href="{content_path(section, inst, slug)}">{esc(title)}</a></h4>'
        f"<span>({date[:10]})</span><p>{esc(paras[0])}</p></div>"
        for slug, title, date, paras in items
    )
    page = frame(request, title=f"{name} - Cổng thông tin điện tử huyện Thạch Bình", canon=request.path, desc=None,
                 crumbs=[("Trang chủ", SITE), (name, None)], main=portlet(f"101_INSTANCE_{inst}", name, lis, "portlet-asset-publisher"),
                 pgd=False, current=section)
    return html(page)


def district_article(request: Request, path: str) -> Response:
    section, name, title, date, paras = DISTRICT_ARTICLES[path]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    inner = (
        f'<div class="taglib-header "><h3 class="header-title"><span>{esc(title)}</span></h3></div>'
        f'<div class="asset-full-content"><div class="asset-content"><div class="journal-content-article">'
        f'<div class="ngay-dang-tin">{date}</div>{body}<p style="text-align:right"><strong>Văn phòng HĐND và UBND huyện</strong></p>'
        "</div></div></div>"
    )
    page = frame(request, title=f"{name} - Cổng thông tin điện tử huyện Thạch Bình", canon=request.path, desc=paras[0],
                 crumbs=[("Trang chủ", SITE), (name, section)], main=portlet("101_INSTANCE_" + path.split("/")[-3], name, inner),
                 pgd=False, current=section)
    return html(page)


def district_intro(request: Request) -> Response:
    inner = (
        '<p style="text-align: justify;">Huyện Thạch Bình nằm ở phía Đông Nam tỉnh Hà Tĩnh, có diện tích tự nhiên 356 km², '
        "dân số hơn 128.000 người, gồm 17 xã và 01 thị trấn.</p>"
    )
    page = frame(request, title="Giới thiệu - Cổng thông tin điện tử huyện Thạch Bình", canon=request.path, desc=None,
                 crumbs=[("Trang chủ", SITE), ("Giới thiệu", None)], main=wcd("56_INSTANCE_gth1", "Tổng quan về huyện", inner),
                 pgd=False, current=SITE + "/gioi-thieu")
    return html(page)


def simple_page(request: Request, title: str, inner: str) -> Response:
    page = frame(request, title=f"{title} - Cổng thông tin điện tử huyện Thạch Bình", canon=None, desc=None,
                 crumbs=[("Trang chủ", SITE), (title, None)], main=portlet("58", title, inner), pgd=False, current=SITE)
    return html(page)


# --- routing ---------------------------------------------------------------------------------

_CONTENT = re.compile(r"^(/web/thachbinh/[a-z-]+)/-/asset_publisher/([A-Za-z0-9]+)/content/([a-z0-9-]+)$")
_DOC = re.compile(r"^/documents/10181/\d+/([^/]+)/[0-9a-f-]{36}$")


def _files(request: Request) -> Response | None:
    path = request.path
    m = _DOC.match(path)
    if m:
        name = m.group(1).lower()
        if name.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(name)
    if path in ("/image/journal/article", "/image/layout_set_logo") and request.params.get("img_id"):
        return static_file("x.png" if "logo" in path else "x.jpg")
    if path.startswith(("/thachbinh-theme/", "/html/js/")):
        return static_file(path)
    return None


class DistrictPortal:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path.rstrip("/") or "/"
        if path.startswith(("/documents/", "/image/", "/thachbinh-theme/", "/html/")):
            return _files(request)
        params = request.params
        if path == PGD:
            return self._layout(request, params)
        m = _CONTENT.match(path)
        if m:
            layout, inst, slug = m.groups()
            story = BY_SLUG.get(slug)
            if story and (layout, inst) in views(story):
                return article_page(request, story, layout, inst)
            if path in DISTRICT_ARTICLES:
                return district_article(request, path)
            return None
        if path in (SITE, HOME):
            if params.get("p_p_state") == "pop_up":
                return self._print(request, params, HOME)
            return home_page(request)
        if path in DISTRICT:
            return district_list(request, path)
        if path == SITE + "/gioi-thieu":
            return district_intro(request)
        if path == SITE + "/tim-kiem":
            return simple_page(request, "Tìm kiếm", "<p>Không tìm thấy kết quả nào phù hợp với từ khóa.</p>")
        if path == "/c/portal/login":
            return simple_page(
                request,
                "Đăng nhập",
                '<form method="post" action="/c/portal/login"><input name="login" /><input name="password" type="password" />'
                '<button type="submit">Đăng nhập</button></form>',
            )
        pages = {
            PGD + "/gioi-thieu": gioi_thieu,
            PGD + "/co-cau-to-chuc": co_cau,
            PGD + "/lien-he": lien_he,
            PGD + "/van-ban": van_ban_list,
            PGD + "/thu-vien-anh/-/album/45012": album_page,
            PGD + "/video/-/video/118": video_page,
        }
        if path in pages:
            return pages[path](request)
        for d in DOCS:
            if path == f"{PGD}/van-ban/-/vbpq/chi-tiet/{d['id']}":
                return van_ban_entry(request, d)
        return None

    def _print(self, request: Request, params: dict[str, str], layout: str) -> Response | None:
        pid = params.get("p_p_id", "")
        inst = pid.removeprefix("101_INSTANCE_")
        story = BY_SLUG.get(params.get(f"_101_INSTANCE_{inst}_urlTitle", ""))
        if story is None or (layout, inst) not in views(story):
            return None
        return print_page(request, story, layout)

    def _layout(self, request: Request, params: dict[str, str]) -> Response | None:
        pid = params.get("p_p_id", "")
        if pid == "82":
            return redirect(PGD)
        if params.get("p_p_state") == "pop_up":
            return self._print(request, params, PGD)
        th_n = tb_n = 1
        for cat in ("th", "tb"):
            inst = CATS[cat][1]
            if pid == f"101_INSTANCE_{inst}":
                raw = params.get(f"_101_INSTANCE_{inst}_cur", "1")
                n = int(raw) if raw.isdigit() else 1
                n = min(max(n, 1), n_pages(cat))
                if cat == "th":
                    th_n = n
                else:
                    tb_n = n
        return section_page(request, th_n, tb_n)


def build_site() -> DistrictPortal:
    return DistrictPortal()


GOLD = [
    gold_record(s, canonical(s), CATS[s.cat][0], canonical_path=canonical(s), alt_paths=alt_paths(s))
    for s in STORIES
]
