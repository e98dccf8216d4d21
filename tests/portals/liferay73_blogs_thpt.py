"""Liferay Portal CE 7.3 (Blogs portlet) of Trường THPT Chuyên Lương Văn Tụy, tỉnh Ninh Bình.

Platform: Liferay Portal CE 7.3 GA, site ``/web/thpt-luongvantuy`` (no virtual host), the classic
theme re-skinned by the province's IT centre ("lvt-ninhbinh-theme": a top bar with the day, a
logo banner, a menu whose "Tin tức" drop-down lists the blog's asset categories, a right column
with notices, links, a poll and a visitor counter). News are **blog entries** of the Blogs
portlet on the page ``/tin-tuc`` (not web-content articles).

URL scheme
- ``/`` -> 302 to ``/web/thpt-luongvantuy`` (the site's home page, also ``/web/thpt-luongvantuy/trang-chu``).
- ``/web/thpt-luongvantuy/tin-tuc`` blog listing (abstract view, 5 per page), pages
  ``/web/thpt-luongvantuy/tin-tuc?p_p_id=com_liferay_blogs_web_portlet_BlogsPortlet&p_p_lifecycle=0
  &p_p_state=normal&p_p_mode=view&_com_liferay_blogs_web_portlet_BlogsPortlet_cur=<N>
  &_com_liferay_blogs_web_portlet_BlogsPortlet_delta=5`` (N = 1..3).
- ``/web/thpt-luongvantuy/tin-tuc/-/categories/<categoryId>`` the same portlet filtered by an
  asset category (with the same ``_cur`` pagination appended), four categories.
- ``/web/thpt-luongvantuy/tin-tuc/-/blogs/<urlTitle>`` one entry (the canonical form);
  ``…?_com_liferay_blogs_web_portlet_BlogsPortlet_redirect=<listing URL>`` the listing's
  "Đọc thêm" link to the same entry.
- ``/web/thpt-luongvantuy/trang-chu/-/asset_publisher/Xk9pLmQ2rT7a/blog/<urlTitle>?…redirect=…``
  the home page's Asset Publisher showing the same entry in full (other markup, canonical link
  to the blogs URL).
- ``/o/blogs/rss?p_l_id=35118&groupId=35001`` the blog's RSS 2.0 feed (linked "Đăng ký RSS").
- ``/documents/35001/<folderId>/<fileName>/<uuid>?t=<ms>`` Documents and Media files (images
  and PDFs; the path ends in a uuid, not an extension); ``/image/…`` portraits and logo.
- Site pages: ``gioi-thieu``, ``lien-he``, ``doi-ngu``, ``thu-vien-anh``, ``van-ban`` and a
  document entry ``van-ban/-/document_library/Pq4XzV1bTn8e/view_file/40501``; a search page
  ``tim-kiem`` reached only by the header's GET form.

Page templates: home (Asset Publisher "Tin mới" with 4 abstracts + a titles-only "Thông báo"
publisher), blog listing (abstract cards: title, user, relative date, cover thumbnail,
abstract, "Đọc thêm"), category listing (listing plus an info box naming the category), entry
detail (portlet title "Tin tức", ``<h3 class="title">``, optional ``<h4 class="sub-title">``,
user sticker + date line, cover image, content, categories/tags, ratings, share, related
assets, comments), Asset Publisher full view, web-content pages, D&M pages.

How each gold article is reached: every entry is on the blog listing (pages 1-3, newest first)
and on its category listing; 2, 13 and 7 only on page 3 of the blog listing, 7 also only on
page 2 of "Tin hoạt động"; the 4 newest are also linked from the home page through the Asset
Publisher (duplicate URLs) and "Thông báo" entries from the home's notice list.

Traps
1. The headline is an ``<h3 class="title">`` deep in the portlet; the page's heading is the
   hidden ``<h2>`` "Tin tức - Trường …", the portlet prints ``<h2 class="portlet-title-text">Tin
   tức</h2>`` above the entry and the ``<title>`` is "<headline> - Tin tức - Trường …".
   Gold: title = the ``h3`` text.
2. The entry's date is printed only as the JDK/CLDR medium Vietnamese date with the reading time
   glued on: "3 thg 12, 2026 - 4 phút đọc" (month as "thg 12", day without zero, no time).
   Gold: the day alone "2026-12-03".
3. The listings print only a relative date ("Cách đây 2 ngày"); comments print day-times in
   two-digit-year short form ("04/12/26 08:15") and "Cách đây …": never the entry's date.
4. The RSS feed gives every entry a time in GMT: an entry posted 06:45 on 02/12 (+07) is
   "Tue, 01 Dec 2026 23:45:00 GMT" there, the previous day. Gold: the page prints only the day,
   so the day alone, the local one ("2026-12-02").
5. The byline next to the date is the Liferay *account* that posted the entry, with an
   initials sticker ("TT", "QV") just before it: "Test Test" (the bundle's default admin) and
   "Quản Trị Viên" are accounts -> nobody; a personal account ("Vũ Đức Thắng") with no
   signature in the text is the author. A signature in the text ("Tin, ảnh: …", a unit
   right-aligned, "ThS. … - Tổ trưởng …") gives the authors instead.
6. Cover image: printed as a CSS ``background-image`` on a ``div.cover-image`` above the text
   (no ``<img>``), its caption in a separate ``div.cover-image-caption`` outside the content.
   Gold: the cover image is the article's first image, with that caption (None if no caption).
7. The subtitle ``<h4 class="sub-title">`` under the headline is the entry's sapo (its own
   element, outside the content): summary and the body's first paragraph. The listing's
   abstract (the entry's "description", truncated with "...") is no sapo.
8. Two different entries share the headline "Sinh hoạt chuyên đề tổ Toán" (October and
   November): Liferay made their urlTitles ``sinh-hoat-chuyen-de-to-toan`` and ``…-toan-1``.
   Both are gold articles; deduplicating by title loses one.
9. One urlTitle kept its Vietnamese letters (``/-/blogs/hội-thi-…`` printed percent-encoded,
   upper-case hex); the server answers the decoded and lower-case-hex forms too. Gold path: the
   form linked.
10. Duplicates: the listing's "Đọc thêm" link adds ``_…_redirect=<listing URL>``; the home
    page's Asset Publisher links ``/trang-chu/-/asset_publisher/<id>/blog/<urlTitle>?…`` which
    shows the same entry in the Asset Publisher's own markup (``p.component-title`` headline,
    date "Ngày đăng: …"). Both carry ``<link rel="canonical">`` to the blogs URL; they are
    ``alt_paths``.
11. Image URLs end in a uuid with a ``?t=<ms>`` cache-buster (no file extension), and the
    listing shows the cover with ``&imageThumbnail=1``. Gold: the content's path with ``?t=``.
12. Captions in three editor forms: an italic centred ``<p>`` after the image's ``<p>``, CKEditor
    image2 ``<figure><figcaption>``, and a two-row table (image row, caption row); a closing
    "Ảnh: X" line only credits a photographer.
13. Chrome that looks like content: "Nội dung liên quan" (related assets with another entry's
    title and abstract), the comments block (names, text), the ratings "Xếp hạng trung bình",
    the share bar, the portlet title, the notice list and "Bài viết mới" on the right.
14. Category: Liferay's breadcrumb prints the page ("… › Tin tức › <headline>"); the section is
    the asset category printed as a label under the text ("Chuyên mục: Tin hoạt động") and in
    the menu drop-down. Gold: that category.
15. An official notice posted as an entry (letterhead table, "Số: …", "Ninh Bình, ngày 28 tháng
    11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer) whose Liferay display date is
    two days later ("30 thg 11, 2026"). Gold: the letterhead's day, the signer as author.
16. Word paste (``MsoNormal`` spans, ``mso-list:Ignore`` bullets inside ``<![if !supportLists]>``),
    a ``<br>``-split paragraph, a results table, a footnote call "[1]" with its references,
    a "Tải về:" attachment line and a "Xem thêm:" line.
17. Every listing page (``_cur=2``, ``_cur=3``, a category's page 2) prints ``<link rel="canonical">``
    to the page's bare friendly URL, as Liferay drops portlet parameters from canonicals: a crawler
    that folds pages by canonical never sees pages 2-3, where entries 2, 13 and 7 are. A
    single-page category prints no page links at all.

Gold decisions on ambiguous points
- ``published_at`` is the day printed on the entry page (Liferay prints no time); the RSS
  feed's times are not used. The notice (entry 4) takes its letterhead's day.
- ``category`` is the asset category ("Tin hoạt động", "Hoạt động chuyên môn", "Thi đua - Khen
  thưởng", "Thông báo"), not the breadcrumb's "Tin tức".
- The posting account is an author only when it is a person's name and the text carries no
  signature; "Test Test" / "Quản Trị Viên" are nobody.
- The cover image is an article image (first), though printed as a CSS background.
- "Tài liệu tham khảo" and its entries are body text; the signature line is not.
- Tags (labels under the text) and the category label are not body.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay73_blogs_thpt"
PLATFORM = "Liferay Portal CE 7.3 (Blogs portlet, classic theme customised by the IT centre)"
START_PATH = "/"

SITE = "/web/thpt-luongvantuy"
BLOG = SITE + "/tin-tuc"
HOME = SITE + "/trang-chu"
PID = "com_liferay_blogs_web_portlet_BlogsPortlet"
NS = f"_{PID}_"
AP_ID = "Xk9pLmQ2rT7a"
APNS = f"_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_ID}_"
SCHOOL = "Trường THPT Chuyên Lương Văn Tụy"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TODAY_DATE = date(2026, 12, 5)
DELTA = 5
RSS_PATH = "/o/blogs/rss"
RSS = RSS_PATH + "?p_l_id=35118&groupId=35001"

CATS = {
    35101: "Tin hoạt động",
    35102: "Hoạt động chuyên môn",
    35103: "Thi đua - Khen thưởng",
    35104: "Thông báo",
}
ACCOUNTS = {
    "test": ("Test Test", "TT", 3),
    "qtv": ("Quản Trị Viên", "QV", 5),
    "thang": ("Vũ Đức Thắng", "VT", 2),
    "lan": ("Đinh Thị Lan", "ĐL", 4),
    "ha": ("Phạm Thu Hà", "PH", 1),
}


def doc(folder: int, name: str, uuid: str, t: int) -> str:
    """A Documents and Media URL as Liferay 7.3 prints it."""
    return f"/documents/35001/{folder}/{name}/{uuid}?t={t}"


def sig(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def sig_em(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em>{esc(line)}</em></p>')


# --- the 13 entries -------------------------------------------------------------------------

S1 = Story(
    1, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", "Tin hoạt động", "2026-11-20",
    [
        Img(doc(40210, "le-20-11-bia.jpg", "3f9c2a1e-7b4d-4c7e-9a51-0c2d8e6f1a01", 1763600400000),
            "Thầy Hiệu trưởng Đỗ Văn Khanh phát biểu tại buổi lễ",
            "Thầy Hiệu trưởng Đỗ Văn Khanh phát biểu tại buổi lễ", "cover"),
        P("Sáng ngày 20/11/2026, Trường THPT Chuyên Lương Văn Tụy long trọng tổ chức Lễ kỷ niệm 44 năm "
          "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."),
        P("Về dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT Ninh Bình, các thầy cô giáo nguyên là cán bộ, "
          "giáo viên của nhà trường qua các thời kỳ, Ban đại diện cha mẹ học sinh cùng toàn thể học sinh."),
        Img(doc(40210, "le-20-11-van-nghe.jpg", "7a1b2c3d-0e4f-4a5b-8c6d-1e2f3a4b5c6d", 1763600460000),
            "(Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh)",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh", "p-em"),
        P("Phát biểu tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống vẻ vang của ngành Giáo dục và "
          "những thành tích nổi bật của nhà trường trong năm học 2025-2026, đặc biệt là 42 giải học "
          "sinh giỏi quốc gia."),
        P("Nhân dịp này, nhà trường trao Giấy khen cho 18 tập thể và 35 cá nhân có thành tích xuất sắc "
          "trong phong trào thi đua chào mừng ngày 20/11."),
        Img(doc(40210, "le-20-11-khen-thuong.jpg", "9d8c7b6a-5f4e-4d3c-8b2a-19f0e1d2c3b4", 1763600520000),
            "Trao Giấy khen cho các tập thể xuất sắc", "Trao Giấy khen cho các tập thể xuất sắc", "p-em"),
        sig("Tin, ảnh: Phạm Thu Hà"),
    ],
    authors=["Phạm Thu Hà"], photographers=["Phạm Thu Hà"],
    opts={"account": "test", "time": "10:05", "tags": ["20-11", "nhà giáo"], "comments": True,
          "related": 8, "desc": "Sáng ngày 20/11/2026, Trường THPT Chuyên Lương Văn Tụy long trọng tổ chức "
          "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam..."},
)

S2 = Story(
    2, "sinh-hoat-chuyen-de-to-toan", "Sinh hoạt chuyên đề tổ Toán", "Hoạt động chuyên môn", "2026-10-16",
    [
        P("Chiều ngày 16/10/2026, tổ Toán - Tin tổ chức buổi sinh hoạt chuyên đề “Dạy học phát triển "
          "năng lực giải quyết vấn đề qua các bài toán thực tế” cho học sinh lớp 10."),
        Img(doc(40215, "chuyen-de-toan-10.jpg", "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", 1760601600000)),
        P("Thầy Nguyễn Quốc Bảo trình bày tiết dạy minh họa bài “Hàm số bậc hai” với các hoạt động "
          "nhóm gắn với bài toán thiết kế cổng parabol của trường."),
        P("Các giáo viên trong tổ đã góp ý, thống nhất cách tổ chức hoạt động khởi động và đánh giá "
          "học sinh theo phiếu học tập."),
    ],
    authors=["Vũ Đức Thắng"],
    opts={"account": "thang", "time": "16:40", "tags": ["chuyên đề", "toán"],
          "desc": "Chiều ngày 16/10/2026, tổ Toán - Tin tổ chức buổi sinh hoạt chuyên đề..."},
)

S3 = Story(
    3, "sinh-hoat-chuyen-de-to-toan-1", "Sinh hoạt chuyên đề tổ Toán", "Hoạt động chuyên môn", "2026-11-13",
    [
        P("Ngày 13/11/2026, tổ Toán - Tin tiếp tục sinh hoạt chuyên đề lần thứ hai với nội dung bồi "
          "dưỡng học sinh giỏi phần tổ hợp và xác suất."),
        Img(doc(40215, "chuyen-de-toan-12.jpg", "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9", 1763013600000),
            "Cô Lê Thị Minh Nguyệt chia sẻ kinh nghiệm bồi dưỡng đội tuyển",
            "Cô Lê Thị Minh Nguyệt chia sẻ kinh nghiệm bồi dưỡng đội tuyển", "table"),
        P("Cô Lê Thị Minh Nguyệt chia sẻ hệ thống bài tập theo chủ đề, cách xây dựng ngân hàng đề và "
          "kinh nghiệm luyện giải đề cho đội tuyển quốc gia."),
        P("Buổi sinh hoạt giúp giáo viên trẻ trong tổ tiếp cận phương pháp bồi dưỡng chuyên sâu, "
          "chuẩn bị cho kỳ thi chọn học sinh giỏi quốc gia năm 2027."),
    ],
    authors=["Vũ Đức Thắng"],
    summary="Chuyên đề lần thứ hai của năm học tập trung vào bồi dưỡng đội tuyển học sinh giỏi quốc gia môn Toán.",
    sapo_outside=True,
    opts={"account": "thang", "time": "15:10", "tags": ["chuyên đề", "học sinh giỏi"],
          "desc": "Ngày 13/11/2026, tổ Toán - Tin tiếp tục sinh hoạt chuyên đề lần thứ hai..."},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="text-align:center; width:40%"><span style="font-size:13px">SỞ GD&amp;ĐT NINH BÌNH</span><br />'
    "<strong>TRƯỜNG THPT CHUYÊN<br />LƯƠNG VĂN TỤY</strong><br />Số: 215/TB-LVT</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><br />"
    "<em>Ninh Bình, ngày 28 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc đăng ký dự thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027</strong></p>"
)
_NOI_NHAN = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các tổ chuyên môn;<br />- GVCN khối 12;<br />- Lưu: VT.</td>"
    '<td style="text-align:center; vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong>'
    "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Hồng Vân</strong></td></tr></tbody></table>"
)

S4 = Story(
    4, "thong-bao-ve-viec-dang-ky-du-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    "Thông báo về việc đăng ký dự thi chọn học sinh giỏi cấp tỉnh lớp 12", "Thông báo", "2026-11-28",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Công văn số 1876/SGDĐT-QLCL ngày 20/11/2026 của Sở GD&ĐT Ninh Bình về việc tổ chức kỳ "
          "thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027;"),
        P("Nhà trường thông báo tới các tổ chuyên môn và giáo viên chủ nhiệm khối 12 như sau:"),
        P("1. Đối tượng: học sinh lớp 12 có kết quả học tập học kỳ I đạt loại Khá trở lên, tự nguyện "
          "đăng ký dự thi.", "b"),
        P("2. Thời hạn đăng ký: các tổ chuyên môn tổng hợp danh sách gửi về Phòng Đào tạo trước 16 giờ 00 "
          "ngày 08/12/2026.", "b"),
        P("3. Thời gian thi dự kiến: ngày 15 và 16/01/2027 tại Hội đồng thi Trường THPT Chuyên Lương Văn Tụy.", "b"),
        P("Đề nghị các tổ chuyên môn, giáo viên chủ nhiệm triển khai thực hiện nghiêm túc./."),
        Raw(_NOI_NHAN),
    ],
    authors=["Nguyễn Thị Hồng Vân"],
    opts={"account": "qtv", "display": date(2026, 11, 30), "time": "07:30", "tags": ["học sinh giỏi"],
          "desc": "Thông báo về việc đăng ký dự thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027"},
)

S5 = Story(
    5, "ket-qua-ky-thi-chon-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia-nam-2027",
    "Kết quả kỳ thi chọn đội tuyển dự thi học sinh giỏi quốc gia năm 2027", "Thi đua - Khen thưởng",
    "2026-10-28",
    [
        P("Từ ngày 22 đến ngày 24/10/2026, Sở GD&ĐT Ninh Bình tổ chức kỳ thi chọn đội tuyển dự thi chọn "
          "học sinh giỏi quốc gia THPT năm 2027."),
        P("Trường THPT Chuyên Lương Văn Tụy có 68 học sinh được chọn vào đội tuyển của tỉnh, cụ thể như sau:"),
        P("Môn | Số học sinh dự thi | Số học sinh được chọn", "tr"),
        P("Toán | 12 | 8", "tr"),
        P("Ngữ văn | 10 | 7", "tr"),
        P("Tiếng Anh | 14 | 9", "tr"),
        P("Vật lí | 11 | 8", "tr"),
        P("Các em trong đội tuyển sẽ tập trung ôn luyện tại trường từ ngày 02/11/2026."),
        sig("Tổ Văn phòng"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"account": "qtv", "time": "09:00", "tags": ["học sinh giỏi", "đội tuyển"],
          "desc": "Trường THPT Chuyên Lương Văn Tụy có 68 học sinh được chọn vào đội tuyển của tỉnh..."},
)

S6 = Story(
    6, "hội-thi-trạng-nguyên-tiếng-anh-cấp-trường",
    "Hội thi “Trạng nguyên Tiếng Anh” cấp trường năm học 2026-2027", "Tin hoạt động", "2026-12-02",
    [
        P("Ngày 01/12/2026, Đoàn trường phối hợp với tổ Ngoại ngữ tổ chức vòng chung kết Hội thi "
          "“Trạng nguyên Tiếng Anh” dành cho học sinh khối 10 và 11."),
        Img(doc(40220, "trang-nguyen-tieng-anh.jpg", "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e", 1764632700000),
            "Các đội thi tại vòng chung kết", "Các đội thi tại vòng chung kết", "p-em"),
        P("Sáu đội thi xuất sắc nhất bước vào ba phần thi: Chào hỏi, Tăng tốc và Về đích với nhiều câu "
          "hỏi về văn hóa các nước nói tiếng Anh."),
        P("Kết quả, đội lớp 11 Anh 1 giành giải Nhất, đội lớp 10 Anh giành giải Nhì."),
        sig_em("Ảnh: Lê Minh Tuấn"),
    ],
    authors=["Đinh Thị Lan"], photographers=["Lê Minh Tuấn"],
    opts={"account": "lan", "time": "06:45", "tags": ["hội thi", "tiếng anh"], "comments": True,
          "desc": "Ngày 01/12/2026, Đoàn trường phối hợp với tổ Ngoại ngữ tổ chức vòng chung kết..."},
)

S7 = Story(
    7, "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026", "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    "Tin hoạt động", "2026-10-05",
    [
        P("Tuần lễ hưởng ứng học tập suốt đời năm 2026 được tổ chức từ ngày 01/10 đến ngày 07/10/2026 "
          "với chủ đề “Học tập suốt đời trong kỷ nguyên số”."),
        P("Theo kế hoạch của Sở GD&ĐT, các nhà trường tổ chức các hoạt động đọc sách, giới thiệu sách "
          "và khai thác học liệu số cho học sinh."),
        P("Tại Trường THPT Chuyên Lương Văn Tụy, thư viện nhà trường mở cửa cả buổi trưa và trưng bày "
          "hơn 500 đầu sách mới."),
        sig_em("Nguồn: Sở GD&ĐT Ninh Bình"),
    ],
    source="Sở GD&ĐT Ninh Bình",
    opts={"account": "test", "time": "08:15", "tags": ["học tập suốt đời"],
          "desc": "Tuần lễ hưởng ứng học tập suốt đời năm 2026 được tổ chức từ ngày 01/10..."},
)

S8 = Story(
    8, "chi-doan-11-van-gianh-giai-nhat-hoi-dien-van-nghe-chao-mung-20-11",
    "Chi đoàn 11 Văn giành giải Nhất hội diễn văn nghệ chào mừng 20/11", "Thi đua - Khen thưởng",
    "2026-11-22",
    [
        P("Tối ngày 18/11/2026, Đoàn trường tổ chức hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam "
          "với sự tham gia của 27 chi đoàn."),
        Img(doc(40225, "hoi-dien-11-van.jpg", "5e6f7a8b-9c0d-4e1f-b2a3-c4d5e6f7a8b0", 1763784000000),
            "Tiết mục “Về quê” của chi đoàn 11 Văn", "Tiết mục “Về quê” của chi đoàn 11 Văn", "figure"),
        P("Với tiết mục múa hát “Về quê” dàn dựng công phu, chi đoàn 11 Văn đã xuất sắc giành giải Nhất."),
        Img(doc(40225, "hoi-dien-trao-giai.jpg", "6f7a8b9c-0d1e-4f2a-83b4-d5e6f7a8b9c1", 1763784060000),
            "Ban tổ chức trao giải cho các chi đoàn", "Ban tổ chức trao giải cho các chi đoàn", "figure"),
        P("Giải Nhì thuộc về chi đoàn 12 Sử, giải Ba thuộc về các chi đoàn 10 Tin và 11 Hóa."),
        sig("Tin: Hoàng Văn Nam - Ảnh: Bùi Thị Ngọc"),
    ],
    authors=["Hoàng Văn Nam"], photographers=["Bùi Thị Ngọc"],
    opts={"account": "test", "time": "20:30", "tags": ["văn nghệ", "đoàn trường"],
          "desc": "Tối ngày 18/11/2026, Đoàn trường tổ chức hội diễn văn nghệ chào mừng..."},
)

S9 = Story(
    9, "hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
    "Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
    "Hoạt động chuyên môn", "2026-11-06",
    [
        P("Ngày 05/11/2026, tổ Ngữ văn tổ chức hội thảo chuyên môn về đổi mới phương pháp dạy học đọc "
          "hiểu theo định hướng phát triển năng lực người học.[1]", "mso"),
        P("Hội thảo tập trung vào ba nội dung chính:", "mso"),
        P("Dạy học đọc hiểu văn bản theo đặc trưng thể loại;", "msolist"),
        P("Thiết kế câu hỏi phát triển tư duy phản biện;", "msolist"),
        P("Đánh giá năng lực đọc bằng đề kiểm tra sử dụng ngữ liệu mới ngoài sách giáo khoa.", "msolist"),
        P("Các tham luận đều nhấn mạnh vai trò của học sinh là chủ thể của hoạt động đọc.", "mso"),
        P("Tài liệu tham khảo", "b"),
        P("[1] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông môn Ngữ văn, Hà Nội."),
        P("[2] Đỗ Ngọc Thống (2022), Dạy học đọc hiểu theo thể loại, NXB Giáo dục Việt Nam."),
        sig("ThS. Trần Thị Thu Hương - Tổ trưởng tổ Ngữ văn"),
    ],
    authors=["Trần Thị Thu Hương"],
    opts={"account": "qtv", "time": "14:00", "tags": ["ngữ văn", "GDPT 2018"],
          "desc": "Ngày 05/11/2026, tổ Ngữ văn tổ chức hội thảo chuyên môn về đổi mới phương pháp..."},
)

S10 = Story(
    10, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027", "Thông báo", "2026-12-04",
    [
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 đối với các khối lớp như sau:"),
        P("Khối 12: từ ngày 21/12 đến ngày 24/12/2026;", "li"),
        P("Khối 11: từ ngày 22/12 đến ngày 25/12/2026;", "li"),
        P("Khối 10: từ ngày 23/12 đến ngày 26/12/2026.", "li"),
        P("Giáo viên chủ nhiệm phổ biến lịch kiểm tra tới học sinh và cha mẹ học sinh."),
        Raw('<p><a href="' + esc(doc(40300, "Lich-kiem-tra-HKI-2026-2027.pdf",
                                     "a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d", 1764836400000))
            + '">Tải về: Lich-kiem-tra-HKI-2026-2027.pdf</a></p>'),
        sig("Ban Giám hiệu"),
    ],
    authors=["Ban Giám hiệu"],
    opts={"account": "qtv", "time": "15:20", "tags": ["kiểm tra", "học kỳ I"],
          "desc": "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027..."},
)

S11 = Story(
    11, "hoc-sinh-truong-chuyen-luong-van-tuy-tham-gia-ngay-hoi-stem-tinh-ninh-binh",
    "Học sinh trường Chuyên Lương Văn Tụy tham gia Ngày hội STEM tỉnh Ninh Bình", "Tin hoạt động",
    "2026-11-27",
    [
        P("Với 6 sản phẩm nghiên cứu khoa học kỹ thuật, học sinh nhà trường đã để lại nhiều ấn tượng tại "
          "Ngày hội STEM tỉnh Ninh Bình năm 2026.", "b"),
        P("Ngày hội do Sở GD&ĐT Ninh Bình tổ chức ngày 26/11/2026 tại Nhà văn hóa trung tâm tỉnh với sự "
          "tham gia của hơn 80 gian trưng bày."),
        Img(doc(40230, "stem-gian-trung-bay.jpg", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", 1764212400000),
            "Gian trưng bày của Trường THPT Chuyên Lương Văn Tụy",
            "Gian trưng bày của Trường THPT Chuyên Lương Văn Tụy", "table"),
        P("Sản phẩm “Hệ thống tưới tiêu thông minh cho cây lúa” của nhóm học sinh lớp 11 Lý được Ban tổ "
          "chức đánh giá cao về tính ứng dụng."),
        Img(doc(40230, "stem-robot.jpg", "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", 1764212460000),
            "Học sinh lớp 10 Tin giới thiệu robot phân loại rác",
            "Học sinh lớp 10 Tin giới thiệu robot phân loại rác", "table"),
        P("Các em cũng tham gia giao lưu, trải nghiệm lập trình và thực tế ảo cùng học sinh các trường bạn."),
        Raw(f'<p><em>Xem thêm: <a href="{BLOG}/-/blogs/{quote(S6.slug)}">Hội thi “Trạng nguyên Tiếng Anh” '
            "cấp trường năm học 2026-2027</a></em></p>"),
    ],
    authors=["Đinh Thị Lan"],
    summary="Với 6 sản phẩm nghiên cứu khoa học kỹ thuật, học sinh nhà trường đã để lại nhiều ấn tượng tại "
    "Ngày hội STEM tỉnh Ninh Bình năm 2026.",
    opts={"account": "lan", "time": "17:05", "tags": ["STEM"], "related": 6,
          "desc": "Với 6 sản phẩm nghiên cứu khoa học kỹ thuật, học sinh nhà trường đã để lại nhiều ấn tượng..."},
)

S12 = Story(
    12, "trao-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
    "Trao học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn", "Tin hoạt động",
    "2026-10-21",
    [
        Img(doc(40235, "hoc-bong-tiep-buoc.jpg", "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f", 1761037200000),
            None, None, "cover"),
        P("Ngày 20/10/2026, Quỹ Khuyến học tỉnh Ninh Bình phối hợp với nhà trường trao 25 suất học bổng "
          "“Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."),
        P("Mỗi suất học bổng trị giá 3 triệu đồng cùng bộ sách giáo khoa và đồ dùng học tập."),
        P("Đây là năm thứ năm liên tiếp chương trình được tổ chức tại trường."),
        sig_em("Theo Báo Ninh Bình"),
    ],
    source="Báo Ninh Bình",
    opts={"account": "test", "time": "11:00", "tags": ["học bổng"],
          "desc": "Ngày 20/10/2026, Quỹ Khuyến học tỉnh Ninh Bình phối hợp với nhà trường trao 25 suất..."},
)

S13 = Story(
    13, "to-chuc-hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Tổ chức Hội nghị viên chức, người lao động năm học 2026-2027", "Tin hoạt động", "2026-10-09",
    [
        P("Chiều ngày 08/10/2026, Trường THPT Chuyên Lương Văn Tụy tổ chức Hội nghị viên chức, người lao "
          "động năm học 2026-2027."),
        P("Hội nghị đã thông qua các báo cáo:"),
        P("- Báo cáo tổng kết năm học 2025-2026 và phương hướng nhiệm vụ năm học 2026-2027;", "br"),
        P("- Báo cáo công khai tài chính;", "br"),
        P("- Quy chế chi tiêu nội bộ sửa đổi.", "br"),
        P("Hội nghị cũng bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 5 đồng chí."),
    ],
    authors=["Phạm Thu Hà"],
    summary="Hội nghị là dịp để viên chức, người lao động đóng góp ý kiến xây dựng nhà trường.",
    sapo_outside=True,
    opts={"account": "ha", "time": "17:30", "tags": ["hội nghị"],
          "desc": "Chiều ngày 08/10/2026, Trường THPT Chuyên Lương Văn Tụy tổ chức Hội nghị viên chức..."},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
CAT_ID = {name: cid for cid, name in CATS.items()}


def display_date(s: Story) -> date:
    return s.opts.get("display") or date.fromisoformat(s.published_at)


#: newest first, as the Blogs portlet orders by display date
ORDERED = sorted(STORIES, key=lambda s: (display_date(s), s.opts["time"]), reverse=True)


def entry_path(s: Story) -> str:
    return f"{BLOG}/-/blogs/{quote(s.slug)}"


def listing_url(cur: int, base: str = BLOG) -> str:
    return (f"{base}?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&{NS}cur={cur}&{NS}delta={DELTA}")


def redirect_path(s: Story) -> str:
    """The listing's "Đọc thêm" link (always carries the first listing page as its redirect)."""
    return f"{entry_path(s)}?{NS}redirect={quote(BLOG, safe='')}"


