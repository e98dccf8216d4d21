"""Trường THPT Nguyễn Huệ (Tuy Hòa, Phú Yên): a Liferay DXP 7.4 site whose news is the Blogs widget.

Platform
--------
Liferay DXP 7.4 (U-series) with a Clay-based school theme ("nguyenhue-theme"). The news of the
school is the site's blog: one Blogs widget (``com_liferay_blogs_web_portlet_BlogsPortlet``) on
the page "Tin tức", entries filed under asset categories, notices shown again by an Asset
Publisher in "full content" style on the page "Thông báo", and a display page template for the
short blog URL ``/b/<url-title>``.

URL scheme
----------
- ``/`` and ``/web/thpt-nguyenhue`` 302 to the start page ``/web/thpt-nguyenhue/trang-chu``.
- News list ``/web/thpt-nguyenhue/tin-tuc``; its pages are the portlet's namespaced parameters as
  Liferay prints them: ``?p_p_id=com_liferay_blogs_web_portlet_BlogsPortlet&p_p_lifecycle=0&
  _com_liferay_blogs_web_portlet_BlogsPortlet_delta=4&p_r_p_resetCur=false&
  _com_liferay_blogs_web_portlet_BlogsPortlet_cur=<n>``; a category is the public render parameter
  ``p_r_p_categoryId=<id>`` on the same page (40121 Hoạt động nhà trường, 40122 Đoàn Thanh niên).
- Notices ``/web/thpt-nguyenhue/thong-bao`` (Asset Publisher, full content, 2 per page, its own
  ``_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tb9KxQ2mWn7R_cur``).
- Entries ``/web/thpt-nguyenhue/-/blogs/<url-title>`` (the gold path, printed as canonical);
  ``/b/<url-title>`` is the same entry through the display page template (other markup, canonical
  to the widget URL); ``?_com_liferay_blogs_web_portlet_BlogsPortlet_redirect=%2F…`` variants come
  from the "Tin đọc nhiều" sidebar; one old url-title 301s to the new one.
- Documents ``/documents/38201/<folderId>/<file>/<uuid>?t=…`` (D&M files and photos), blog
  attachments and cover images ``/documents/portlet_file_entry/38201/<file>/<uuid>?imagePreview=1``,
  Adaptive Media renditions ``/o/adaptive-media/image/<fileEntryId>/<config>/<file>?t=…``,
  portraits ``/image/user_portrait?img_id=…``.

Page templates
--------------
- Home: a "Tin mới nhất" Blogs widget in card mode (4 latest entries, links to ``/b/<url-title>``,
  "Đọc thêm", a "Xem thêm" button to the news page), a "Thông báo" Asset Publisher title list
  (one link still on an old url-title), sidebar.
- News list: ``widget-mode-card`` cards (cover as a CSS background, title, author card, date,
  reading time, abstract, "Đọc thêm"), Clay pagination bar "Hiển thị từ 1 đến 4 của 13 mục."
- Entry (``widget-mode-detail``): ``<h3 class="title">`` headline, ``<h4 class="sub-title">``,
  author card (portrait or initials sticker, name, "04 thg 12, 2026 - 3 phút đọc"), cover image
  as a CSS background with ``cover-image-caption``, the content ``div.widget-content``, then
  asset categories and tags, thumbs ratings, social bookmarks, related assets, the entry
  navigation "Bài viết trước / Bài viết tiếp" (cards of the neighbours with their dates and
  abstracts), the Discussion with comments.
- Display page ``/b/…``: fragments (``component-heading`` h1, ``component-text`` date "dd/MM/yyyy",
  ``component-image``, ``component-html`` with the same content).

How each gold article is reached
--------------------------------
News list page n (4 a page, newest first): p1 = 1-4, p2 = 5-8, p3 = 9-12, p4 = 13. Category
"Hoạt động nhà trường" (1, 4, 6, 9 | page 2: 12), "Đoàn Thanh niên" (3, 5, 8, 11), "Thông báo"
page (2, 7 | page 2: 10, 13). Home: 1-4 via ``/b/``, notices 2, 7, 10 (old url-title). Sidebar
"Tin đọc nhiều" on every page: 6, 3, 4, 9, 11 (redirect variant). Each entry also links its
neighbours ("Bài viết trước/tiếp"). From listings, 12 and 13 appear only on page 2+ (the
neighbour chain reaches them too, as on the real platform).

Traps
-----
1. Liferay's Vietnamese medium date "04 thg 12, 2026" (no time) glued to the reading time
   "- 3 phút đọc"; a theme line "Sửa đổi lần cuối: 05 thg 12, 2026" on edited entries, comment
   dates with times ("cách đây 3 giờ", title "05/12/2026 07:42"), neighbour cards with their own
   dates, the header's "Thứ Bảy, 05/12/2026". Gold: the entry's display date, day alone.
2. The headline is an ``<h3 class="title">`` inside the portlet; the page's only ``<h1>`` is the
   school's name in the theme header, and the portlet bar prints "Tin tức - Sự kiện" as an h2.
   Gold title: the h3 (also in og:title and <title> before " - Trang chủ - …").
3. The cover image is not an ``<img>``: a ``div.cover-image`` with ``style="background-image:
   url(…)"`` and its line in ``div.cover-image-caption``. Gold: it is the article's first image,
   path as printed (``…?imagePreview=1``), caption the printed line; "Ảnh: X" credits X as the
   photographer with caption None. The cards' Adaptive Media thumbnails of the same file and
   portraits are never images of the article.
4. Adaptive Media ``<picture data-fileentryid>`` with ``<source srcset="/o/adaptive-media/…">``
   renditions around an ``<img src="/documents/…?t=…">``. Gold: one image, the ``<img>``'s src
   (query kept), not the renditions.
5. The author card names the Liferay account that posted the entry: a person's account
   (portrait) is the author; the shared account "Quản trị Website" (initials sticker "QW") is
   nobody, and then a byline in the text (right-aligned, last) gives the authors: "Tin, ảnh: Lê
   Hoàng Phúc (Bí thư Đoàn trường)", "Tin: X – Ảnh: Y", a unit "Tổ Văn phòng", "Thư viện trường",
   "Ban Giám hiệu", a name with its branch "Hoàng Minh Nhật - Chi đoàn 11A2".
6. ``<h4 class="sub-title">`` is the blog's subtitle field, used by the school's editors for the
   lead: it is the sapo (summary, first body paragraph). Otherwise a bold first paragraph inside
   the content is the sapo; the card abstract / meta description (the entry's "description") is
   never a sapo and differs from the text.
7. Four URLs for one entry: ``/-/blogs/<t>`` (gold), ``/b/<t>`` (display page template, different
   markup, date printed "04/12/2026"), ``?_com_liferay_blogs_web_portlet_BlogsPortlet_redirect=``
   from the sidebar, and an old url-title kept by Liferay after a title change (301). All in
   ``alt_paths``.
8. Everything after ``div.widget-content`` inside the same ``widget-mode-detail`` is not text:
   "Chuyên mục"/"Thẻ" labels, the thumbs rating ("Bạn thấy bài viết này thế nào?"), social
   bookmarks, "Nội dung liên quan", the neighbour cards with abstracts, and the Discussion whose
   messages are paragraphs of readers ("Cảm ơn thầy cô…"). The neighbour cards reuse the
   headline's and the text's markup (``h3.title``, ``div.widget-content`` holding the abstract):
   only the first ``h3.title`` and the ``div.widget-content`` with an id are the entry's.
9. The "Thông báo" page is an Asset Publisher in full-content style: whole notices, letterhead and
   all, two per page, each title linking to the entry. It is a listing, never an article.
10. A notice printed as an official document (E2): letterhead table, "Số: 215/TB-THPTNH", "Tuy
    Hòa, ngày 02 tháng 12 năm 2026", "THÔNG BÁO / Về việc …", a schedule table, "Nơi nhận" and
    "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) / Nguyễn Thị Lan Anh", and a "Tệp đính kèm"
    line. Gold: date 2026-12-02 (the letterhead; Liferay shows 03 thg 12), author the signer,
    the table rows are body paragraphs, the rest is not.
11. Text typed into the editor in odd ways: one entry in decomposed Unicode (NFD, "Unicode tổ
    hợp"; gold NFC), one pasted from Word (``MsoNormal``, ``<o:p>``, list items whose "-" marker
    sits in ``<span style="mso-list:Ignore">`` behind ``<![if !supportLists]>``: no text), one
    whose editor wrote ``<div>`` instead of ``<p>``, ``<br>`` lines inside one paragraph (each its
    own paragraph), a typed "👉 " kept, a YouTube iframe and a "Xem thêm: <link>" line (not body),
    a PDF icon ``<img>`` in an attachment line (not an image).
12. A body sentence that starts "Theo thầy Đặng Quốc Việt, …" is text; the closing
    "(Theo Báo Phú Yên)" line is the source.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` is the day only (the page prints no time of the entry); E2 takes the
  letterhead's day. "Sửa đổi lần cuối" and comment dates are never publication dates.
- ``category`` is the asset category as the breadcrumb and the "Chuyên mục" label print it
  ("Hoạt động nhà trường", "Đoàn Thanh niên", "Thông báo"), not the portlet's "Tin tức - Sự kiện".
- A right-aligned byline that names a unit alone is the author as printed; a person's post or
  branch after the name is dropped; the posting account "Quản trị Website" is nobody.
- The cover image is an image of the article (first); its "cover-image-caption" is its caption.
- The subtitle is the sapo when present; on the Asset Publisher page and on ``/b/`` it is printed
  too, so every copy of an entry carries the same text.
- Table rows inside the text are paragraphs, cells joined by " | "; letterhead and signature
  tables of an official notice are not.
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import quote

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

NAME = "liferay74_blogs_widget_thpt"
PLATFORM = "Liferay DXP 7.4 (Blogs widget, Asset Publisher, Clay theme)"
SITE = "/web/thpt-nguyenhue"
START_PATH = SITE + "/trang-chu"
GROUP = 38201
NS = "_com_liferay_blogs_web_portlet_BlogsPortlet_"
AP_ID = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tb9KxQ2mWn7R"
AP_NS = "_" + AP_ID + "_"
SCHOOL = "Trường THPT Nguyễn Huệ"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
REDIRECT_Q = f"?{NS}redirect=%2Fweb%2Fthpt-nguyenhue%2Ftrang-chu"

CAT_HD, CAT_DOAN, CAT_TB = "Hoạt động nhà trường", "Đoàn Thanh niên", "Thông báo"
CAT_IDS = {CAT_HD: 40121, CAT_DOAN: 40122, CAT_TB: 40123}


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _doc(folder: int, fname: str, t: int) -> str:
    """A Documents and Media file as Liferay prints it."""
    return f"/documents/{GROUP}/{folder}/{fname}/{_uuid(fname)}?t={t}"


def _pfe(fname: str) -> str:
    """A blog attachment (cover images are portlet file entries of the Blogs repository)."""
    return f"/documents/portlet_file_entry/{GROUP}/{fname}/{_uuid(fname)}?imagePreview=1"


def _file_entry_id(src: str) -> int:
    return 40300 + int(hashlib.md5(src.encode("utf-8")).hexdigest()[:4], 16) % 600


def _fname(src: str) -> str:
    parts = src.split("?")[0].split("/")
    return parts[-2]


# Liferay accounts that post entries: name, portrait id (None: initials sticker), colour
USERS = {
    "admin": ("Quản trị Website", None, 4),
    "thu": ("Phan Thị Minh Thư", 40222, 2),
    "van": ("Trần Thị Hồng Vân", 40238, 5),
    "viet": ("Đặng Quốc Việt", 40244, 1),
    "phuc": ("Lê Hoàng Phúc", 40259, 3),
}


def _right(markup: str) -> Raw:
    return Raw(f'<p style="text-align:right">{markup}</p>')


# --- the 13 entries -------------------------------------------------------------------------

S1 = Story(
    1,
    "khai-mac-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    "Khai mạc Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    CAT_HD,
    "2026-12-04",
    [
        Img(
            _pfe("khai-mac-hoi-thi-gvdg.jpg"),
            "Thầy Võ Văn Hùng, Hiệu trưởng nhà trường phát biểu khai mạc Hội thi",
            "Thầy Võ Văn Hùng, Hiệu trưởng nhà trường phát biểu khai mạc Hội thi",
            style="cover",
        ),
        P("Hội thi được tổ chức nhằm đánh giá năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên, đồng thời tạo sân chơi để thầy cô chia sẻ kinh nghiệm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018.", "j"),
        P("Phát biểu khai mạc, thầy Võ Văn Hùng – Hiệu trưởng nhà trường – nhấn mạnh: mỗi tiết dạy tại hội thi không chỉ là bài kiểm tra tay nghề mà còn là dịp để các tổ chuyên môn cùng nhìn lại cách tổ chức hoạt động học tập, phát huy tính chủ động của học sinh.", "j"),
        Img(
            _doc(40105, "IMG_2031.jpg", 1764822341562),
            "Cô Trần Thị Hồng Vân (tổ Ngữ văn) trong tiết dạy thi với lớp 11A3",
            "Cô Trần Thị Hồng Vân (tổ Ngữ văn) trong tiết dạy thi với lớp 11A3",
            style="figure",
        ),
        P("Thời gian và hình thức thi", "h"),
        P("Hội thi diễn ra từ ngày 04/12 đến ngày 18/12/2026. Mỗi giáo viên thực hiện hai tiết dạy: một tiết bốc thăm và một tiết tự chọn, trong đó có ít nhất một tiết ứng dụng công nghệ thông tin hoặc học liệu số.", "j"),
        P("Ban giám khảo gồm các thành viên Ban giám hiệu, tổ trưởng chuyên môn và giáo viên cốt cán của Sở Giáo dục và Đào tạo. Kết quả hội thi là căn cứ để nhà trường lựa chọn giáo viên tham dự Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2027 – 2028.", "j"),
        P("Ngay trong buổi sáng khai mạc, 4 tiết dạy đầu tiên của các tổ Toán, Ngữ văn, Vật lí và Tiếng Anh đã được thực hiện nghiêm túc, nhận được nhiều ý kiến góp ý thiết thực từ ban giám khảo và đồng nghiệp dự giờ.", "j"),
    ],
    authors=["Phan Thị Minh Thư"],
    summary="Sáng 04/12, Trường THPT Nguyễn Huệ long trọng khai mạc Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027 với sự tham gia của 24 giáo viên thuộc 8 tổ chuyên môn.",
    sapo_outside=True,
    opts={
        "user": "thu",
        "modified": "05 thg 12, 2026",
        "desc": "24 giáo viên của 8 tổ chuyên môn tranh tài tại Hội thi giáo viên dạy giỏi cấp trường, kéo dài đến ngày 18/12.",
        "tags": ["hội thi", "giáo viên dạy giỏi", "đổi mới phương pháp"],
        "comments": [
            ("Nguyễn Thảo Vy", "cách đây 3 giờ", "05/12/2026 07:42", "Chúc thầy cô có những tiết dạy thật thành công ạ!"),
            ("Trần Minh Quân", "cách đây 1 ngày", "04/12/2026 16:05", "Lớp 11A3 tự hào vì được học tiết thi của cô Vân."),
        ],
        "related": [4],
    },
)

S2 = Story(
    2,
    "thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027",
    CAT_TB,
    "2026-12-02",
    [
        Raw(
            '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
            '<td style="text-align:center;width:42%">SỞ GD&amp;ĐT PHÚ YÊN<br><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong>'
            "<br>-------<br>Số: 215/TB-THPTNH</td>"
            '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br><br>"
            "<em>Tuy Hòa, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>"
            '<p style="text-align:center">&nbsp;</p>'
            '<p style="text-align:center"><strong><span style="font-size:16px">THÔNG BÁO</span></strong><br>'
            "<strong>Về việc tổ chức kiểm tra cuối học kì I năm học 2026 – 2027</strong></p>"
        ),
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027; căn cứ tình hình thực tế, Trường THPT Nguyễn Huệ thông báo lịch kiểm tra cuối học kì I như sau:", "j"),
        P("1. Thời gian kiểm tra", "strong"),
        P("Các môn kiểm tra tập trung từ ngày 21/12/2026 đến ngày 26/12/2026; các môn kiểm tra tại lớp do giáo viên bộ môn thực hiện theo tiến độ chương trình, hoàn thành trước ngày 26/12/2026.", "j"),
        P("2. Lịch kiểm tra các môn tập trung", "strong"),
        P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("24/12/2026 | Sáng | Lịch sử | 45 phút", "tr"),
        P("3. Tổ chức thực hiện", "strong"),
        P("Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ học sinh.", "j"),
        P("Tổ trưởng chuyên môn phân công giáo viên ra đề, duyệt đề và nộp về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 14/12/2026.", "j"),
        Raw(
            '<table border="0" style="width:100%"><tbody><tr>'
            '<td style="vertical-align:top;width:50%"><p><strong><em>Nơi nhận:</em></strong><br>'
            "- GVCN, GVBM (thực hiện);<br>- Website trường;<br>- Lưu: VT.</p></td>"
            '<td style="text-align:center;vertical-align:top"><p><strong>KT. HIỆU TRƯỞNG<br>'
            "PHÓ HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br>"
            "<strong>Nguyễn Thị Lan Anh</strong></p></td></tr></tbody></table>"
        ),
        Raw(
            '<p>Tệp đính kèm: <a href="'
            + esc(_doc(40512, "Lich+kiem+tra+cuoi+HKI+2026-2027.pdf", 1764744012231))
            + '" target="_blank">Lich kiem tra cuoi HKI 2026-2027.pdf</a> (152 KB)</p>'
        ),
    ],
    authors=["Nguyễn Thị Lan Anh"],
    opts={
        "user": "admin",
        "shown": "2026-12-03",
        "desc": "Lịch kiểm tra tập trung các môn Ngữ văn, Toán, Tiếng Anh, Lịch sử từ ngày 21/12 đến 26/12/2026.",
        "tags": ["kiểm tra học kì"],
    },
)

S3 = Story(
    3,
    "doan-truong-ra-quan-ho-tro-hoc-sinh-vung-lu-khac-phuc-hau-qua-mua-lu",
    "Đoàn trường ra quân hỗ trợ học sinh vùng lũ khắc phục hậu quả mưa lũ",
    CAT_DOAN,
    "2026-12-01",
    [
        Img(_pfe("ra-quan-ho-tro-vung-lu.jpg"), "Ảnh: Lê Hoàng Phúc", None, style="cover"),
        P("Sau đợt mưa lũ lịch sử giữa tháng 11/2026, nhiều gia đình học sinh ở các xã Hòa Thịnh, Hòa Đồng (huyện Tây Hòa) và phường Phú Lâm bị ngập sâu, sách vở, đồ dùng học tập hư hỏng nặng.", "j"),
        P("Ngày 28 và 29/11, Đoàn trường THPT Nguyễn Huệ huy động hơn 120 đoàn viên thanh niên chia thành 6 đội hình tình nguyện, phối hợp với Đoàn phường Phú Lâm dọn dẹp bùn đất tại nhà học sinh và các điểm trường bị ảnh hưởng.", "j"),
        Img(
            _doc(40107, "DSC_0412.jpg", 1764573102114),
            "Đoàn viên dọn bùn đất tại nhà em Nguyễn Văn Tín, học sinh lớp 10A5",
            "Đoàn viên dọn bùn đất tại nhà em Nguyễn Văn Tín, học sinh lớp 10A5",
            style="picture",
        ),
        P("Cùng với ngày công lao động, Đoàn trường đã vận động được 1.350 quyển vở, 215 bộ sách giáo khoa cũ còn sử dụng tốt và 36 triệu đồng tiền mặt từ các chi đoàn, giáo viên và cựu học sinh.", "j"),
        Img(
            _doc(40107, "DSC_0437.jpg", 1764573102377),
            "Trao quà hỗ trợ cho học sinh có hoàn cảnh khó khăn bị thiệt hại do lũ",
            "Trao quà hỗ trợ cho học sinh có hoàn cảnh khó khăn bị thiệt hại do lũ",
            style="picture",
        ),
        P("Toàn bộ số quà được trao tận tay 48 học sinh có nhà bị ngập, trong đó ưu tiên các em thuộc hộ nghèo, cận nghèo và học sinh mồ côi.", "j"),
        P("Đồng chí Lê Hoàng Phúc, Bí thư Đoàn trường, cho biết đợt ra quân sẽ tiếp tục trong tuần tới với nội dung hỗ trợ phục hồi khuôn viên thư viện và phòng thí nghiệm bị thấm nước.", "j"),
        _right("<strong>Tin, ảnh: Lê Hoàng Phúc (Bí thư Đoàn trường)</strong>"),
    ],
    authors=["Lê Hoàng Phúc"],
    photographers=["Lê Hoàng Phúc"],
    opts={
        "user": "admin",
        "desc": "Hơn 120 đoàn viên chia 6 đội hình tình nguyện giúp gia đình học sinh vùng ngập dọn dẹp nhà cửa, trao quà cho 48 học sinh.",
        "tags": ["tình nguyện", "mưa lũ", "đoàn viên"],
        "comments": [
            ("Phụ huynh em Tín (10A5)", "cách đây 2 ngày", "03/12/2026 20:11", "Gia đình xin cảm ơn các em đoàn viên và thầy cô nhà trường rất nhiều."),
        ],
    },
)

S4 = Story(
    4,
    "hoc-sinh-nguyen-hue-dat-12-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    "Học sinh Nguyễn Huệ đạt 12 giải Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
    CAT_HD,
    "2026-11-28",
    [
        P("Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 do Sở Giáo dục và Đào tạo Phú Yên tổ chức, đội tuyển Trường THPT Nguyễn Huệ đạt 12 giải, xếp thứ 3 toàn tỉnh trong khối các trường THPT không chuyên.", "b"),
        P("Kỳ thi diễn ra trong hai ngày 12 và 13/11/2026 với 10 môn thi, thu hút gần 900 thí sinh của 32 trường THPT trên địa bàn tỉnh tham dự. Nhà trường có 22 học sinh dự thi ở 8 môn.", "j"),
        P("Kết quả, đội tuyển đạt 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích. Đặc biệt, em Huỳnh Ngọc Bảo Trâm, lớp 12A1, đạt giải Nhất môn Hóa học với số điểm cao nhất tỉnh.", "j"),
        Img(
            _doc(40109, "hsg-tinh-2026.jpg", 1764300555120),
            "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm cùng Ban giám hiệu",
            "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm cùng Ban giám hiệu",
            style="table",
        ),
        P("Danh sách học sinh đạt giải Nhất, Nhì:", "j"),
        P("TT | Họ và tên | Lớp | Môn thi | Giải", "th"),
        P("1 | Huỳnh Ngọc Bảo Trâm | 12A1 | Hóa học | Nhất", "tr"),
        P("2 | Phạm Gia Huy | 12A1 | Toán | Nhì", "tr"),
        P("3 | Lê Thị Kim Ngân | 12A4 | Ngữ văn | Nhì", "tr"),
        P("4 | Đỗ Minh Khang | 12A2 | Tin học | Nhì", "tr"),
        P("Thành tích trên là kết quả của quá trình bồi dưỡng bền bỉ của thầy cô các tổ chuyên môn cùng sự nỗ lực vượt khó của các em học sinh trong bối cảnh thời gian ôn luyện bị ảnh hưởng bởi mưa bão.", "j"),
        P("Nhà trường sẽ tổ chức tuyên dương, khen thưởng các học sinh đạt giải và giáo viên bồi dưỡng trong buổi chào cờ đầu tuần.", "j"),
        _right("<em><strong>Tổ Văn phòng</strong></em>"),
    ],
    authors=["Tổ Văn phòng"],
    summary="Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 do Sở Giáo dục và Đào tạo Phú Yên tổ chức, đội tuyển Trường THPT Nguyễn Huệ đạt 12 giải, xếp thứ 3 toàn tỉnh trong khối các trường THPT không chuyên.",
    opts={
        "user": "admin",
        "desc": "Đội tuyển nhà trường giành 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích.",
        "tags": ["học sinh giỏi"],
    },
)

S5 = Story(
    5,
    "soi-noi-giai-bong-da-nam-hoc-sinh-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "Sôi nổi giải bóng đá nam học sinh chào mừng Ngày Nhà giáo Việt Nam 20/11",
    CAT_DOAN,
    "2026-11-25",
    [
        Img(
            _pfe("chung-ket-bong-da-2026.jpg"),
            "Pha tranh bóng trong trận chung kết giữa 11A1 và 12A3",
            "Pha tranh bóng trong trận chung kết giữa 11A1 và 12A3",
            style="cover",
        ),
        P("Trong không khí thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam, Đoàn trường đã tổ chức Giải bóng đá nam học sinh năm 2026 từ ngày 09/11 đến ngày 22/11 tại sân bóng của nhà trường."),
        P("Giải có 18 đội bóng đến từ các chi đoàn khối 10, 11 và 12 thi đấu theo thể thức vòng bảng và loại trực tiếp, với tổng cộng 31 trận đấu."),
        Img(_doc(40111, "bong-da-01.jpg", 1764040122008), "Ảnh: Trần Quốc Bảo", None, style="figure"),
        P("Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần thể thao cao thượng; nhiều bàn thắng đẹp đã mang lại cảm xúc cho đông đảo cổ động viên."),
        P("Kết quả chung cuộc:", "br"),
        P("Giải Nhất: Chi đoàn 12A3;", "br"),
        P("Giải Nhì: Chi đoàn 11A1;", "br"),
        P("Giải Ba: Chi đoàn 12A1 và Chi đoàn 10A2."),
        P("Giải cá nhân Vua phá lưới thuộc về em Nguyễn Thành Đạt (12A3) với 9 bàn thắng; thủ môn xuất sắc nhất là em Lê Văn Quý (11A1)."),
        Img(
            _doc(40111, "bong-da-02.jpg", 1764040122311),
            "Ban tổ chức trao cúp vô địch cho đội 12A3",
            "Ban tổ chức trao cúp vô địch cho đội 12A3",
            style="figure",
        ),
        P("Giải bóng đá là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân thể trong đoàn viên, thanh niên, đồng thời là dịp để các chi đoàn giao lưu, gắn kết."),
        _right("<strong>Tin: Nguyễn Hữu Tài – Ảnh: Trần Quốc Bảo</strong>"),
    ],
    authors=["Nguyễn Hữu Tài"],
    photographers=["Trần Quốc Bảo"],
    opts={
        "user": "admin",
        "desc": "18 đội bóng của các chi đoàn tranh tài trong 31 trận đấu; Chi đoàn 12A3 giành chức vô địch.",
        "tags": ["thể thao", "20/11"],
    },
)

S6 = Story(
    6,
    "trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    CAT_HD,
    "2026-11-20",
    [
        Img(
            _pfe("le-ky-niem-20-11-2026.jpg"),
            "Tiết mục văn nghệ chào mừng của học sinh lớp 12A2",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 12A2",
            style="cover",
        ),
        P("Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo Phú Yên, Ban đại diện Cha mẹ học sinh, các thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.400 học sinh của trường.", "j"),
        P("Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam và chặng đường gần bốn mươi năm xây dựng, phát triển của nhà trường, thầy Hiệu trưởng Võ Văn Hùng bày tỏ lòng biết ơn đối với các thế hệ nhà giáo đã góp phần làm nên thương hiệu Trường THPT Nguyễn Huệ hôm nay.", "j"),
        P("“Mỗi thầy cô là một tấm gương, mỗi tiết học là một lời hứa với học trò. Giữ được ngọn lửa ấy là giữ được linh hồn của nhà trường.”", "quote"),
        P("Trong năm học vừa qua, nhà trường có 2 giáo viên được công nhận Chiến sĩ thi đua cấp tỉnh, 14 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở; tỉ lệ học sinh tốt nghiệp THPT đạt 99,6%.", "j"),
        Raw('<p><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/Xq4mB2cPz7k" width="640"></iframe></p>'),
        P("Tại buổi lễ, nhà trường đã trao Giấy khen cho 26 giáo viên có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” và trao 20 suất học bổng “Thắp sáng ước mơ” cho học sinh vượt khó học tốt.", "j"),
        Img(
            _doc(40113, "trao-giay-khen-gv.jpg", 1763620551873),
            "(Ban giám hiệu trao Giấy khen cho giáo viên có thành tích xuất sắc)",
            "Ban giám hiệu trao Giấy khen cho giáo viên có thành tích xuất sắc",
            style="center",
        ),
        P("Chương trình văn nghệ với nhiều tiết mục đặc sắc do các chi đoàn dàn dựng đã khép lại buổi lễ trong không khí ấm áp, đầy xúc động.", "j"),
        Raw(
            f'<p><em>Xem thêm: <a href="{SITE}/-/blogs/chi-doan-11a2-dat-giai-nhat-hoi-thi-rung-chuong-vang-tim-hieu-ve-bien-dao-viet-nam">'
            "Chi đoàn 11A2 đạt giải Nhất Hội thi “Rung chuông vàng” tìm hiểu về biển, đảo Việt Nam</a></em></p>"
        ),
    ],
    authors=["Trần Thị Hồng Vân"],
    summary="Sáng 20/11, Trường THPT Nguyễn Huệ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tri ân các thế hệ thầy cô giáo đã và đang công tác tại trường.",
    sapo_outside=True,
    opts={
        "user": "van",
        "desc": "Nhà trường trao Giấy khen cho 26 giáo viên và 20 suất học bổng “Thắp sáng ước mơ” tại buổi lễ.",
        "tags": ["20/11", "tri ân thầy cô"],
        "comments": [
            ("Cựu học sinh khóa 2009 – 2012", "cách đây 15 ngày", "20/11/2026 19:30", "Kính chúc thầy cô luôn mạnh khỏe, hạnh phúc. Nhớ mái trường Nguyễn Huệ nhiều lắm!"),
            ("Lê Khánh Linh", "cách đây 15 ngày", "20/11/2026 21:02", "Tiết mục của 12A2 hay quá ạ."),
            ("Võ Thị Ngọc Ánh", "cách đây 14 ngày", "21/11/2026 06:48", "Cảm ơn thầy cô đã luôn đồng hành cùng chúng em."),
        ],
        "related": [5],
    },
)

S7 = Story(
    7,
    "thong-bao-nghi-hoc-de-phong-tranh-mua-lu-ngay-17-va-18-11-2026",
    "Thông báo nghỉ học để phòng, tránh mưa lũ (ngày 17 và 18/11/2026)",
    CAT_TB,
    "2026-11-16",
    [
        P("Thực hiện Công văn số 2415/SGDĐT-VP ngày 16/11/2026 của Sở Giáo dục và Đào tạo Phú Yên về việc chủ động ứng phó với mưa lũ, Trường THPT Nguyễn Huệ thông báo:"),
        P("Toàn thể học sinh nghỉ học ngày thứ Ba 17/11/2026 và thứ Tư 18/11/2026.", "li"),
        P("Cán bộ, giáo viên trực theo lịch phân công của Ban giám hiệu; các tổ chuyên môn giao nhiệm vụ học tập cho học sinh qua hệ thống quản lý học tập trực tuyến.", "li"),
        P("Thời gian đi học trở lại sẽ được nhà trường thông báo cụ thể trên website và nhóm Zalo của các lớp.", "li"),
        P("👉 Đề nghị cha mẹ học sinh quản lý chặt chẽ con em, không để các em tắm sông, suối, đi qua các khu vực ngầm, tràn đang có nước chảy xiết."),
        P("Mọi thông tin cần hỗ trợ, xin liên hệ thầy Đặng Quốc Việt, Phó Hiệu trưởng, số điện thoại 0905 318 246."),
        _right("<strong>Ban Giám hiệu</strong>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={
        "user": "admin",
        "desc": "Học sinh nghỉ học hai ngày 17 và 18/11/2026 để bảo đảm an toàn trong mưa lũ.",
        "tags": ["mưa lũ"],
    },
)

S8 = Story(
    8,
    "chi-doan-11a2-dat-giai-nhat-hoi-thi-rung-chuong-vang-tim-hieu-ve-bien-dao-viet-nam",
    "Chi đoàn 11A2 đạt giải Nhất Hội thi “Rung chuông vàng” tìm hiểu về biển, đảo Việt Nam",
    CAT_DOAN,
    "2026-11-12",
    [
        Img(
            _pfe("rung-chuong-vang-2026.jpg"),
            "Khoảnh khắc “chiếc chuông vàng” được rung lên",
            "Khoảnh khắc “chiếc chuông vàng” được rung lên",
            style="cover",
        ),
        P("Chiều 11/11, Đoàn trường tổ chức Hội thi “Rung chuông vàng” với chủ đề “Tự hào biển, đảo Việt Nam” dành cho 100 thí sinh đại diện các chi đoàn khối 11.", "div"),
        P("Trải qua 20 câu hỏi về chủ quyền biển, đảo, lịch sử và địa lí Việt Nam, các thí sinh lần lượt dừng bước; đến câu hỏi thứ 17 chỉ còn lại 3 thí sinh trên sàn thi đấu.", "div"),
        P("Với sự bình tĩnh và kiến thức vững vàng, em Trương Ngọc Hân, Chi đoàn 11A2, đã trả lời chính xác câu hỏi cuối cùng về ngày thành lập huyện đảo Trường Sa, trở thành người rung chuông vàng của hội thi.", "div"),
        P("Ban tổ chức đã trao giải Nhất cho Chi đoàn 11A2, giải Nhì cho Chi đoàn 11A5 và giải Ba cho Chi đoàn 11A1, 11A7.", "div"),
        Raw('<div style="text-align:right"><em>Hoàng Minh Nhật - Chi đoàn 11A2</em></div>'),
    ],
    authors=["Hoàng Minh Nhật"],
    opts={
        "user": "admin",
        "desc": "Em Trương Ngọc Hân (11A2) trở thành người rung chuông vàng sau 20 câu hỏi về chủ quyền biển, đảo.",
        "tags": ["biển đảo", "rung chuông vàng"],
    },
)

S9 = Story(
    9,
    "truong-dai-hoc-phu-yen-tu-van-tuyen-sinh-huong-nghiep-nam-2027-cho-hoc-sinh-khoi-12",
    "Trường Đại học Phú Yên tư vấn tuyển sinh, hướng nghiệp năm 2027 cho học sinh khối 12",
    CAT_HD,
    "2026-11-06",
    [
        P("Ngày 05/11, Trường Đại học Phú Yên phối hợp với Trường THPT Nguyễn Huệ tổ chức chương trình tư vấn tuyển sinh, hướng nghiệp năm 2027 cho hơn 480 học sinh khối 12.", "j"),
        P("Tại buổi tư vấn, đại diện Phòng Đào tạo của nhà trường đại học đã giới thiệu những điểm mới trong quy chế tuyển sinh năm 2027, các phương thức xét tuyển và nhóm ngành đang có nhu cầu nhân lực cao tại địa phương như sư phạm, công nghệ thông tin, du lịch.", "j"),
        P("Nhiều câu hỏi của học sinh xoay quanh việc quy đổi điểm chứng chỉ ngoại ngữ, xét tuyển học bạ và cơ hội nhận học bổng đã được các chuyên gia giải đáp cụ thể, dễ hiểu.", "j"),
        Img(
            _doc(40115, "tu-van-tuyen-sinh-2027.jpg", 1762410033419),
            "Cán bộ tuyển sinh giải đáp thắc mắc của học sinh",
            "Cán bộ tuyển sinh giải đáp thắc mắc của học sinh",
            style="picture",
        ),
        P("Theo thầy Đặng Quốc Việt, Phó Hiệu trưởng Trường THPT Nguyễn Huệ, hoạt động tư vấn giúp học sinh có thêm thông tin để lựa chọn tổ hợp ôn thi, định hướng nghề nghiệp phù hợp với năng lực và điều kiện của bản thân.", "j"),
        _right("<strong>Minh Châu</strong>"),
        _right("<em>(Theo Báo Phú Yên)</em>"),
    ],
    authors=["Minh Châu"],
    source="Báo Phú Yên",
    opts={
        "user": "admin",
        "desc": "Hơn 480 học sinh khối 12 được tư vấn về quy chế tuyển sinh, phương thức xét tuyển năm 2027.",
        "tags": ["tuyển sinh", "hướng nghiệp"],
    },
)

S10 = Story(
    10,
    "thong-bao-dang-ky-tham-gia-cuoc-thi-khoa-hoc-ky-thuat-cap-truong-nam-hoc-2026-2027",
    "Thông báo đăng ký tham gia Cuộc thi Khoa học kỹ thuật cấp trường năm học 2026 – 2027",
    CAT_TB,
    "2026-10-30",
    [
        P("Nhằm khuyến khích học sinh nghiên cứu, vận dụng kiến thức đã học vào giải quyết các vấn đề thực tiễn, nhà trường tổ chức Cuộc thi Khoa học kỹ thuật cấp trường năm học 2026 – 2027.", "j"),
        P("Đối tượng và lĩnh vực dự thi", "strong"),
        P("Học sinh từ lớp 10 đến lớp 12 đăng ký dự thi theo nhóm không quá 2 học sinh hoặc cá nhân, mỗi dự án có một giáo viên hướng dẫn. Các lĩnh vực ưu tiên gồm:", "j"),
        P("Khoa học môi trường và ứng phó với thiên tai;", "ol"),
        P("Hệ thống nhúng, robot và tự động hóa;", "ol"),
        P("Khoa học xã hội và hành vi;", "ol"),
        P("Hóa sinh, vi sinh và nông nghiệp bền vững.", "ol"),
        P("Thời hạn đăng ký", "strong"),
        P("Học sinh nộp phiếu đăng ký và bản mô tả ý tưởng dự án về thầy Đặng Quốc Việt trước ngày 20/11/2026. Vòng bảo vệ dự án dự kiến tổ chức vào tuần đầu tháng 01/2027.", "j"),
        Raw(
            '<p><img alt="" src="/o/nguyenhue-theme/images/file_system/small/pdf.png" style="width:16px;height:16px"> '
            '<a href="' + esc(_doc(40512, "Phieu+dang+ky+KHKT+2026-2027.pdf", 1761799400155))
            + '">Phiếu đăng ký dự thi KHKT cấp trường</a></p>'
        ),
    ],
    authors=["Đặng Quốc Việt"],
    opts={
        "user": "viet",
        "old_slug": "thong-bao-dang-ky-du-thi-khkt-cap-truong",
        "modified": "02 thg 11, 2026",
        "desc": "Hạn nộp phiếu đăng ký và bản mô tả ý tưởng dự án: trước ngày 20/11/2026.",
        "tags": ["khoa học kỹ thuật"],
    },
)

S11 = Story(
    11,
    "dai-hoi-doan-truong-thpt-nguyen-hue-lan-thu-xxv-nhiem-ky-2026-2027",
    "Đại hội Đoàn trường THPT Nguyễn Huệ lần thứ XXV, nhiệm kỳ 2026 – 2027",
    CAT_DOAN,
    "2026-10-24",
    [
        Img(
            _pfe("dai-hoi-doan-xxv.jpg"),
            "Ban Chấp hành Đoàn trường khóa XXV ra mắt Đại hội",
            "Ban Chấp hành Đoàn trường khóa XXV ra mắt Đại hội",
            style="cover",
        ),
        P("Ngày 23/10/2026, Đoàn trường THPT Nguyễn Huệ long trọng tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2026 – 2027 với sự tham dự của 156 đại biểu đại diện cho hơn 1.300 đoàn viên của 36 chi đoàn.", "j"),
        P("Báo cáo tại Đại hội cho thấy, trong nhiệm kỳ qua, Đoàn trường đã triển khai hiệu quả các phong trào “Thanh niên tình nguyện”, “Tuổi trẻ sáng tạo”; kết nạp 214 đoàn viên mới và có 3 công trình thanh niên được Tỉnh đoàn ghi nhận.", "j"),
        P("Nhiệm kỳ 2026 – 2027, Đại hội đề ra 5 chỉ tiêu trọng tâm, trong đó phấn đấu 100% chi đoàn tổ chức sinh hoạt chủ điểm hằng tháng, mỗi chi đoàn có ít nhất một phần việc tình nguyện gắn với địa phương.", "j"),
        Img(
            _doc(40117, "bieu-quyet-nghi-quyet.jpg", 1761271903452),
            "(Đại hội biểu quyết thông qua Nghị quyết nhiệm kỳ 2026 – 2027)",
            "Đại hội biểu quyết thông qua Nghị quyết nhiệm kỳ 2026 – 2027",
            style="center",
        ),
        P("Đại hội đã bầu Ban Chấp hành Đoàn trường khóa XXV gồm 15 đồng chí. Tại phiên họp thứ nhất, đồng chí Lê Hoàng Phúc được bầu giữ chức Bí thư Đoàn trường.", "j"),
    ],
    authors=["Lê Hoàng Phúc"],
    opts={
        "user": "phuc",
        "nfd": True,
        "desc": "156 đại biểu dự Đại hội, bầu Ban Chấp hành Đoàn trường khóa XXV gồm 15 đồng chí.",
        "tags": ["đại hội đoàn"],
    },
)

S12 = Story(
    12,
    "ngay-hoi-doc-sach-sach-nhip-cau-tri-thuc-tai-thu-vien-nha-truong",
    "Ngày hội đọc sách “Sách – Nhịp cầu tri thức” tại Thư viện nhà trường",
    CAT_HD,
    "2026-10-15",
    [
        P("Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam và phong trào xây dựng văn hóa đọc trong trường học, ngày 14/10, Thư viện Trường THPT Nguyễn Huệ tổ chức Ngày hội đọc sách với chủ đề “Sách – Nhịp cầu tri thức”.", "mso"),
        P("Ngày hội gồm nhiều hoạt động hấp dẫn:", "mso"),
        P("Trưng bày hơn 2.000 đầu sách theo chủ đề lịch sử địa phương, khoa học và kỹ năng sống;", "mso-li"),
        P("Cuộc thi giới thiệu sách qua video ngắn của các chi đoàn;", "mso-li"),
        P("Góc trao đổi sách cũ “Đổi sách – Nhận tri thức”.", "mso-li"),
        P("Trong ngày hội, thư viện đã nhận được 640 cuốn sách do học sinh, giáo viên và cựu học sinh quyên góp để bổ sung vào tủ sách dùng chung của các lớp.", "mso"),
        Img(_doc(40119, "ngay-hoi-doc-sach.jpg", 1760512340078), None, None, style="mso"),
        P("Thư viện trường hiện mở cửa phục vụ từ 7 giờ đến 17 giờ các ngày trong tuần, kể cả giờ ra chơi, với phòng đọc có sức chứa 80 chỗ ngồi.", "mso"),
        Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI">Thư viện trường<o:p></o:p></span></b></p>'),
    ],
    authors=["Thư viện trường"],
    opts={
        "user": "admin",
        "desc": "Thư viện nhận 640 cuốn sách quyên góp trong Ngày hội đọc sách năm 2026.",
        "tags": ["văn hóa đọc", "thư viện"],
    },
)

S13 = Story(
    13,
    "thong-bao-ket-qua-bau-ban-dai-dien-cha-me-hoc-sinh-nam-hoc-2026-2027",
    "Thông báo kết quả bầu Ban đại diện Cha mẹ học sinh năm học 2026 – 2027",
    CAT_TB,
    "2026-10-05",
    [
        P("Căn cứ biên bản Hội nghị Ban đại diện cha mẹ học sinh các lớp ngày 03/10/2026, nhà trường thông báo danh sách Ban đại diện Cha mẹ học sinh Trường THPT Nguyễn Huệ năm học 2026 – 2027 như sau:", "j"),
        P("TT | Họ và tên | Chức vụ | Đại diện lớp", "th"),
        P("1 | Ông Trần Văn Lợi | Trưởng ban | 12A1", "tr"),
        P("2 | Bà Nguyễn Thị Mỹ Dung | Phó Trưởng ban | 11A3", "tr"),
        P("3 | Ông Lê Quang Sơn | Phó Trưởng ban | 10A6", "tr"),
        P("4 | Bà Phạm Thị Thu Hằng | Thành viên | 12A4", "tr"),
        P("5 | Ông Võ Thành Nhân | Thành viên | 11A1", "tr"),
        P("Ban đại diện Cha mẹ học sinh hoạt động theo Điều lệ ban hành kèm theo Thông tư số 55/2011/TT-BGDĐT của Bộ Giáo dục và Đào tạo, phối hợp với nhà trường trong công tác giáo dục học sinh.", "j"),
        P("Nhà trường trân trọng cảm ơn sự tin tưởng và đồng hành của quý phụ huynh.", "j"),
    ],
    opts={
        "user": "admin",
        "desc": "Danh sách 5 thành viên Ban đại diện Cha mẹ học sinh nhà trường năm học 2026 – 2027.",
        "tags": ["cha mẹ học sinh"],
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}
#: newest first, by Liferay's display date
ORDERED = sorted(STORIES, key=lambda s: (s.opts.get("shown", s.published_at), -s.id), reverse=True)
MOST_READ = [6, 3, 4, 9, 11]
HOME_LATEST = [s.id for s in ORDERED[:4]]
HOME_NOTICES = [s.id for s in ORDERED if s.cat == CAT_TB][:3]


def entry_path(story: Story) -> str:
    return f"{SITE}/-/blogs/{story.slug}"


def _shown(story: Story) -> str:
    return story.opts.get("shown", story.published_at)


def vn_date(iso: str) -> str:
    """Liferay's vi_VN medium date: "04 thg 12, 2026"."""
    y, m, d = iso[:10].split("-")
    return f"{d} thg {int(m)}, {y}"