def ap_path(s: Story) -> str:
    return f"{HOME}/-/asset_publisher/{AP_ID}/blog/{quote(s.slug)}?{APNS}redirect={quote(HOME, safe='')}"


HOME_AP = ORDERED[:4]


# --- dates ------------------------------------------------------------------------------------


def medium_vi(d: date) -> str:
    """JDK CLDR medium date for vi_VN: "3 thg 12, 2026"."""
    return f"{d.day} thg {d.month}, {d.year}"


def relative(d: date) -> str:
    days = (TODAY_DATE - d).days
    if days <= 0:
        return "Cách đây vài giờ"
    if days < 30:
        return f"Cách đây {days} ngày"
    return f"Cách đây {days // 30} tháng"


def reading_time(s: Story) -> int:
    words = sum(len(b.text.split()) for b in s.blocks if isinstance(b, P))
    return max(1, round(words / 120))


def rss_date(s: Story) -> str:
    from datetime import datetime, timedelta

    hh, mm = map(int, s.opts["time"].split(":"))
    d = display_date(s)
    local = datetime(d.year, d.month, d.day, hh, mm)
    utc = local - timedelta(hours=7)
    return utc.strftime("%a, %d %b %Y %H:%M:%S GMT")


# --- content markup ---------------------------------------------------------------------------

_MSO_SPAN = 'style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif"'


def render_img(img: Img) -> str:
    tag = f'<img alt="" data-fileentryid="{40000 + len(img.src) * 7}" src="{esc(img.src)}" style="width: 640px; height: 427px;" />'
    if img.style == "p-em":
        out = f'<p style="text-align: center;">{tag}</p>'
        if img.printed:
            out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        return out
    if img.style == "figure":
        return f'<figure class="image">{tag}<figcaption>{esc(img.printed or "")}</figcaption></figure>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:640px"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{esc(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    return f'<p style="text-align: center;">{tag}</p>'


def render_p(p: P, extra: list[P]) -> str:
    inner = "<br />\n".join(esc(x.text) for x in [p, *extra])
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{inner}</strong></p>'
    if p.style == "mso":
        return f'<p class="MsoNormal" style="text-align:justify"><span {_MSO_SPAN}>{inner}<o:p></o:p></span></p>'
    if p.style == "msolist":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;mso-add-space:auto;'
            'text-align:justify;text-indent:-.25in;mso-list:l0 level1 lfo1"><![if !supportLists]>'
            '<span style="font-size:14.0pt;font-family:Symbol"><span style="mso-list:Ignore">·'
            '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            f"</span></span></span><![endif]><span {_MSO_SPAN}>{inner}<o:p></o:p></span></p>"
        )
    return f'<p style="text-align: justify;">{inner}</p>'