def _slash_date(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def _reading_minutes(story: Story) -> int:
    words = sum(len(p.split()) for p in story.paragraphs)
    return max(1, -(-words // 200))


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


# --- rendering of an entry's content --------------------------------------------------------


def _img_tag(src: str, alt: str = "", extra: str = "") -> str:
    fid = _file_entry_id(src)
    return f'<img alt="{esc(alt)}" data-fileentryid="{fid}" src="{esc(src)}"{extra}>'


def _render_img(story: Story, img: Img) -> str:
    printed = _t(story, img.printed) if img.printed else ""
    if img.style == "figure":
        cap = f"<figcaption>{printed}</figcaption>" if printed else ""
        return f'<figure class="image">{_img_tag(img.src)}{cap}</figure>'
    if img.style == "picture":
        fid = _file_entry_id(img.src)
        fname = _fname(img.src)
        t = img.src.split("t=")[-1]
        pic = (
            f'<picture data-fileentryid="{fid}">'
            f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fid}/Thumbnail-300x300/{fname}?t={t}">'
            f'<source media="(max-width:1000px) and (min-width:300px)" srcset="/o/adaptive-media/image/{fid}/Preview-1000x0/{fname}?t={t}">'
            f'<img alt="" src="{esc(img.src)}"></picture>'
        )
        out = f'<p style="text-align:center">{pic}</p>'
        if printed:
            out += f'<p style="text-align:center"><em>{printed}</em></p>'
        return out
    if img.style == "center":
        sized = _img_tag(img.src, extra=' style="width:640px;height:427px"')
        out = f'<p style="text-align:center">{sized}</p>'
        if printed:
            out += f'<p style="text-align:center"><span style="color:#7f8c8d"><span style="font-size:12px"><em>{printed}</em></span></span></p>'
        return out
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" style="width:90%">'
            f'<tbody><tr><td style="text-align:center">{_img_tag(img.src)}</td></tr>'
            f'<tr><td style="text-align:center;background:#f2f2f2"><span style="font-size:13px"><em>{printed}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "mso":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">'
            f'<img width="602" height="401" id="Picture 3" src="{esc(img.src)}" alt="">'
            "</span><o:p></o:p></p>"
        )
    raise ValueError(img.style)


_MSO_SPAN = '<span lang="VI" style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'


def render_content(story: Story) -> str:
    """The HTML the editor stored for the entry (cover image excluded)."""
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(story, b))
            i += 1
            continue
        style = b.style
        if style in ("li", "ol"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            tag = "ul" if style == "li" else "ol"
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        if style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    row = "".join(f'<td style="text-align:center"><strong>{_t(story, c)}</strong></td>' for c in cells)
                else:
                    row = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:100%">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        if style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(_t(story, blocks[i].text))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P):
                lines.append(_t(story, blocks[i].text))
                i += 1
            out.append('<p style="text-align:justify">' + "<br>\n".join(lines) + "</p>")
            continue
        body = _t(story, b.text)
        if style == "j":
            out.append(f'<p style="text-align:justify">{body}</p>')
        elif style == "b":
            out.append(f'<p style="text-align:justify"><strong>{body}</strong></p>')
        elif style == "strong":
            out.append(f"<p><strong>{body}</strong></p>")
        elif style == "h":
            out.append(f"<h3><strong>{body}</strong></h3>")
        elif style == "quote":
            out.append(f'<blockquote><p style="text-align:center"><em>{body}</em></p></blockquote>')
        elif style == "div":
            out.append(f'<div style="text-align:justify">{body}</div>')
        elif style == "mso":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;line-height:150%">'
                f"{_MSO_SPAN}{body}<o:p></o:p></span></p>"
            )
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif style == "mso-li":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;text-indent:-.25in;line-height:150%;mso-list:l0 level1 lfo1">'
                "<![if !supportLists]>" + _MSO_SPAN + '<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                f"{_MSO_SPAN}{body}<o:p></o:p></span></p>"
            )
        else:
            out.append(f"<p>{body}</p>")
        i += 1
    return "\n".join(out)


def _cover(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "cover"), None)


# --- chrome ---------------------------------------------------------------------------------


def _sticker(user: str, size: str = "") -> str:
    name, img_id, colour = USERS[user]
    cls = f"sticker sticker-circle sticker-light user-icon-color-{colour} {size}".strip()
    if img_id is None:
        initials = "".join(w[0] for w in (name.split()[0], name.split()[-1])).upper()
        return f'<span class="{cls}"><span class="inline-item">{esc(initials)}</span></span>'
    token = hashlib.md5(name.encode("utf-8")).hexdigest()[:22]
    return (
        f'<span class="{cls}"><span class="sticker-overlay"><img alt="Ảnh đại diện của {esc(name)}" '
        f'class="sticker-img" src="/image/user_portrait?img_id={img_id}&amp;img_id_token={token}&amp;t=1764723841002"></span></span>'
    )


MENU = [
    ("Trang chủ", START_PATH, []),
    (
        "Giới thiệu",
        f"{SITE}/gioi-thieu",
        [("Lịch sử phát triển", f"{SITE}/gioi-thieu#lich-su"), ("Cơ cấu tổ chức", f"{SITE}/gioi-thieu#co-cau"), ("Công khai", f"{SITE}/w/cong-khai-nam-hoc-2026-2027")],
    ),
    (
        "Tin tức",
        f"{SITE}/tin-tuc",
        [
            (CAT_HD, f"{SITE}/tin-tuc?p_r_p_categoryId={CAT_IDS[CAT_HD]}"),
            (CAT_DOAN, f"{SITE}/tin-tuc?p_r_p_categoryId={CAT_IDS[CAT_DOAN]}"),
        ],
    ),
    ("Thông báo", f"{SITE}/thong-bao", []),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def _cat_url(cat: str) -> str:
    if cat == CAT_TB:
        return f"{SITE}/thong-bao"
    return f"{SITE}/tin-tuc?p_r_p_categoryId={CAT_IDS[cat]}"


def _nav(active: str) -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU, 1):
        sel = " selected active" if label == active else ""
        if subs:
            sub = "".join(
                f'<li class="nav-item" role="presentation"><a class="dropdown-item" href="{esc(h)}" role="menuitem">{esc(s)}</a></li>'
                for s, h in subs
            )
            items.append(
                f'<li class="lfr-nav-item nav-item dropdown{sel}" id="layout_{i}" role="presentation">'
                f'<a aria-haspopup="true" class="nav-link text-truncate dropdown-toggle" href="{esc(href)}" role="menuitem">'
                f'<span class="text-truncate">{esc(label)} <span class="lfr-nav-child-toggle"><svg class="lexicon-icon lexicon-icon-angle-down"><use href="#angle-down"></use></svg></span></span></a>'
                f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="lfr-nav-item nav-item{sel}" id="layout_{i}" role="presentation">'
                f'<a class="nav-link text-truncate" href="{esc(href)}" role="menuitem"><span class="text-truncate">{esc(label)}</span></a></li>'
            )
    return (
        '<nav class="navbar navbar-classic navbar-top py-0 sort-pages modify-pages" id="navigation" role="navigation">'
        '<div class="container-fluid container-fluid-max-xl"><ul aria-label="Trang web" class="navbar-blank-nav navbar-nav" role="menubar">'
        + "".join(items)
        + "</ul></div></nav>"
    )


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in crumbs:
        if href:
            lis.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            lis.append(f'<li class="breadcrumb-item active"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>')
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_" '
        'id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_bc01_">'
        f'<nav aria-label="Breadcrumb" id="_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_bc01_breadcrumbs-defaultScreen"><ol class="breadcrumb">{"".join(lis)}</ol></nav></div>'
    )