def render_content(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            if b.style != "cover":
                out.append(render_img(b))
            i += 1
        elif b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            run = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(x.text)}</li>" for x in run) + "</ul>")
            else:
                rows = []
                for k, x in enumerate(run):
                    cell = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in x.text.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            i = j
        else:
            j = i + 1
            extra = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                extra.append(blocks[j])
                j += 1
            if b.style == "br":  # a <br> run's first line: a plain paragraph
                b = P(b.text)
            out.append(render_p(b, extra))
            i = j
    return "\n".join(out)


def cover(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "cover"), None)


# --- chrome -----------------------------------------------------------------------------------


def _menu(active: str) -> str:
    items = [
        ("Trang chủ", SITE, ""),
        ("Giới thiệu", SITE + "/gioi-thieu",
         f'<li class="lfr-nav-item" role="presentation"><a href="{SITE}/doi-ngu" role="menuitem">Đội ngũ</a></li>'),
        ("Tin tức", BLOG, "".join(
            f'<li class="lfr-nav-item" role="presentation"><a href="{BLOG}/-/categories/{cid}" '
            f'role="menuitem">{esc(name)}</a></li>' for cid, name in CATS.items())),
        ("Văn bản", SITE + "/van-ban", ""),
        ("Thư viện ảnh", SITE + "/thu-vien-anh", ""),
        ("Liên hệ", SITE + "/lien-he", ""),
    ]
    lis = []
    for n, (label, href, sub) in enumerate(items, start=1):
        cls = "lfr-nav-item" + (" dropdown" if sub else "") + (" selected active" if label == active else "")
        child = f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{sub}</ul>' if sub else ""
        lis.append(
            f'<li class="{cls}" id="layout_{n + 10}" role="presentation"><a aria-labelledby="layout_{n + 10}" '
            f'{"aria-haspopup=&#39;true&#39; " if sub else ""}href="{href}" role="menuitem"><span>'
            f"{esc(label)}</span></a>{child}</li>"
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        '<h1 class="hide-accessible">Điều hướng</h1><ul aria-label="Trang của site" role="menubar">'
        + "".join(lis) + "</ul></nav>"
    )