def _portlet(pid: str, title: str | None, inner: str) -> str:
    head = (
        '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
        f'<h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
        if title
        else ""
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid.split("_INSTANCE")[0]}_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_{pid}_">'
        f'<span id="p_{pid}"></span><section class="portlet" id="portlet_{pid}">{head}'
        f'<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li class="list-group-item list-group-item-flex"><div class="autofit-col autofit-col-expand">'
        f'<a class="text-truncate-inline" href="{esc(entry_path(BY_ID[i]) + REDIRECT_Q)}">{esc(BY_ID[i].title)}</a>'
        f'<div class="text-secondary small">{BY_ID[i].views() * 3} lượt xem</div></div></li>'
        for i in MOST_READ
    )
    links = (
        '<ul class="lk-web"><li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://phuyen.edu.vn" target="_blank">Sở GD&amp;ĐT Phú Yên</a></li>'
        '<li><a href="https://temis.csdl.edu.vn" target="_blank">Hệ thống TEMIS</a></li>'
        '<li><a href="https://www.facebook.com/thptnguyenhue.tuyhoa" target="_blank">Fanpage nhà trường</a></li></ul>'
    )
    counter = (
        '<div class="journal-content-article" data-analytics-asset-id="41877"><table class="tk-truycap">'
        "<tr><td>Đang online:</td><td><b>27</b></td></tr><tr><td>Hôm nay:</td><td><b>1.204</b></td></tr>"
        "<tr><td>Tháng này:</td><td><b>9.876</b></td></tr><tr><td>Tổng truy cập:</td><td><b>2.318.442</b></td></tr></table></div>"
    )
    poll = (
        '<form action="' + esc(f"{START_PATH}?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl7Q&p_p_lifecycle=1&p_p_state=normal&javax.portlet.action=/polls_display/edit_vote")
        + '" method="post"><p><strong>Bạn biết đến website nhà trường qua kênh nào?</strong></p>'
        '<div class="custom-control custom-radio"><label><input name="_pl_choiceId" type="radio" value="1"> Fanpage Facebook</label></div>'
        '<div class="custom-control custom-radio"><label><input name="_pl_choiceId" type="radio" value="2"> Nhóm Zalo lớp</label></div>'
        '<div class="custom-control custom-radio"><label><input name="_pl_choiceId" type="radio" value="3"> Giáo viên giới thiệu</label></div>'
        '<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button></form>'
    )
    return (
        '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">'
        + _portlet("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_dn3Rk8", "Tin đọc nhiều", f'<ul class="list-group">{most}</ul>')
        + _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lkweb", "Liên kết website", links)
        + _portlet("com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl7Q", "Thăm dò ý kiến", poll)
        + _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tktc", "Thống kê truy cập", counter)
        + "</div>"
    )