def _sidebar() -> str:
    notices = [s for s in ORDERED if s.cat == "Thông báo"]
    latest = ORDERED[:5]
    return (
        '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">'
        '<div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">'
        '<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_'
        'AssetPublisherPortlet_INSTANCE_tb8Wq2_"><section class="portlet"><div class="portlet-content">'
        '<h2 class="portlet-title-text">Bài viết mới</h2><ul class="list-unstyled lvt-moi">'
        + "".join(f'<li class="title-list"><a href="{entry_path(s)}">{esc(s.title)}</a></li>' for s in latest)
        + "</ul></div></section></div>"
        '<div class="portlet-boundary portlet-journal-content"><section class="portlet"><div class="portlet-content">'
        '<h2 class="portlet-title-text">Thông báo</h2><div class="journal-content-article"><marquee direction="up" '
        'scrollamount="2">'
        + "".join(f'<p>» <a href="{entry_path(s)}">{esc(s.title)}</a></p>' for s in notices)
        + "</marquee></div></div></section></div>"
        '<div class="portlet-boundary portlet-journal-content"><section class="portlet"><div class="portlet-content">'
        '<h2 class="portlet-title-text">Liên kết website</h2><ul class="lk-web">'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://ninhbinh.edu.vn" target="_blank">Sở GD&amp;ĐT Ninh Bình</a></li>'
        '<li><a href="https://www.facebook.com/thptchuyenluongvantuy" target="_blank">Fanpage nhà trường</a></li>'
        "</ul></div></section></div>"
        '<div class="portlet-boundary portlet-polls-display"><section class="portlet"><div class="portlet-content">'
        '<h2 class="portlet-title-text">Thăm dò ý kiến</h2>'
        '<form action="' + SITE + '/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl3'
        '&amp;p_p_lifecycle=1" method="post"><p>Bạn quan tâm đến thông tin nào trên cổng?</p>'
        '<label><input name="choiceId" type="radio" value="1" /> Tin hoạt động</label><br />'
        '<label><input name="choiceId" type="radio" value="2" /> Thông báo, văn bản</label><br />'
        '<label><input name="choiceId" type="radio" value="3" /> Thành tích học sinh</label><br />'
        '<button class="btn btn-primary" type="submit">Bình chọn</button></form></div></section></div>'
        '<div class="portlet-boundary lvt-counter"><section class="portlet"><div class="portlet-content">'
        '<h2 class="portlet-title-text">Thống kê truy cập</h2><table class="tk-truy-cap">'
        "<tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.284</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>2.318.406</td></tr></table></div></section></div>"
        "</div></div>"
    )


def page(request: Request, title: str, page_name: str, crumbs: list[tuple[str, str | None]], main: str,
         *, canonical: str | None = None, meta: str = "", active: str = "") -> Response:
    base = base_url(request)
    canon = canonical or request.path
    crumb_html = "".join(
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}"><span class="breadcrumb-text-truncate">'
        f"{esc(label)}</span></a></li>" if href else
        f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>'
        for label, href in crumbs
    )
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{meta}
<link href="{base}{esc(canon)}" rel="canonical" />
<link href="{base}{esc(canon)}" hreflang="vi-VN" rel="alternate" />
<link href="{base}{esc(canon)}" hreflang="x-default" rel="alternate" />
<link href="/o/lvt-ninhbinh-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" href="/o/lvt-ninhbinh-theme/css/main.css?browserId=other&amp;themeId=lvtninhbinh_WAR_lvtninhbinhtheme&amp;languageId=vi_VN&amp;b=7302&amp;t=1700190000000" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7302&amp;t=1700190000000:/o/frontend-js-web/loader/config.js" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = Liferay.ThemeDisplay = {{getLayoutRelativeURL: function() {{return '{esc(request.path)}';}}, getScopeGroupId: function() {{return '35001';}}, getLanguageId: function() {{return 'vi_VN';}}}};</script>
</head>
<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid d-flex flex-column flex-fill position-relative" id="wrapper">
<div class="lvt-topbar"><span class="lvt-ngay">{TODAY_LINE}</span>
<form action="{SITE}/tim-kiem" class="lvt-search" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /><button type="submit">Tìm</button></form></div>
<header id="banner" role="banner">
<div id="heading"><div aria-level="1" class="site-title" role="heading">
<a class="logo custom-logo" href="{SITE}" title="Đi tới {SCHOOL}"><img alt="" height="90" src="/image/layout_set_logo?img_id=35220&amp;t=1700190000000" width="700" /></a>
<span class="site-name" title="Đi tới {SCHOOL}">{SCHOOL}</span></div></div>
{_menu(active)}
</header>
<section class="container-fluid flex-fill" id="content">
<h2 class="hide-accessible" role="heading" aria-level="1">{esc(page_name)} - {SCHOOL}</h2>
<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb">{crumb_html}</ol></nav>
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
{_sidebar()}
</div></div>
</section>
<footer id="footer" role="contentinfo">
<div class="lvt-footer"><p><strong>TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY - TỈNH NINH BÌNH</strong></p>
<p>Địa chỉ: Đường Xuân Thành, phường Tân Thành, thành phố Ninh Bình, tỉnh Ninh Bình</p>
<p>Điện thoại: 0229 3871 105 - Email: c3chuyenlvt@ninhbinh.edu.vn</p>
<p>© 2026 Bản quyền thuộc về {SCHOOL}. Thiết kế và vận hành: Trung tâm Công nghệ thông tin và Truyền thông tỉnh Ninh Bình. Powered by Liferay</p></div>
</footer>
</div></div>
</body>
</html>"""
    return html(body)


def portlet(pid: str, title: str, inner: str, extra_cls: str = "portlet-blogs") -> str:
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid}_  portlet-static portlet-static-end portlet-decorate '
        f'{extra_cls} " id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content">'
        '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
        f'<h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
        f'<div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div>'
        "</div></section></div>"
    )


def sticker(acc: str) -> str:
    _name, initials, color = ACCOUNTS[acc]
    return (
        f'<span class="sticker sticker-circle sticker-light user-icon-color-{color}"><span class="inline-item">'
        f'<span class="user-icon-initials">{esc(initials)}</span></span></span>'
    )


def user_link(acc: str) -> str:
    name = ACCOUNTS[acc][0]
    return f'<a class="username" href="/web/{acc}">{esc(name)}</a>'


# --- blog listing -------------------------------------------------------------------------------


def card(s: Story) -> str:
    cov = cover(s)
    thumb = ""
    if cov:
        thumb = (f'<div class="cover-image"><a href="{entry_path(s)}"><img alt="" class="img-fluid" '
                 f'src="{esc(cov.src)}&amp;imageThumbnail=1" /></a></div>')
    return (
        f'<div class="entry-content-container widget-mode-simple-entry" id="{NS}entry_{30400 + s.id}">'
        '<div class="widget-topbar"><div class="autofit-row"><div class="autofit-col autofit-col-expand">'
        f'<a class="title-link" href="{entry_path(s)}"><h3 class="title">{esc(s.title)}</h3></a></div></div></div>'
        '<div class="autofit-row widget-metadata"><div class="autofit-col inline-item-before">'
        f'{sticker(s.opts["account"])}</div><div class="autofit-col autofit-col-expand">'
        f'<div class="text-truncate-inline">{user_link(s.opts["account"])}</div>'
        f'<div class="text-secondary">{relative(display_date(s))} - {reading_time(s)} phút đọc</div></div></div>'
        f'<div class="widget-content">{thumb}<p>{esc(s.opts["desc"])}</p></div>'
        '<div class="widget-footer"><div class="autofit-row"><div class="autofit-col autofit-col-expand">'
        f'<a class="btn btn-outline-secondary btn-sm" href="{redirect_path(s)}">Đọc thêm '
        f'<span class="hide-accessible">về {esc(s.title)}</span></a></div>'
        f'<div class="autofit-col"><span class="text-secondary">{s.views()} lượt xem</span></div></div></div>'
        "</div>"
    )


def pager(total: int, cur: int, base: str) -> str:
    pages = max(1, -(-total // DELTA))
    first = (cur - 1) * DELTA + 1
    last = min(total, cur * DELTA)
    if pages == 1:  # the search container prints no page links for a single page
        return f'<div class="pagination-bar"><div class="pagination-results">Hiển thị {total} kết quả.</div></div>'
    items = []
    prev_cls = " disabled" if cur == 1 else ""
    prev_href = listing_url(cur - 1, base) if cur > 1 else "javascript:;"
    items.append(f'<li class="page-item{prev_cls}"><a class="page-link" href="{esc(prev_href)}">«</a></li>')
    for n in range(1, pages + 1):
        active = " active" if n == cur else ""
        items.append(f'<li class="page-item{active}"><a class="page-link" href="{esc(listing_url(n, base))}">{n}</a></li>')
    next_cls = " disabled" if cur == pages else ""
    next_href = listing_url(cur + 1, base) if cur < pages else "javascript:;"
    items.append(f'<li class="page-item{next_cls}"><a class="page-link" href="{esc(next_href)}">»</a></li>')
    return (
        '<div class="pagination-bar"><div class="dropdown pagination-items-per-page">'
        f'<a class="dropdown-toggle page-link" href="javascript:;">{DELTA} mục</a></div>'
        f'<div class="pagination-results">Hiển thị {first} - {last} của {total} kết quả.</div>'
        f'<ul class="pagination">{"".join(items)}</ul></div>'
    )


def listing(request: Request, entries: list[Story], base: str, cat: int | None) -> Response:
    pages = max(1, -(-len(entries) // DELTA))
    try:
        cur = int(request.params.get(f"{NS}cur", "1"))
    except ValueError:
        cur = 1
    if not 1 <= cur <= pages:
        cur = 1  # the search container falls back to its first page
    chunk = entries[(cur - 1) * DELTA: cur * DELTA]
    info = ""
    if cat:
        info = (f'<div class="alert alert-info"><h3 class="taglib-categorization-filter entry-title">'
                f'<span class="label label-lg label-secondary">{esc(CATS[cat])}</span> '
                f'<a href="{BLOG}" title="Xóa">×</a></h3></div>')
    inner = (
        info + "".join(card(s) for s in chunk) + pager(len(entries), cur, base)
        + f'<div class="subscribe"><a href="{esc(RSS)}"><span class="icon-rss"></span> Đăng ký RSS</a></div>'
    )
    crumbs = [(SCHOOL, SITE), ("Tin tức", BLOG if cat else None)]
    if cat:
        crumbs.append((CATS[cat], None))
    name = CATS[cat] if cat else "Tin tức"
    return page(request, f"{name} - {SCHOOL}", "Tin tức", crumbs, portlet(PID, "Tin tức", inner),
                canonical=base, active="Tin tức")


# --- entry --------------------------------------------------------------------------------------


def entry_links(s: Story) -> str:
    cid = CAT_ID[s.cat]
    tags = "".join(f'<span class="label label-lg label-secondary">{esc(t)}</span> ' for t in s.opts["tags"])
    return (
        '<div class="entry-links"><div class="taglib-asset-categories-summary">'
        f'<span class="asset-vocabulary">Chuyên mục:</span> <a class="label label-lg label-secondary" '
        f'href="{BLOG}/-/categories/{cid}">{esc(s.cat)}</a></div>'
        f'<div class="taglib-asset-tags-summary">{tags}</div></div>'
    )


def tools(s: Story) -> str:
    return (
        '<div class="autofit-row entry-footer"><div class="autofit-col autofit-col-expand">'
        '<div class="taglib-ratings stars"><span class="text-secondary">Xếp hạng trung bình</span> '
        '<span class="rating-label">(0 phiếu)</span></div></div>'
        '<div class="autofit-col"><div class="taglib-social-bookmarks">'
        f'<a class="social-bookmark" href="https://www.facebook.com/sharer/sharer.php?u={quote(entry_path(s))}" '
        'target="_blank">Facebook</a> '
        f'<a class="social-bookmark" href="https://twitter.com/intent/tweet?text={quote(s.title)}" target="_blank">Twitter</a>'
        '</div></div><div class="autofit-col"><div class="taglib-flags"><a href="javascript:;">Báo cáo vi phạm</a>'
        "</div></div></div>"
    )


def related(s: Story) -> str:
    rid = s.opts.get("related")
    if not rid:
        return ""
    r = BY_ID[rid]
    return (
        '<div class="asset-links"><h2 class="asset-links-title">Nội dung liên quan</h2><ul class="list-group">'
        f'<li class="list-group-item"><a class="asset-link" href="{entry_path(r)}"><h4>{esc(r.title)}</h4></a>'
        f'<p class="text-secondary">{esc(r.opts["desc"])}</p></li></ul></div>'
    )


_COMMENTS = {
    1: [("Nguyễn Minh Anh", "20/11/26 19:45", "Chúc mừng thầy cô nhân ngày 20/11! Chúc các thầy cô luôn mạnh khỏe."),
        ("Trần Gia Huy", "21/11/26 07:02", "Con cảm ơn các thầy cô đã luôn dìu dắt chúng con.")],
    6: [("Lương Thảo Vy", "04/12/26 08:15", "Hội thi rất bổ ích, mong năm sau được tổ chức cho cả khối 12.")],
}


def comments(s: Story) -> str:
    items = _COMMENTS.get(s.id) if s.opts.get("comments") else None
    if not items:
        return ""
    rows = "".join(
        '<article class="card-row lfr-discussion"><div class="autofit-row"><div class="autofit-col">'
        f'<span class="sticker sticker-circle user-icon-color-6">{esc(name[0])}</span></div>'
        f'<div class="autofit-col autofit-col-expand"><div class="username">{esc(name)}</div>'
        f'<div class="text-secondary" title="{when}">{relative(date(2000 + int(when[6:8]), int(when[3:5]), int(when[:2])))}'
        f'</div><div class="lfr-discussion-message">{esc(msg)}</div></div></div></article>'
        for name, when, msg in items
    )
    return (
        f'<div class="lfr-discussion-container"><h3 class="h4 lfr-discussion-title">{len(items)} Bình luận</h3>'
        f"{rows}<p class=\"text-secondary\">Vui lòng đăng nhập để bình luận.</p></div>"
    )


def cover_html(s: Story) -> str:
    cov = cover(s)
    if not cov:
        return ""
    out = (f'<div class="aspect-ratio aspect-ratio-bg-cover cover-image" '
           f'style="background-image: url({esc(cov.src)})"></div>')
    if cov.printed:
        out += f'<div class="container-fluid cover-image-caption"><small>{esc(cov.printed)}</small></div>'
    return out


def entry_meta(request: Request, s: Story) -> str:
    base = base_url(request)
    cov = cover(s)
    img = f'<meta property="og:image" content="{base}{esc(cov.src)}" />' if cov else ""
    return (
        f'<meta content="{esc(s.opts["desc"])}" lang="vi-VN" name="description" />'
        f'<meta property="og:title" content="{esc(s.title)}" />'
        f'<meta property="og:description" content="{esc(s.opts["desc"])}" />'
        f'<meta property="og:type" content="website" /><meta property="og:url" content="{base}{entry_path(s)}" />'
        f'<meta property="og:locale" content="vi_VN" />{img}'
    )


def entry_detail(s: Story) -> str:
    acc = s.opts["account"]
    sub = f'<h4 class="sub-title">{esc(s.summary)}</h4>' if s.sapo_outside else ""
    return (
        f'<div class="widget-mode-detail" id="{NS}blogs_entry_{30400 + s.id}">'
        '<div class="container-fluid widget-mode-detail-header"><div class="row"><div class="col-md-8 mx-auto">'
        '<div class="autofit-row"><div class="autofit-col autofit-col-expand">'
        f'<h3 class="title">{esc(s.title)}</h3>{sub}</div></div>'
        f'<div class="autofit-row widget-metadata"><div class="autofit-col inline-item-before">{sticker(acc)}</div>'
        '<div class="autofit-col autofit-col-expand"><div class="autofit-row"><div class="autofit-col autofit-col-expand">'
        f'<div class="text-truncate-inline">{user_link(acc)}</div>'
        '<div class="text-secondary"><span class="hide-accessible">Ngày xuất bản</span> '
        f"{medium_vi(display_date(s))} - {reading_time(s)} phút đọc</div>"
        f'<div class="text-secondary lvt-luot-xem">Lượt xem: {s.views()}</div>'
        "</div></div></div></div></div></div></div>"
        f"{cover_html(s)}"
        '<div class="container-fluid widget-mode-detail-text"><div class="row"><div class="col-md-8 mx-auto">'
        f"{render_content(s)}</div></div></div></div>"
        '<div class="container-fluid"><div class="row"><div class="col-md-8 mx-auto">'
        f"{entry_links(s)}{tools(s)}{related(s)}{comments(s)}</div></div></div>"
    )


def entry_page(request: Request, s: Story) -> Response:
    inner = entry_detail(s)
    crumbs = [(SCHOOL, SITE), ("Tin tức", BLOG), (s.title, None)]
    return page(request, f"{s.title} - Tin tức - {SCHOOL}", "Tin tức", crumbs, portlet(PID, "Tin tức", inner),
                canonical=entry_path(s), meta=entry_meta(request, s), active="Tin tức")


def ap_entry_page(request: Request, s: Story) -> Response:
    acc = s.opts["account"]
    sub = f'<h4 class="sub-title">{esc(s.summary)}</h4>' if s.sapo_outside else ""
    inner = (
        '<div class="h2"><a class="icon-monospaced" href="' + SITE + '" title="Quay lại">‹</a></div>'
        '<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">'
        '<div class="align-items-center d-flex mb-2"><p class="component-title h4">'
        f'<span class="asset-title d-inline">{esc(s.title)}</span></p></div>'
        f'<div class="asset-metadata"><span class="metadata-entry metadata-author">{user_link(acc)}</span> '
        f'<span class="metadata-entry metadata-publish-date">Ngày đăng: {medium_vi(display_date(s))}</span> '
        f'<span class="metadata-entry metadata-view-count">{s.views()} lượt xem</span></div>'
        f'<div class="asset-content mb-3">{sub}{cover_html(s)}{render_content(s)}</div>'
        f"{entry_links(s)}</div>"
    )
    ap_pid = f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_ID}"
    crumbs = [(SCHOOL, SITE), ("Trang chủ", None)]
    return page(request, f"{s.title} - Trang chủ - {SCHOOL}", "Trang chủ", crumbs,
                portlet(ap_pid, "Tin mới", inner, "portlet-asset-publisher"),
                canonical=entry_path(s), meta=entry_meta(request, s), active="Trang chủ")


# --- other pages --------------------------------------------------------------------------------


def home_page(request: Request) -> Response:
    ap_pid = f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_ID}"
    abstracts = "".join(
        '<div class="asset-abstract"><div class="asset-title"><h4>'
        f'<a href="{esc(ap_path(s))}">{esc(s.title)}</a></h4></div>'
        f'<div class="asset-summary">'
        + (f'<img alt="" class="asset-small-image" src="{esc(cover(s).src)}&amp;imageThumbnail=1" />' if cover(s) else "")
        + f'<p>{esc(s.opts["desc"])}</p></div>'
        f'<div class="asset-more"><a href="{esc(ap_path(s))}">Xem thêm <span class="hide-accessible">về {esc(s.title)}</span> »</a></div>'
        "</div>"
        for s in HOME_AP
    )
    notices = [s for s in ORDERED if s.cat == "Thông báo"]
    notice_list = "".join(
        f'<li class="title-list"><a href="{entry_path(s)}">{esc(s.title)}</a> <span class="text-secondary">'
        f"({display_date(s).strftime('%d/%m/%Y')})</span></li>"
        for s in notices
    )
    main = (
        portlet(ap_pid, "Tin mới", abstracts + f'<p class="text-right"><a href="{BLOG}">Xem tất cả tin tức »</a></p>',
                "portlet-asset-publisher")
        + portlet("com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tb9Q1k", "Thông báo",
                  f'<ul class="list-unstyled">{notice_list}</ul>', "portlet-asset-publisher")
    )
    return page(request, f"Trang chủ - {SCHOOL}", "Trang chủ", [(SCHOOL, SITE), ("Trang chủ", None)], main,
                canonical=SITE, active="Trang chủ",
                meta=f'<meta content="Cổng thông tin điện tử {SCHOOL}, tỉnh Ninh Bình" lang="vi-VN" name="description" />')


def web_content(request: Request, name: str, title: str, body: str) -> Response:
    pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_wc" + str(len(name))
    inner = f'<div class="journal-content-article" data-analytics-asset-type="web-content">{body}</div>'
    return page(request, f"{name} - {SCHOOL}", name, [(SCHOOL, SITE), (name, None)],
                portlet(pid, title, inner, "portlet-journal-content"), active=name)


_INTRO = (
    "<p><strong>Trường THPT Chuyên Lương Văn Tụy</strong> được thành lập năm 1959, là một trong những "
    "trường chuyên có bề dày truyền thống của cả nước.</p>"
    "<p>Nhà trường hiện có 36 lớp với hơn 1.200 học sinh, 112 cán bộ, giáo viên, nhân viên; 100% giáo "
    "viên đạt chuẩn, trong đó hơn 60% có trình độ thạc sĩ, tiến sĩ.</p>"
    "<p>Trường vinh dự được Nhà nước tặng thưởng Huân chương Độc lập hạng Nhất.</p>"
)
_CONTACT = (
    "<p><strong>TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY</strong></p>"
    "<p>Địa chỉ: Đường Xuân Thành, phường Tân Thành, thành phố Ninh Bình</p>"
    "<p>Điện thoại: 0229 3871 105 - Fax: 0229 3871 106</p><p>Email: c3chuyenlvt@ninhbinh.edu.vn</p>"
    '<p><a href="https://maps.google.com/?q=THPT+Chuyen+Luong+Van+Tuy" target="_blank">Xem bản đồ</a></p>'
)
_STAFF = (
    '<table class="table table-bordered"><tbody><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th></tr>'
    "<tr><td>1</td><td>Đỗ Văn Khanh</td><td>Hiệu trưởng</td></tr>"
    "<tr><td>2</td><td>Nguyễn Thị Hồng Vân</td><td>Phó Hiệu trưởng</td></tr>"
    "<tr><td>3</td><td>Trịnh Văn Sơn</td><td>Phó Hiệu trưởng</td></tr></tbody></table>"
)
DOC_ENTRY = SITE + "/van-ban/-/document_library/Pq4XzV1bTn8e/view_file/40501"
DOC_FILE = doc(40500, "KH-nam-hoc-2026-2027.pdf", "d4c3b2a1-f0e9-4d8c-b7a6-958473625140", 1758000000000)
DOC_FILE2 = doc(40500, "Quy-che-chi-tieu-noi-bo-2026.pdf", "e5d4c3b2-a1f0-4e9d-8c7b-a69584736251", 1758100000000)


def van_ban(request: Request) -> Response:
    dl = "com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_Pq4XzV1bTn8e"
    inner = (
        '<table class="table table-autofit table-list"><thead><tr><th>Tiêu đề</th><th>Ngày sửa đổi</th>'
        "<th>Kích thước</th></tr></thead><tbody>"
        f'<tr><td><a href="{DOC_ENTRY}">Kế hoạch năm học 2026-2027</a></td><td>16/09/26</td><td>215 KB</td></tr>'
        f'<tr><td><a href="{esc(DOC_FILE2)}">Quy chế chi tiêu nội bộ năm 2026</a></td><td>17/09/26</td><td>180 KB</td></tr>'
        "</tbody></table>"
    )
    return page(request, f"Văn bản - {SCHOOL}", "Văn bản", [(SCHOOL, SITE), ("Văn bản", None)],
                portlet(dl, "Văn bản", inner, "portlet-document-library"), active="Văn bản")


def doc_entry(request: Request) -> Response:
    dl = "com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_Pq4XzV1bTn8e"
    inner = (
        '<div class="lfr-asset-panels"><h3 class="component-title">Kế hoạch năm học 2026-2027</h3>'
        '<p class="text-secondary">Phiên bản 1.0 - Được tải lên bởi Quản Trị Viên, 16/09/26 09:20</p>'
        "<p>Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 của Trường THPT Chuyên Lương Văn Tụy.</p>"
        f'<a class="btn btn-primary" href="{esc(DOC_FILE)}">Tải về (215 KB)</a></div>'
    )
    return page(request, f"Kế hoạch năm học 2026-2027 - Văn bản - {SCHOOL}", "Văn bản",
                [(SCHOOL, SITE), ("Văn bản", SITE + "/van-ban"), ("Kế hoạch năm học 2026-2027", None)],
                portlet(dl, "Văn bản", inner, "portlet-document-library"), active="Văn bản")


GALLERY = [doc(40600, f"album-{n}.jpg", f"0f1e2d3c-4b5a-4968-8776-{n:012d}", 1762000000000 + n) for n in range(1, 7)]


def gallery(request: Request) -> Response:
    pid = "com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_ga1"
    inner = '<div class="image-gallery row">' + "".join(
        f'<div class="col-md-4"><a href="{esc(src)}" title="Ảnh hoạt động {n}"><img alt="Ảnh hoạt động {n}" '
        f'src="{esc(src)}&amp;imageThumbnail=1" /></a></div>'
        for n, src in enumerate(GALLERY, start=1)
    ) + "</div>"
    return page(request, f"Thư viện ảnh - {SCHOOL}", "Thư viện ảnh", [(SCHOOL, SITE), ("Thư viện ảnh", None)],
                portlet(pid, "Thư viện ảnh", inner, "portlet-image-gallery-display"), active="Thư viện ảnh")


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    inner = (f'<p class="search-total-label">Không tìm thấy kết quả nào cho "{esc(q)}".</p>' if q
             else "<p>Nhập từ khóa để tìm kiếm.</p>")
    return page(request, f"Tìm kiếm - {SCHOOL}", "Tìm kiếm", [(SCHOOL, SITE), ("Tìm kiếm", None)],
                portlet("com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet", "Tìm kiếm",
                        inner, "portlet-search-results"))


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{entry_path(s)}</link>"
        f"<description>{esc(s.opts['desc'])}</description><pubDate>{rss_date(s)}</pubDate>"
        f"<dc:creator>{esc(ACCOUNTS[s.opts['account']][0])}</dc:creator>"
        f'<guid isPermaLink="false">{base}/c/blogs/find_entry?entryId={30400 + s.id}</guid></item>'
        for s in ORDERED
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Tin tức</title><link>{base}{BLOG}</link><description>Tin tức</description>"
        f"{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})


# --- the site -----------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        if path.startswith("/documents/"):
            return self._document(path)
        if path.startswith("/image/") or path == "/combo":
            return Response(200, static_file("x.gif").body, {"Content-Type": "image/gif"})
        if path.startswith("/o/lvt-ninhbinh-theme/"):
            return static_file(path)
        if path == RSS_PATH:
            return rss(request)
        if path in (SITE, SITE + "/", HOME):
            return home_page(request)
        if path == BLOG:
            return listing(request, ORDERED, BLOG, None)
        if path.startswith(BLOG + "/-/categories/"):
            rest = path[len(BLOG + "/-/categories/"):]
            if rest.isdigit() and int(rest) in CATS:
                cid = int(rest)
                return listing(request, [s for s in ORDERED if s.cat == CATS[cid]], path, cid)
            return None
        if path.startswith(BLOG + "/-/blogs/"):
            s = BY_SLUG.get(unquote(path[len(BLOG + "/-/blogs/"):]))
            return entry_page(request, s) if s else None
        prefix = f"{HOME}/-/asset_publisher/{AP_ID}/blog/"
        if path.startswith(prefix):
            s = BY_SLUG.get(unquote(path[len(prefix):]))
            return ap_entry_page(request, s) if s else None
        pages = {
            SITE + "/gioi-thieu": lambda r: web_content(r, "Giới thiệu", "Giới thiệu chung", _INTRO),
            SITE + "/lien-he": lambda r: web_content(r, "Liên hệ", "Thông tin liên hệ", _CONTACT),
            SITE + "/doi-ngu": lambda r: web_content(r, "Đội ngũ", "Ban Giám hiệu", _STAFF),
            SITE + "/van-ban": van_ban,
            DOC_ENTRY: doc_entry,
            SITE + "/thu-vien-anh": gallery,
            SITE + "/tim-kiem": search_page,
        }
        handler = pages.get(path)
        return handler(request) if handler else None

    @staticmethod
    def _document(path: str) -> Response | None:
        known = {src.split("?")[0] for s in STORIES for src in (i.src for i in s.images)}
        known |= {g.split("?")[0] for g in GALLERY}
        if path in known:
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        pdfs = {DOC_FILE.split("?")[0], DOC_FILE2.split("?")[0], S10_PDF.split("?")[0]}
        if path in pdfs:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return None


S10_PDF = doc(40300, "Lich-kiem-tra-HKI-2026-2027.pdf", "a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d", 1764836400000)


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [redirect_path(s)]
    if s in HOME_AP:
        alts.append(ap_path(s))
    return gold_record(s, entry_path(s), s.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    SITE + "/gioi-thieu",
    SITE + "/lien-he",
    SITE + "/doi-ngu",
    SITE + "/van-ban",
    DOC_ENTRY,
    SITE + "/thu-vien-anh",
]