def _page(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]],
    active: str,
    *,
    canonical: str | None = None,
    description: str | None = None,
    og_image: str | None = None,
    sidebar: bool = True,
    layout_class: str = "columns-2-1",
) -> Response:
    base = base_url(request)
    canon = canonical or request.path
    meta = f'<meta content="{esc(description)}" lang="vi-VN" name="description">' if description else ""
    og = (
        f'<meta property="og:locale" content="vi_VN"><meta property="og:site_name" content="{SCHOOL}">'
        f'<meta property="og:title" content="{esc(title)} - {SCHOOL}"><meta property="og:type" content="website">'
        f'<meta property="og:url" content="{esc(base + canon)}">'
    )
    if description:
        og += f'<meta property="og:description" content="{esc(description)}">'
    if og_image:
        og += f'<meta property="og:image" content="{esc(base + og_image)}">'
    columns = (
        f'<div class="col-md-8 portlet-column portlet-column-first" id="column-1">{main}</div>{_sidebar()}'
        if sidebar
        else f'<div class="col-md-12 portlet-column portlet-column-only" id="column-1">{main}</div>'
    )
    doc = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {SCHOOL}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
{meta}
<link data-senna-track="temporary" href="{esc(base + canon)}" rel="canonical">
<link data-senna-track="temporary" href="{esc(base + canon)}" hreflang="vi-VN" rel="alternate">
<link data-senna-track="temporary" href="{esc(base + canon)}" hreflang="x-default" rel="alternate">
{og}
<link href="/o/nguyenhue-theme/images/favicon.ico" rel="icon">
<link class="lfr-css-file" data-senna-track="temporary" href="/o/nguyenhue-theme/css/clay.css?browserId=other&amp;themeId=nguyenhuetheme_WAR_nguyenhuetheme&amp;languageId=vi_VN&amp;t=1764230400000" id="liferayAUICSS" rel="stylesheet" type="text/css">
<link class="lfr-css-file" data-senna-track="temporary" href="/o/nguyenhue-theme/css/main.css?browserId=other&amp;themeId=nguyenhuetheme_WAR_nguyenhuetheme&amp;languageId=vi_VN&amp;t=1764230400000" id="liferayThemeCSS" rel="stylesheet" type="text/css">
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{
getCompanyId: function() {{ return "20097"; }},
getScopeGroupId: function() {{ return "{GROUP}"; }},
getLanguageId: function() {{ return "vi_VN"; }},
getPathMain: function() {{ return "/c"; }},
getLayoutRelativeURL: function() {{ return "{esc(request.path)}"; }},
isSignedIn: function() {{ return false; }}
}};
// ]]>
</script>
<script src="/o/frontend-js-web/__liferay__/index.js" type="text/javascript"></script>
</head>
<body class="controls-visible chrome yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="bg-dark cadmin quick-access-nav text-center text-white" id="ezta_quickAccessNav">
<a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Bỏ qua nội dung</a></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner">
<div class="topbar-nh"><div class="container-fluid container-fluid-max-xl d-flex justify-content-between">
<span class="today-nh">{HEADER_DAY}</span>
<span><a href="mailto:thptnguyenhue@phuyen.edu.vn">thptnguyenhue@phuyen.edu.vn</a> | <a href="/c/portal/login?p_l_id=20123" data-redirect="false">Đăng nhập</a></span></div></div>
<div class="navbar navbar-classic navbar-top py-3"><div class="container-fluid container-fluid-max-xl user-personal-bar">
<div class="align-items-center autofit-row"><a class="logo custom-logo mr-3" href="{START_PATH}" title="Truy cập vào {SCHOOL}">
<img alt="Logo Trường THPT Nguyễn Huệ" class="mr-2" height="84" src="/image/layout_set_logo?img_id=41003&amp;t=1764230400000" width="84"></a>
<div class="autofit-col autofit-col-expand"><div class="don-vi-chu-quan">SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ YÊN</div>
<h1 class="site-title font-weight-bold text-uppercase"><span class="site-name" title="Truy cập vào {SCHOOL}">{SCHOOL}</span></h1>
<div class="khau-hieu"><em>Kỷ cương – Tình thương – Trách nhiệm</em></div></div>
<form action="{SITE}/tim-kiem" class="form-inline search-nh" method="get"><input class="form-control" name="q" placeholder="Tìm kiếm..." type="text"><button class="btn btn-unstyled" type="submit" aria-label="Tìm kiếm"><svg class="lexicon-icon lexicon-icon-search"><use href="#search"></use></svg></button></form>
</div></div></div>
{_nav(active)}
</header>
<section class="container-fluid container-fluid-max-xl flex-fill" id="content">
{_breadcrumb(crumbs)}
<div class="{layout_class}" id="main-content" role="main"><div class="portlet-layout row">
{columns}
</div></div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Ẩn</button></form>
</section>
<footer id="footer" role="contentinfo"><div class="container-fluid container-fluid-max-xl footer-nh">
<div class="row"><div class="col-md-7"><p class="ft-ten"><strong>TRƯỜNG THPT NGUYỄN HUỆ – TP. TUY HÒA, PHÚ YÊN</strong></p>
<p>Địa chỉ: Số 31 Lê Trung Kiên, Phường 2, thành phố Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: (0257) 3 823 456 – Email: thptnguyenhue@phuyen.edu.vn</p>
<p>Chịu trách nhiệm nội dung: ThS. Võ Văn Hùng – Hiệu trưởng</p></div>
<div class="col-md-5 text-md-right"><p>© 2026 Bản quyền thuộc về {SCHOOL}</p>
<p class="powered-by">Được cung cấp bởi <a href="https://www.liferay.com" rel="external">Liferay</a></p></div></div>
</div></footer>
</div></div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('com_liferay_blogs_web_portlet_BlogsPortlet');
// ]]>
</script>
</body>
</html>"""
    return html(doc)


# --- entry views ----------------------------------------------------------------------------


def _metadata(story: Story, *, compact: bool = False) -> str:
    name, _img, _c = USERS[story.opts["user"]]
    minutes = _reading_minutes(story)
    modified = story.opts.get("modified")
    mod = (
        f'<div class="text-secondary small sua-doi">Sửa đổi lần cuối: {esc(modified)}</div>'
        if modified and not compact
        else ""
    )
    return (
        '<div class="autofit-row widget-metadata">'
        f'<div class="autofit-col inline-item-before">{_sticker(story.opts["user"], "" if compact else "sticker-lg")}</div>'
        '<div class="autofit-col autofit-col-expand"><div class="autofit-row"><div class="autofit-col autofit-col-expand">'
        f'<div class="text-truncate-inline"><span class="text-truncate username">{esc(name)}</span></div>'
        f'<div class="text-secondary">{vn_date(_shown(story))} <span class="hide-accessible">Ngày xuất bản</span> - '
        f'<span class="reading-time">{minutes} phút đọc</span></div>{mod}'
        "</div></div></div></div>"
    )


def _cover_html(story: Story) -> str:
    cover = _cover(story)
    if cover is None:
        return ""
    cap = (
        f'<div class="cover-image-caption"><small>{_t(story, cover.printed)}</small></div>'
        if cover.printed
        else ""
    )
    return (
        '<div class="container-fluid container-fluid-max-lg p-0"><div class="aspect-ratio aspect-ratio-bg-cover cover-image" '
        f'style="background-image: url({esc(cover.src)}); background-position: 50% 0%;"></div>{cap}</div>'
    )


def _detail_header(story: Story, *, title_link: bool = False) -> str:
    title = esc(story.title)
    if title_link:
        title = f'<a class="title-link" href="{esc(entry_path(story))}">{title}</a>'
    sub = ""
    if story.summary and story.sapo_outside:
        sub = f'<h4 class="sub-title">{_t(story, story.summary)}</h4>'
    return (
        '<div class="widget-mode-detail-header"><div class="autofit-row"><div class="autofit-col autofit-col-expand">'
        f'<h3 class="title">{title}</h3>{sub}</div></div>{_metadata(story)}</div>'
    )


def _content_div(story: Story) -> str:
    return (
        f'<div class="widget-content" id="{NS}ctvk_blogsEntryContent_{40400 + story.id}">'
        f"{render_content(story)}</div>"
    )


def _card(story: Story, label: str | None = None) -> str:
    """A card of the Blogs widget (card mode), also used by the entry navigation."""
    href = esc(entry_path(story))
    cover = _cover(story)
    thumb = ""
    if cover is not None:
        fid = _file_entry_id(cover.src)
        thumb = (
            f'<a href="{href}"><div class="aspect-ratio aspect-ratio-bg-cover card-item-first" '
            f'style="background-image: url(/o/adaptive-media/image/{fid}/Preview-1000x0/{_fname(cover.src)}?t=1764230400000)"></div></a>'
        )
    lab = f'<div class="text-uppercase small text-secondary entry-nav-label">{esc(label)}</div>' if label else ""
    return (
        f'<div class="card">{thumb}<div class="card-body widget-topbar">{lab}'
        f'<div class="autofit-row card-title"><div class="autofit-col autofit-col-expand">'
        f'<a class="title-link" href="{href}"><h3 class="title">{esc(story.title)}</h3></a></div></div>'
        f"{_metadata(story, compact=True)}"
        f'<div class="widget-content"><p>{esc(story.opts["desc"])}</p></div>'
        f'<a class="btn btn-link p-0 doc-them" href="{href}">Đọc thêm <span class="hide-accessible">về {esc(story.title)}</span></a>'
        "</div></div>"
    )


def _footer_widgets(story: Story) -> str:
    cat = story.cat
    tags = "".join(
        f'<span class="label label-lg label-secondary text-uppercase"><span class="label-item label-item-expand">{esc(t)}</span></span>'
        for t in story.opts.get("tags", [])
    )
    likes = (story.id * 7) % 23 + 3
    related = ""
    if story.opts.get("related"):
        items = "".join(
            f'<li class="list-group-item"><a href="{esc(entry_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>'
            for i in story.opts["related"]
        )
        related = f'<div class="asset-links mt-3"><h2 class="h5">Nội dung liên quan</h2><ul class="list-group">{items}</ul></div>'
    share = quote(base_share(story), safe="")
    return (
        '<div class="widget-footer"><div class="autofit-row"><div class="autofit-col autofit-col-expand">'
        f'<div class="entry-categories"><span class="taglib-asset-categories-summary">Chuyên mục: '
        f'<a class="label label-dark" href="{esc(_cat_url(cat))}">{esc(cat)}</a></span></div>'
        f'<div class="entry-tags mt-2">Thẻ: {tags}</div>'
        '</div></div><div class="autofit-row mt-3"><div class="autofit-col">'
        '<div class="ratings-thumbs" id="_com_liferay_ratings_taglib_ratingsThumbs"><span class="text-secondary mr-2">Bạn thấy bài viết này thế nào?</span>'
        f'<button class="btn btn-outline-borderless btn-outline-secondary btn-sm" disabled type="button" title="Bạn thích bài này">👍 {likes}</button>'
        '<button class="btn btn-outline-borderless btn-outline-secondary btn-sm" disabled type="button" title="Bạn không thích bài này">👎 0</button></div>'
        '</div><div class="autofit-col autofit-col-end"><div class="taglib-social-bookmarks">'
        f'<a class="btn btn-monospaced btn-sm" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" title="Facebook">f</a>'
        f'<a class="btn btn-monospaced btn-sm" href="https://twitter.com/intent/tweet?text={quote(story.title)}&amp;url={share}" target="_blank" title="X">x</a>'
        f'<a class="btn btn-monospaced btn-sm" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={share}" target="_blank" title="LinkedIn">in</a>'
        f"</div></div></div>{related}</div>"
    )


def base_share(story: Story) -> str:
    """What the bookmarks share: the short URL on the school's public host."""
    return f"https://thptnguyenhue.phuyen.edu.vn/b/{story.slug}"


def _entry_navigation(story: Story) -> str:
    idx = ORDERED.index(story)
    cols = []
    if idx + 1 < len(ORDERED):
        cols.append(f'<div class="col-lg-6">{_card(ORDERED[idx + 1], "Bài viết trước")}</div>')
    if idx > 0:
        cols.append(f'<div class="col-lg-6">{_card(ORDERED[idx - 1], "Bài viết tiếp")}</div>')
    return (
        '<div class="entry-navigation"><h2 class="h4"><strong>Thêm bài viết trên blog</strong></h2>'
        f'<div class="row widget-mode-card">{"".join(cols)}</div></div>'
    )


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    arts = []
    for n, (who, rel, abs_, msg) in enumerate(comments, 1):
        arts.append(
            f'<article class="lfr-discussion card-horizontal" id="_com_liferay_blogs_web_portlet_BlogsPortlet_messageScroll{41500 + story.id * 10 + n}">'
            '<div class="lfr-discussion-details"><span class="sticker sticker-circle sticker-light user-icon-color-0"><span class="inline-item">'
            f"{esc(who[0])}</span></span></div>"
            '<div class="lfr-discussion-body"><div class="autofit-row"><div class="autofit-col autofit-col-expand">'
            f'<div class="username text-truncate"><strong>{esc(who)}</strong></div>'
            f'<div class="lfr-discussion-message-date text-secondary small" title="{abs_}">{rel}</div></div></div>'
            f'<div class="lfr-discussion-message"><div class="message-content"><p>{esc(msg)}</p></div></div>'
            "</div></article>"
        )
    return (
        '<section class="blogs-comments mt-5" id="blogsCommentsPanelContainer">'
        f'<h2 class="h4"><strong>{len(comments)} Bình luận</strong></h2>'
        f'<div class="taglib-discussion" id="{NS}discussionContainer">{"".join(arts)}'
        '<div class="lfr-discussion-form-container"><p class="text-secondary">Vui lòng '
        '<a href="/c/portal/login?p_l_id=20123" data-redirect="false">đăng nhập</a> để bình luận.</p></div>'
        "</div></section>"
    )


def _entry_main(story: Story) -> str:
    inner = (
        '<div class="widget-mode-detail"><div class="container-fluid container-fluid-max-lg">'
        f'<div class="row"><div class="col-md-10 mx-auto">{_detail_header(story)}</div></div></div>'
        f"{_cover_html(story)}"
        '<div class="container-fluid container-fluid-max-lg"><div class="row"><div class="col-md-10 mx-auto widget-mode-detail-text">'
        f"{_content_div(story)}{_footer_widgets(story)}</div></div></div></div>"
        f"{_entry_navigation(story)}{_comments(story)}"
    )
    return _portlet("com_liferay_blogs_web_portlet_BlogsPortlet", "Tin tức - Sự kiện", inner)


def entry_page(request: Request, story: Story) -> Response:
    cover = _cover(story)
    crumbs = [("Trang chủ", START_PATH), ("Tin tức", f"{SITE}/tin-tuc"), (story.cat, _cat_url(story.cat)), (story.title, None)]
    return _page(
        request,
        f"{story.title} - Trang chủ",
        _entry_main(story),
        crumbs,
        "Thông báo" if story.cat == CAT_TB else "Tin tức",
        canonical=entry_path(story),
        description=story.opts["desc"],
        og_image=cover.src if cover else None,
    )


def display_page(request: Request, story: Story) -> Response:
    """``/b/<url-title>``: the blog entry's display page template, built from fragments."""
    name = USERS[story.opts["user"]][0]
    cover = _cover(story)
    sub = (
        f'<div class="component-text text-break mb-3" data-lfr-editable-id="subtitle" data-lfr-editable-type="text"><p class="lead">{_t(story, story.summary)}</p></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    img = ""
    if cover is not None:
        cap = f'<div class="component-text small text-secondary">{_t(story, cover.printed)}</div>' if cover.printed else ""
        img = (
            f'<div class="component-image overflow-hidden"><img alt="" class="overflow-hidden" data-lfr-editable-id="cover" src="{esc(cover.src)}"></div>{cap}'
        )
    main = (
        '<div class="lfr-layout-structure-item-container lfr-layout-structure-item-row">'
        '<div class="lfr-layout-structure-item-basic-component-heading">'
        f'<div class="component-heading text-break" data-lfr-editable-id="element-text"><h1 class="mb-2">{esc(story.title)}</h1></div></div>'
        f"{sub}"
        f'<div class="component-text text-secondary mb-3">{_slash_date(_shown(story))} | {esc(name)}</div>'
        f"{img}"
        f'<div class="component-html" data-lfr-editable-id="content" data-lfr-editable-type="rich-text">{render_content(story)}</div>'
        "</div>"
    )
    crumbs = [("Trang chủ", START_PATH), (story.title, None)]
    return _page(
        request,
        story.title,
        main,
        crumbs,
        "Tin tức",
        canonical=entry_path(story),
        description=story.opts["desc"],
        og_image=cover.src if cover else None,
        sidebar=False,
        layout_class="layout-display-page",
    )


# --- listings -------------------------------------------------------------------------------

DELTA = 4
AP_DELTA = 2


def list_url(cur: int, cat_id: int | None = None) -> str:
    q = []
    if cat_id:
        q.append(f"p_r_p_categoryId={cat_id}")
    q += [
        "p_p_id=com_liferay_blogs_web_portlet_BlogsPortlet",
        "p_p_lifecycle=0",
        f"{NS}delta={DELTA}",
        "p_r_p_resetCur=false",
        f"{NS}cur={cur}",
    ]
    return f"{SITE}/tin-tuc?" + "&".join(q)


def ap_url(cur: int) -> str:
    return (
        f"{SITE}/thong-bao?p_p_id={AP_ID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{AP_NS}delta={AP_DELTA}&p_r_p_resetCur=false&{AP_NS}cur={cur}"
    )


def _pagination(cur: int, pages: int, total: int, delta: int, url) -> str:
    first = (cur - 1) * delta + 1
    last = min(cur * delta, total)
    lis = []
    if cur > 1:
        lis.append(f'<li class="page-item"><a class="page-link" href="{esc(url(cur - 1))}"><span class="sr-only">Trước</span>«</a></li>')
    else:
        lis.append('<li class="page-item disabled"><a class="page-link" href="javascript:void(0);" tabindex="-1">«</a></li>')
    for n in range(1, pages + 1):
        if n == cur:
            lis.append(f'<li class="page-item active"><a class="page-link" aria-current="page" href="javascript:void(0);">{n}</a></li>')
        else:
            lis.append(f'<li class="page-item"><a class="page-link" href="{esc(url(n))}">{n}</a></li>')
    if cur < pages:
        lis.append(f'<li class="page-item"><a class="page-link" href="{esc(url(cur + 1))}"><span class="sr-only">Tiếp</span>»</a></li>')
    else:
        lis.append('<li class="page-item disabled"><a class="page-link" href="javascript:void(0);" tabindex="-1">»</a></li>')
    return (
        '<div class="pagination-bar"><div class="dropdown pagination-items-per-page">'
        f'<a class="dropdown-toggle page-link" href="javascript:void(0);" role="button">{delta} mục</a></div>'
        f'<div class="pagination-results">Hiển thị từ {first} đến {last} của {total} mục.</div>'
        f'<ul class="pagination pagination-root">{"".join(lis)}</ul></div>'
    )


def _int_param(params: dict[str, str], key: str, default: int) -> int:
    try:
        return max(1, int(params.get(key, default)))
    except ValueError:
        return default


def news_list(request: Request) -> Response:
    params = request.params
    cat_id = params.get("p_r_p_categoryId")
    cat = next((c for c, i in CAT_IDS.items() if str(i) == cat_id and c != CAT_TB), None)
    if cat_id and cat is None:
        return None
    entries = [s for s in ORDERED if cat is None or s.cat == cat]
    cur = _int_param(params, NS + "cur", 1)
    pages = max(1, -(-len(entries) // DELTA))
    if cur > pages:
        cur = pages
    shown = entries[(cur - 1) * DELTA : cur * DELTA]
    cards = "".join(f'<div class="col-lg-6 mb-4">{_card(s)}</div>' for s in shown)
    cid = CAT_IDS[cat] if cat else None
    nav = _pagination(cur, pages, len(entries), DELTA, lambda n: list_url(n, cid))
    head = f'<div class="nh-cat-head"><span>Chuyên mục:</span> <strong>{esc(cat)}</strong></div>' if cat else ""
    catnav = "".join(
        f'<li><a class="{"active " if c == cat else ""}nav-link" href="{esc(_cat_url(c))}">{esc(c)}</a></li>' for c in CAT_IDS
    )
    inner = (
        f'<ul class="nav nav-underline nh-cats">{catnav}</ul>{head}'
        f'<div class="widget-mode-card"><div class="row">{cards}</div></div>{nav}'
    )
    crumbs = [("Trang chủ", START_PATH), ("Tin tức", f"{SITE}/tin-tuc" if cat else None)]
    if cat:
        crumbs.append((cat, None))
    return _page(
        request,
        "Tin tức" + (f" - {cat}" if cat else ""),
        _portlet("com_liferay_blogs_web_portlet_BlogsPortlet", "Tin tức - Sự kiện", inner),
        crumbs,
        "Tin tức",
        canonical=f"{SITE}/tin-tuc",
    )


def notices_page(request: Request) -> Response:
    """The Asset Publisher in full-content style: whole notices, two a page."""
    entries = [s for s in ORDERED if s.cat == CAT_TB]
    cur = _int_param(request.params, AP_NS + "cur", 1)
    pages = max(1, -(-len(entries) // AP_DELTA))
    cur = min(cur, pages)
    blocks = []
    for s in entries[(cur - 1) * AP_DELTA : cur * AP_DELTA]:
        blocks.append(
            '<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">'
            f'<div class="d-flex"><h4 class="asset-title component-title"><span class="d-inline"><a href="{esc(entry_path(s))}">{esc(s.title)}</a></span></h4></div>'
            '<div class="asset-content mb-3"><div class="portlet-blogs"><div class="entry-body">'
            f"{render_content(s)}</div></div></div>"
            f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{_slash_date(_shown(s))}</span> '
            f'<span class="metadata-entry metadata-author">{esc(USERS[s.opts["user"]][0])}</span></div>'
            "</div>"
        )
    nav = _pagination(cur, pages, len(entries), AP_DELTA, ap_url)
    crumbs = [("Trang chủ", START_PATH), ("Thông báo", None)]
    return _page(
        request,
        "Thông báo",
        _portlet(AP_ID, "Thông báo", "".join(blocks) + nav),
        crumbs,
        "Thông báo",
        canonical=f"{SITE}/thong-bao",
    )


def home_page(request: Request) -> Response:
    cards = "".join(
        f'<div class="col-lg-6 mb-4">{_card(BY_ID[i]).replace(esc(entry_path(BY_ID[i])), "/b/" + BY_ID[i].slug)}</div>'
        for i in HOME_LATEST
    )
    latest = (
        f'<div class="widget-mode-card"><div class="row">{cards}</div></div>'
        f'<div class="text-center"><a class="btn btn-outline-primary btn-sm xem-them" href="{SITE}/tin-tuc">Xem thêm</a></div>'
    )
    notices = []
    for i in HOME_NOTICES:
        s = BY_ID[i]
        slug = s.opts.get("old_slug", s.slug)
        notices.append(
            f'<li class="list-group-item"><a href="{SITE}/-/blogs/{slug}">{esc(s.title)}</a> '
            f'<span class="text-secondary small">({_slash_date(_shown(s))[:5]})</span></li>'
        )
    banner = (
        '<div class="journal-content-article" data-analytics-asset-id="41002"><div class="carousel slide">'
        '<div class="carousel-item active"><img alt="Toàn cảnh Trường THPT Nguyễn Huệ" src="/documents/38201/41001/banner-truong.jpg/'
        + _uuid("banner-truong.jpg")
        + '?t=1756684800000" style="width:100%"><div class="carousel-caption">Chào mừng năm học mới 2026 – 2027</div></div></div></div>'
    )
    main = (
        _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_bnr1", None, banner)
        + _portlet("com_liferay_blogs_web_portlet_BlogsPortlet", "Tin mới nhất", latest)
        + _portlet(AP_ID.replace("tb9KxQ2mWn7R", "hm4TzP0aLq2c"), "Thông báo", f'<ul class="list-group">{"".join(notices)}</ul>'
                   f'<div class="text-right"><a href="{SITE}/thong-bao">Xem tất cả »</a></div>')
    )
    return _page(request, "Trang chủ", main, [("Trang chủ", None)], "Trang chủ", canonical=START_PATH)


# --- pages that are not articles ------------------------------------------------------------

DOC_VIEW = f"{SITE}/van-ban/-/document_library/zR7kLm2Pq9Xa/view_file/40588"
ALBUM = f"{SITE}/thu-vien-anh"
NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    f"{SITE}/w/cong-khai-nam-hoc-2026-2027",
    DOC_VIEW,
    ALBUM,
]

_KH_PDF = _doc(40512, "Ke+hoach+giao+duc+nha+truong+2026-2027.pdf", 1757030400000)
_QC_PDF = _doc(40512, "Quy+che+chi+tieu+noi+bo+2026.pdf", 1758240000000)


def _simple(request: Request, title: str, inner: str, active: str, crumbs=None) -> Response:
    crumbs = crumbs or [("Trang chủ", START_PATH), (title, None)]
    return _page(request, title, _portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_pg" + str(len(title)), None, inner), crumbs, active)


def intro_page(request: Request) -> Response:
    inner = (
        '<div class="journal-content-article"><h2 id="lich-su">Lịch sử phát triển</h2>'
        "<p>Trường THPT Nguyễn Huệ được thành lập năm 1988 trên cơ sở tách ra từ Trường cấp 3 Tuy Hòa, là một trong những trường trung học phổ thông có bề dày truyền thống của thành phố Tuy Hòa.</p>"
        "<p>Năm học 2026 – 2027, nhà trường có 36 lớp với 1.412 học sinh, 92 cán bộ, giáo viên, nhân viên; trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
        '<h2 id="co-cau">Cơ cấu tổ chức</h2><table class="table"><tr><td>Hiệu trưởng</td><td>ThS. Võ Văn Hùng</td></tr>'
        "<tr><td>Phó Hiệu trưởng</td><td>ThS. Nguyễn Thị Lan Anh</td></tr><tr><td>Phó Hiệu trưởng</td><td>Đặng Quốc Việt</td></tr></table></div>"
    )
    return _simple(request, "Giới thiệu", inner, "Giới thiệu")


def contact_page(request: Request) -> Response:
    inner = (
        '<div class="journal-content-article"><h2>Thông tin liên hệ</h2>'
        "<p>Trường THPT Nguyễn Huệ – Số 31 Lê Trung Kiên, Phường 2, thành phố Tuy Hòa, tỉnh Phú Yên.</p>"
        "<p>Điện thoại văn phòng: (0257) 3 823 456 – Email: thptnguyenhue@phuyen.edu.vn</p>"
        '<form action="' + esc(f"{SITE}/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lh1&p_p_lifecycle=1")
        + '" method="post"><input name="hoTen" placeholder="Họ và tên"><textarea name="noiDung"></textarea><button type="submit">Gửi</button></form></div>'
    )
    return _simple(request, "Liên hệ", inner, "Liên hệ")


def disclosure_page(request: Request) -> Response:
    inner = (
        '<div class="journal-content-article"><h2>Công khai năm học 2026 – 2027</h2>'
        "<p>Thực hiện Thông tư số 09/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định về công khai trong hoạt động của các cơ sở giáo dục, nhà trường công khai các nội dung sau:</p>"
        f'<ul><li><a href="{esc(_KH_PDF)}">Kế hoạch giáo dục nhà trường năm học 2026 – 2027</a></li>'
        f'<li><a href="{esc(_QC_PDF)}">Quy chế chi tiêu nội bộ năm 2026</a></li></ul></div>'
    )
    return _simple(request, "Công khai năm học 2026 – 2027", inner, "Giới thiệu")


def documents_page(request: Request) -> Response:
    rows = (
        f'<tr><td><a href="{DOC_VIEW}">Kế hoạch giáo dục nhà trường năm học 2026 – 2027</a></td><td>05/09/2026</td><td>1,2 MB</td></tr>'
        f'<tr><td><a href="{esc(_QC_PDF)}">Quy chế chi tiêu nội bộ năm 2026</a></td><td>19/09/2026</td><td>640 KB</td></tr>'
    )
    inner = (
        '<div class="lfr-search-container-wrapper"><table class="table table-autofit table-list">'
        f"<thead><tr><th>Tiêu đề</th><th>Ngày</th><th>Kích thước</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return _page(
        request,
        "Văn bản",
        _portlet("com_liferay_document_library_web_portlet_DLPortlet", "Văn bản", inner),
        [("Trang chủ", START_PATH), ("Văn bản", None)],
        "Văn bản",
    )


def doc_view_page(request: Request) -> Response:
    inner = (
        '<div class="sidenav-container"><div class="document-preview">'
        '<h2 class="h3">Ke hoach giao duc nha truong 2026-2027.pdf</h2>'
        '<div class="lfr-preview-file"><img alt="Xem trước" src="/documents/38201/40512/Ke+hoach+giao+duc+nha+truong+2026-2027.pdf/'
        + _uuid("Ke+hoach+giao+duc+nha+truong+2026-2027.pdf")
        + '?version=1.0&amp;previewFileIndex=1"></div>'
        '<dl><dt>Phiên bản</dt><dd>1.0</dd><dt>Kích thước</dt><dd>1,2 MB</dd><dt>Người tạo</dt><dd>Quản trị Website</dd>'
        "<dt>Ngày tạo</dt><dd>05/09/2026</dd></dl>"
        f'<a class="btn btn-primary" href="{esc(_KH_PDF)}&amp;download=true">Tải về (1,2 MB)</a></div></div>'
    )
    return _page(
        request,
        "Ke hoach giao duc nha truong 2026-2027.pdf",
        _portlet("com_liferay_document_library_web_portlet_DLPortlet", "Văn bản", inner),
        [("Trang chủ", START_PATH), ("Văn bản", f"{SITE}/van-ban"), ("Ke hoach giao duc nha truong 2026-2027.pdf", None)],
        "Văn bản",
    )


def album_page(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-md-4"><a class="image-link" href="{esc(_doc(41010, f"album-khai-giang-{n:02d}.jpg", 1757289600000))}">'
        f'<img alt="Lễ khai giảng năm học 2026 – 2027 ({n})" src="/o/adaptive-media/image/{41020 + n}/Thumbnail-300x300/album-khai-giang-{n:02d}.jpg?t=1757289600000"></a></div>'
        for n in range(1, 7)
    )
    inner = f'<h2 class="h3">Lễ khai giảng năm học 2026 – 2027</h2><div class="row image-gallery">{pics}</div>'
    return _page(
        request,
        "Thư viện ảnh",
        _portlet("com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_ig01", "Thư viện ảnh", inner),
        [("Trang chủ", START_PATH), ("Thư viện ảnh", None)],
        "Thư viện ảnh",
    )


def login_page(request: Request) -> Response:
    inner = (
        '<form action="/c/portal/login?p_l_id=20123" method="post"><label>Địa chỉ email<input name="login" type="text"></label>'
        '<label>Mật khẩu<input name="password" type="password"></label><button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
    )
    return _page(request, "Đăng nhập", _portlet("com_liferay_login_web_portlet_LoginPortlet", "Đăng nhập", inner), [("Trang chủ", START_PATH), ("Đăng nhập", None)], "", sidebar=False)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    inner = f'<p class="search-total-label">Không tìm thấy kết quả nào cho "{esc(q)}".</p>'
    return _page(request, "Tìm kiếm", _portlet("com_liferay_portal_search_web_portlet_SearchPortlet", "Tìm kiếm", inner), [("Trang chủ", START_PATH), ("Tìm kiếm", None)], "", sidebar=False)


# --- the site -------------------------------------------------------------------------------

_IMG_EXT = (".jpg", ".jpeg", ".png", ".gif")


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", SITE, SITE + "/"):
            return redirect(START_PATH, 302)
        if path.startswith("/documents/"):
            return self._document(path)
        if path.startswith("/image/"):
            return static_file("x.gif")
        if path.startswith("/o/"):
            return static_file(path)
        if path == START_PATH:
            return home_page(request)
        if path == f"{SITE}/tin-tuc":
            return news_list(request)
        if path == f"{SITE}/thong-bao":
            return notices_page(request)
        prefix = f"{SITE}/-/blogs/"
        if path.startswith(prefix):
            slug = path[len(prefix) :]
            if slug in BY_SLUG:
                return entry_page(request, BY_SLUG[slug])
            if slug in OLD_SLUGS:
                return redirect(entry_path(OLD_SLUGS[slug]), 301)
            return None
        if path.startswith("/b/") and path[3:] in BY_SLUG:
            return display_page(request, BY_SLUG[path[3:]])
        pages = {
            f"{SITE}/gioi-thieu": intro_page,
            f"{SITE}/lien-he": contact_page,
            f"{SITE}/w/cong-khai-nam-hoc-2026-2027": disclosure_page,
            f"{SITE}/van-ban": documents_page,
            DOC_VIEW: doc_view_page,
            ALBUM: album_page,
            "/c/portal/login": login_page,
            f"{SITE}/tim-kiem": search_page,
        }
        handler = pages.get(path)
        return handler(request) if handler else None

    @staticmethod
    def _document(path: str) -> Response | None:
        parts = path.split("/")
        names = [p.lower() for p in parts if "." in p]
        if not names:
            return None
        name = names[-1]
        if name.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if name.endswith(_IMG_EXT):
            return static_file(name)
        return None


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/b/{story.slug}"]
    if story.id in MOST_READ:
        alts.append(entry_path(story) + REDIRECT_Q)
    if story.opts.get("old_slug"):
        alts.append(f"{SITE}/-/blogs/{story.opts['old_slug']}")
    return alts


GOLD = [
    gold_record(story, entry_path(story), story.cat, canonical_path=entry_path(story), alt_paths=_alt_paths(story))
    for story in STORIES
]

assert len(GOLD) == 13
assert all(unicodedata.is_normalized("NFC", s.title) for s in STORIES)
