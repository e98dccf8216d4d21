"""Phòng Giáo dục và Đào tạo huyện Cư M'gar (Đắk Lắk) on Liferay Portal 6.2 CE, Blogs portlet.

Platform
--------
Liferay Portal 6.2 CE GA6 with a vendor theme (``pgdcumgar_WAR_pgdcumgartheme``). The office's
news is the site's Blogs portlet (portlet id ``33``) placed on the page "Tin tức"; the home page
carries a Blogs Aggregator (portlet ``115``) with the five newest entries in "abstract" style.
Friendly URLs everywhere (``/web/<site>/<page>``), the Blogs friendly-URL mapper for entries.

URL scheme
----------
- ``/``                                   302 to ``/web/pgd-cumgar/trang-chu`` (the landing page)
- ``/web/pgd-cumgar`` and ``/web/pgd-cumgar/trang-chu``  home page (aggregator, sidebars)
- ``/web/pgd-cumgar/tin-tuc``             Blogs list, page 1 (five entries, abstract style)
- ``/web/pgd-cumgar/tin-tuc?p_p_id=33&_33_cur=<P>``  Blogs list page P (1..3)
- ``/web/pgd-cumgar/tin-tuc/-/blogs/<url-title>``  one entry (the canonical URL)
- ``/web/pgd-cumgar/tin-tuc/-/blogs/<url-title>?_33_redirect=<list URL>``  the same entry as the
  list links to it (``redirect`` = the list's current URL, URL-encoded)
- ``/web/pgd-cumgar/tin-tuc/-/blogs/rss``  the Blogs RSS 2.0 feed (plain entry URLs)
- ``/c/blogs/find_entry?p_l_id=…&noSuchEntryRedirect=…&entryId=<N>``  302 to the entry
- ``/web/pgd-cumgar/gioi-thieu`` (+ ``/co-cau-to-chuc``, ``/lanh-dao-phong``), ``/lien-he``,
  ``/van-ban`` (Documents and Media), ``/thu-vien-anh`` (media gallery): web content pages
- ``/documents/10184/<folder>/<title>/<uuid>?t=…``, ``/image/…?img_id=…``: files and images

Page templates
--------------
Every page: Liferay 6.2 head (canonical link, ``Liferay`` JS config), the vendor banner with the
header clock "Thứ Bảy, 05/12/2026", the navigation (``<nav id="navigation">`` with
``child-menu`` drop-downs), the breadcrumb taglib, a right column (search box, "Tin mới" list,
poll, external links, visitor counter) and the footer (address, phone, e-mail, copyright).
Entry pages: ``taglib-header`` (back arrow + title) then ``div.entry`` with ``entry-title``,
``entry-date`` (time first: "14:30 03/12/2026"), ``entry-body`` (the CKEditor content),
``entry-footer`` ("Viết bởi <Liferay user>", view count, categories, tags, related assets,
social bookmarks, ratings), then the discussion panel with the readers' comments.

How each gold article is reached
--------------------------------
Entries 9..13 (the five newest) are on the home aggregator (through ``/c/blogs/find_entry``
redirects), on the sidebar "Tin mới" (plain URLs) and on list page 1; entries 4..8 only on list
page 2 and entries 1..3 only on list page 3 (through ``?_33_redirect=`` links), page 2+ being
reached through the page iterator (page-selector drop-down and the "Tiếp"/"Cuối" buttons). The
RSS feed (linked as "Đăng ký kênh RSS") lists all thirteen with plain URLs.

Traps
-----
1. Discovery through a redirect: the home aggregator links every entry as
   ``/c/blogs/find_entry?p_l_id=10187&noSuchEntryRedirect=…&entryId=N`` (``&amp;`` in the HTML),
   which answers 302 to the friendly URL. Gold path: the friendly URL, never find_entry.
2. ``_33_redirect`` variants: the list links each entry as
   ``…/-/blogs/<url-title>?_33_redirect=%2Fweb%2Fpgd-cumgar%2Ftin-tuc%3Fp_p_id%3D33%26_33_cur%3D2``;
   every list page (``tin-tuc`` and ``tin-tuc?p_p_id=33&_33_cur=1`` for the same entries) makes a
   different URL serving the same entry. They are the gold's ``alt_paths``; the page's
   ``<link rel="canonical">`` names the plain URL (gold path and canonical_path).
3. Time before date: Liferay formats the display date with Java's vi_VN SHORT/SHORT pattern
   ``{0} {1}`` = "HH:mm dd/MM/yyyy", so the page prints "14:30 03/12/2026" (after a hidden
   "Ngày đăng" label glued in ``span.hide-accessible``). Gold "2026-12-03T14:30:00+07:00".
4. Display date at midnight: an entry whose display date was picked without a time prints
   "00:00 15/10/2026": gold is the day alone "2026-10-15".
5. The headline printed three times in three forms: the portlet title "Tin hoạt động" (the
   portlet-topper ``h2``, first on the page), the ``taglib-header`` ``h3`` next to the "Quay về"
   arrow, and the ``entry-title`` ``h2`` link to itself; the HTML ``<title>`` appends
   "- Tin tức - Phòng GD&ĐT Cư M'gar". Gold title: the entry's title; Liferay escapes the
   apostrophe of "Cư M'gar" as ``&#039;``, the gold keeps "'".
6. "Viết bởi Quản trị PGD" / "Viết bởi Văn thư PGD" in ``entry-author`` is the Liferay account
   that posted the entry, not a byline: the author is the signature the editor typed at the end
   of the content (right-aligned). Gold authors come from that signature only.
7. Abstracts only on lists: each entry has a Blogs "description" (abstract) that the lists, the
   aggregator and ``<meta name="description">`` print, but the entry page does not (it prints the
   full content only): gold summary is null unless the content opens with a bold lead; the
   abstract is never body. The list's ``asset-small-image`` (``/image/blogs/entry?img_id=…``)
   is a thumbnail that the entry page does not print: not a gold image.
8. Photo tables: CKEditor users put a photo and its caption in a two-row borderless table
   (``<table class="anh-tin">``): the caption row is the image's caption, not a body table row;
   a real data table elsewhere (results by school) is body, its cells joined by " | ".
9. Pasted plain text: one entry's content is bare text with ``<br /><br />`` between paragraphs
   (no ``<p>``) and a photo followed by ``<br /><em>caption</em>``: the chunks are paragraphs, the
   italic line after the photo is its caption.
10. Readers' comments: the discussion panel under the entry prints commenters' names, text
    paragraphs and "Đăng lúc 19:02 04/12/2026." dates, and "Nội dung liên quan" (related assets)
    lists other entries' titles inside the entry's footer: none is body, date or author.
11. Pagination as the page iterator draws it: page links sit in a ``dropdown-menu`` of the
    "Trang 1 của 3" page selector, the pager buttons of the current end are ``javascript:;``,
    and the "Hiển thị 1 - 5 của 13 kết quả." line; eight entries are only reachable from page 2+.
12. Document Library image URLs: content images are ``/documents/10184/<folder>/<title>/<uuid>
    ?t=<ms>`` (no extension at the end) and one older entry uses
    ``/image/image_gallery?uuid=…&amp;groupId=10184&amp;t=…``: gold image paths keep the query.
13. A notice typed as an official document (letterhead table, "THÔNG BÁO / Về việc …",
    "Nơi nhận", signer) posted as a blog entry whose display date (19/11) is a day after the
    letterhead's (18/11): gold date is the letterhead day, the signer is the author.

Gold decisions on ambiguous points
----------------------------------
- category: "Tin tức" for every entry, as the breadcrumb and the menu print the page; the
  portlet title "Tin hoạt động" and the asset categories ("Chủ đề: …") are not the category.
- "Tổ Chuyên môn THCS" and "Phòng GD&ĐT Cư M'gar" signing alone are the authors as printed.
- A caption line that is only "Ảnh: X" gives caption None and X as photographer.
- The notice's letterhead, kind/subject lines, "Nơi nhận" and signature block are not body.
- ``/web/pgd-cumgar`` (the site's root, same home page) and ``tin-tuc?p_p_id=33&_33_cur=1``
  (same as ``tin-tuc``) are listings, not articles; neither is in NON_ARTICLES.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "liferay62_blogs_pgd"
PLATFORM = "Liferay Portal 6.2 CE (Blogs portlet, Blogs Aggregator, vendor theme)"
START_PATH = "/"

SITE = "/web/pgd-cumgar"
NEWS = SITE + "/tin-tuc"
HOME = SITE + "/trang-chu"
CATEGORY = "Tin tức"
PER_PAGE = 5
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
GROUP = 10184
PLID = 10187


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def doc(folder: int, title: str, t: int) -> str:
    """A Documents and Media URL as CKEditor's file browser inserts it (6.2 form)."""
    return f"/documents/{GROUP}/{folder}/{title}/{_uuid(title)}?t={t}"


def lr(text_: str) -> str:
    """Liferay's HtmlUtil.escape: & < > " and ' (as &#039;)."""
    return (
        text_.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#039;")
    )


def ck(text_: str) -> str:
    """Text as CKEditor stores it: & < > escaped, quotes and apostrophes raw."""
    return text_.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the thirteen entries (id 1 = oldest) -----------------------------------------------------

R = Raw


def sig(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{ck(line)}</strong></p>')


STORIES: list[Story] = [
    Story(
        1,
        "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-cap-trung-hoc-co-so",
        "Hội nghị triển khai nhiệm vụ năm học 2026-2027 cấp Trung học cơ sở",
        CATEGORY,
        "2026-10-06T07:45:00+07:00",
        [
            P("Sáng ngày 05/10/2026, Phòng Giáo dục và Đào tạo huyện Cư M'gar tổ chức Hội nghị triển khai nhiệm vụ năm học 2026-2027 cấp Trung học cơ sở cho hiệu trưởng, phó hiệu trưởng 19 trường THCS trên địa bàn huyện."),
            Img(doc(31207, "hoi-nghi-thcs-1.jpg", 1759712400000), "Quang cảnh Hội nghị triển khai nhiệm vụ năm học cấp THCS", "Quang cảnh Hội nghị triển khai nhiệm vụ năm học cấp THCS", "table"),
            P("Tại hội nghị, lãnh đạo Phòng đã đánh giá kết quả năm học 2025-2026: tỷ lệ học sinh lên lớp đạt 97,8%, tỷ lệ tốt nghiệp THCS đạt 99,1%, có 42 học sinh đạt giải học sinh giỏi cấp tỉnh."),
            P("Năm học 2026-2027, cấp THCS tập trung thực hiện hiệu quả Chương trình giáo dục phổ thông 2018, đổi mới kiểm tra đánh giá, nâng cao chất lượng giáo dục vùng đồng bào dân tộc thiểu số."),
            P("Hội nghị cũng dành thời gian để các đơn vị thảo luận, chia sẻ kinh nghiệm trong xây dựng kế hoạch giáo dục nhà trường và tổ chức dạy học hai buổi/ngày."),
            sig("Tổ Chuyên môn THCS"),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={"shown": "07:45 06/10/2026", "by": "Quản trị PGD", "abstract": "Hội nghị đánh giá kết quả năm học 2025-2026 và đề ra nhiệm vụ trọng tâm cho cấp THCS."},
    ),
    Story(
        2,
        "truong-th-nguyen-thi-minh-khai-to-chuc-ngay-hoi-doc-sach",
        "Trường TH Nguyễn Thị Minh Khai tổ chức Ngày hội đọc sách",
        CATEGORY,
        "2026-10-15",
        [
            P("Nhằm hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, Trường Tiểu học Nguyễn Thị Minh Khai (xã Ea Pốk) đã tổ chức Ngày hội đọc sách cho hơn 600 học sinh."),
            P("Ngày hội gồm nhiều hoạt động bổ ích như: giới thiệu sách hay, thi kể chuyện theo sách, trang trí góc đọc, đố vui về các nhân vật trong truyện thiếu nhi."),
            Img(doc(31215, "ngay-hoi-doc-sach.jpg", 1760500000000), "Các em học sinh say sưa đọc sách tại thư viện xanh", "Các em học sinh say sưa đọc sách tại thư viện xanh", "br"),
            P("Thư viện xanh của nhà trường được bổ sung thêm 350 đầu sách do phụ huynh và các nhà hảo tâm trao tặng."),
            P("Thông qua ngày hội, nhà trường mong muốn khơi dậy niềm đam mê đọc sách, giúp các em mở rộng hiểu biết và rèn luyện kỹ năng sống."),
            R('<div style="text-align: right;"><strong>Tin, ảnh: H\'Ngọc Niê</strong></div>'),
        ],
        authors=["H'Ngọc Niê"],
        photographers=["H'Ngọc Niê"],
        opts={"shown": "00:00 15/10/2026", "by": "Văn thư PGD", "form": "br", "abstract": "Hơn 600 học sinh tham gia Ngày hội đọc sách với nhiều hoạt động bổ ích."},
    ),
    Story(
        3,
        "cu-m-gar-hon-1-200-hoc-sinh-tham-gia-hoi-khoe-phu-ong-cap-huyen",
        "Cư M'gar: Hơn 1.200 học sinh tham gia Hội khỏe Phù Đổng cấp huyện",
        CATEGORY,
        "2026-10-22T15:20:00+07:00",
        [
            P("Từ ngày 19 đến 22/10/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng GD&ĐT phối hợp với Phòng Văn hóa và Thông tin tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XI."),
            Img(doc(31220, "hkpd-khai-mac.jpg", 1761100000000), "Lễ khai mạc Hội khỏe Phù Đổng huyện Cư M'gar lần thứ XI", "Lễ khai mạc Hội khỏe Phù Đổng huyện Cư M'gar lần thứ XI", "table"),
            P("Hội khỏe thu hút hơn 1.200 vận động viên là học sinh tiểu học và THCS đến từ 17 xã, thị trấn, tranh tài ở 8 môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu, võ cổ truyền và bơi lội."),
            Img(doc(31220, "hkpd-dien-kinh.jpg", 1761100000000), "Ảnh: Nguyễn Đình Tuấn", None, "credit"),
            P("Kết thúc hội khỏe, Ban tổ chức đã trao 3 giải toàn đoàn; Trường THCS Phan Chu Trinh xếp thứ nhất, Trường THCS Nguyễn Trãi xếp thứ hai và Trường THCS Lê Quý Đôn xếp thứ ba."),
            sig("Tin: Y Khoa Byă - Ảnh: Nguyễn Đình Tuấn"),
        ],
        authors=["Y Khoa Byă"],
        photographers=["Nguyễn Đình Tuấn"],
        opts={"shown": "15:20 22/10/2026", "by": "Quản trị PGD", "abstract": "Hơn 1.200 vận động viên tranh tài ở 8 môn thi đấu."},
    ),
    Story(
        4,
        "so-gd-t-ak-lak-kiem-tra-cong-tac-au-nam-hoc-tai-huyen-cu-m-gar",
        "Sở GD&ĐT Đắk Lắk kiểm tra công tác đầu năm học tại huyện Cư M'gar",
        CATEGORY,
        "2026-10-30T09:10:00+07:00",
        [
            P("Ngày 29/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo Đắk Lắk do Phó Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác chuẩn bị và thực hiện nhiệm vụ đầu năm học tại huyện Cư M'gar."),
            P("Đoàn đã kiểm tra thực tế tại Trường Mầm non Hoa Sen, Trường TH Lê Văn Tám và Trường THCS Ea Kpam; làm việc với lãnh đạo Phòng GD&ĐT về công tác phát triển trường lớp, đội ngũ và cơ sở vật chất."),
            Img(f"/image/image_gallery?uuid={_uuid('kiem-tra-so')}&groupId={GROUP}&t=1761790000000", "Đoàn kiểm tra làm việc tại Trường TH Lê Văn Tám", "Đoàn kiểm tra làm việc tại Trường TH Lê Văn Tám", "em"),
            P("Theo kế hoạch, trong tháng 11 Phòng GD&ĐT sẽ hoàn thành việc rà soát, bổ sung thiết bị dạy học tối thiểu cho các lớp 1, 2, 6 và 7."),
            P("Phát biểu kết luận, Trưởng đoàn ghi nhận những cố gắng của ngành giáo dục huyện, đồng thời đề nghị tiếp tục quan tâm công tác phổ cập giáo dục và xóa mù chữ."),
            R('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></p>'),
        ],
        source="Sở GD&ĐT Đắk Lắk",
        opts={"shown": "09:10 30/10/2026", "by": "Văn thư PGD", "abstract": "Đoàn kiểm tra của Sở làm việc tại ba trường trên địa bàn huyện."},
    ),
    Story(
        5,
        "tap-huan-ung-dung-cong-nghe-thong-tin-trong-day-hoc-cho-giao-vien-tieu-hoc",
        "Tập huấn ứng dụng công nghệ thông tin trong dạy học cho giáo viên tiểu học",
        CATEGORY,
        "2026-11-04T14:00:00+07:00",
        [
            P("Trong hai ngày 02 và 03/11/2026, Phòng GD&ĐT Cư M'gar tổ chức lớp tập huấn ứng dụng công nghệ thông tin trong dạy học cho 120 giáo viên cốt cán cấp tiểu học.", "lead"),
            P("Các học viên được hướng dẫn khai thác học liệu số, thiết kế bài giảng điện tử, sử dụng phần mềm tạo câu hỏi tương tác và quản lý lớp học trực tuyến."),
            Img(doc(31231, "tap-huan-cntt.jpg", 1762240000000), "Giáo viên thực hành thiết kế bài giảng điện tử", "Giáo viên thực hành thiết kế bài giảng điện tử", "em"),
            P("Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp tại đơn vị và nộp sản phẩm bài giảng về Phòng trước ngày 30/11/2026."),
            sig("ThS. Lê Thị Thu Hà - Chuyên viên Phòng GD&ĐT"),
        ],
        authors=["Lê Thị Thu Hà"],
        summary="Trong hai ngày 02 và 03/11/2026, Phòng GD&ĐT Cư M'gar tổ chức lớp tập huấn ứng dụng công nghệ thông tin trong dạy học cho 120 giáo viên cốt cán cấp tiểu học.",
        opts={"shown": "14:00 04/11/2026", "by": "Quản trị PGD", "abstract": "120 giáo viên cốt cán cấp tiểu học tham gia lớp tập huấn."},
    ),
    Story(
        6,
        "hoi-thao-chuyen-e-oi-moi-sinh-hoat-to-chuyen-mon-theo-nghien-cuu-bai-hoc",
        "Hội thảo chuyên đề đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học",
        CATEGORY,
        "2026-11-10T10:30:00+07:00",
        [
            P("Ngày 09/11/2026, tại Trường THCS Nguyễn Trãi, Phòng GD&ĐT tổ chức hội thảo chuyên đề đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học."),
            P("Hội thảo tập trung vào các nội dung chính:"),
            P("Xây dựng kế hoạch bài học theo chuỗi hoạt động học;", "li"),
            P("Tổ chức dự giờ, quan sát học sinh học tập;", "li"),
            P("Phân tích, suy ngẫm về bài học và điều chỉnh cách dạy.", "li"),
            P("Các đại biểu đánh giá cao tiết dạy minh họa môn Ngữ văn lớp 8 của cô giáo H'Xuân Mlô, đồng thời thống nhất nhân rộng mô hình trong toàn huyện."),
            sig("Trần Minh Quang"),
        ],
        authors=["Trần Minh Quang"],
        opts={"shown": "10:30 10/11/2026", "by": "Quản trị PGD", "abstract": "Hội thảo tổ chức tại Trường THCS Nguyễn Trãi với tiết dạy minh họa môn Ngữ văn."},
    ),
    Story(
        7,
        "truong-thcs-le-quy-on-at-chuan-quoc-gia-muc-o-1",
        "Trường THCS Lê Quý Đôn đạt chuẩn quốc gia mức độ 1",
        CATEGORY,
        "2026-11-13T16:45:00+07:00",
        [
            P("Ngày 12/11/2026, UBND tỉnh Đắk Lắk đã ban hành quyết định công nhận Trường THCS Lê Quý Đôn (xã Ea Tar) đạt chuẩn quốc gia mức độ 1."),
            P("Kết quả đánh giá các tiêu chuẩn của nhà trường như sau:"),
            P("Tiêu chuẩn | Kết quả", "tr"),
            P("Tổ chức và quản lý nhà trường | Đạt", "tr"),
            P("Cán bộ quản lý, giáo viên, nhân viên và học sinh | Đạt", "tr"),
            P("Cơ sở vật chất và thiết bị dạy học | Đạt", "tr"),
            P("Đến nay, toàn huyện có 58/84 trường đạt chuẩn quốc gia, đạt tỷ lệ 69%."),
            R('<p style="text-align: right;"><em>Theo Báo Đắk Lắk</em></p>'),
        ],
        source="Báo Đắk Lắk",
        opts={"shown": "16:45 13/11/2026", "by": "Văn thư PGD", "abstract": "Toàn huyện hiện có 58/84 trường đạt chuẩn quốc gia."},
    ),
    Story(
        8,
        "thong-bao-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-nam-hoc-2026-2027",
        "Thông báo tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026-2027",
        CATEGORY,
        "2026-11-18",
        [
            P("Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 02/10/2026 của Phòng GD&ĐT về thực hiện nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thông báo tổ chức Hội thi giáo viên dạy giỏi cấp huyện như sau:"),
            P("1. Đối tượng: giáo viên đang trực tiếp giảng dạy tại các trường tiểu học và THCS trên địa bàn huyện."),
            P("2. Thời gian: từ ngày 07/12/2026 đến ngày 18/12/2026."),
            P("3. Hồ sơ đăng ký gửi về Phòng GD&ĐT (qua Bộ phận Chuyên môn) trước ngày 30/11/2026."),
            P("Đề nghị Hiệu trưởng các trường triển khai đến giáo viên và thực hiện nghiêm túc nội dung thông báo này."),
        ],
        authors=["Phạm Văn Thắng"],
        opts={"shown": "08:00 19/11/2026", "by": "Văn thư PGD", "form": "notice", "abstract": "Hội thi diễn ra từ ngày 07/12 đến 18/12/2026."},
    ),
    Story(
        9,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        CATEGORY,
        "2026-11-20T08:15:00+07:00",
        [
            P("Sáng 19/11/2026, Phòng GD&ĐT huyện Cư M'gar long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu.", "lead"),
            P("Đến dự buổi lễ có đại diện Thường trực Huyện ủy, UBND huyện cùng hơn 300 cán bộ quản lý, giáo viên tiêu biểu của các trường."),
            Img(doc(31244, "le-ky-niem-20-11.jpg", 1763510000000), "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo", "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo", "table"),
            P("Dịp này, UBND huyện đã tặng giấy khen cho 35 nhà giáo có thành tích xuất sắc trong năm học 2025-2026."),
            Img(doc(31244, "tuyen-duong-nha-giao.jpg", 1763510000000), "Các nhà giáo tiêu biểu nhận giấy khen", "Các nhà giáo tiêu biểu nhận giấy khen", "table"),
            P("Phát biểu tại buổi lễ, Trưởng phòng Phạm Văn Thắng gửi lời tri ân tới đội ngũ nhà giáo đang ngày đêm bám trường, bám lớp ở vùng sâu, vùng xa."),
            sig("Phòng GD&ĐT Cư M'gar"),
        ],
        authors=["Phòng GD&ĐT Cư M'gar"],
        summary="Sáng 19/11/2026, Phòng GD&ĐT huyện Cư M'gar long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu.",
        opts={
            "shown": "08:15 20/11/2026",
            "by": "Quản trị PGD",
            "abstract": "35 nhà giáo được tặng giấy khen nhân dịp 20/11.",
            "comments": [
                ("Nguyễn Thị Lan", "Chúc mừng các thầy cô giáo nhân ngày 20/11!", "20:05 20/11/2026"),
            ],
        },
    ),
    Story(
        10,
        "hoc-sinh-huyen-cu-m-gar-at-15-giai-tai-hoi-thi-tin-hoc-tre-cap-tinh",
        "Học sinh huyện Cư M'gar đạt 15 giải tại Hội thi Tin học trẻ cấp tỉnh",
        CATEGORY,
        "2026-11-25T11:05:00+07:00",
        [
            P("Tại Hội thi Tin học trẻ tỉnh Đắk Lắk lần thứ XXI năm 2026, đội tuyển học sinh huyện Cư M'gar đã xuất sắc giành 15 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 4 giải Khuyến khích."),
            Img(doc(31250, "tin-hoc-tre.jpg", 1764040000000), "Đội tuyển Tin học trẻ huyện Cư M'gar tại lễ trao giải", "Đội tuyển Tin học trẻ huyện Cư M'gar tại lễ trao giải", "em"),
            P("Em Y Thuận Êban, học sinh lớp 9 Trường THCS Phan Chu Trinh, đạt giải Nhất bảng C1 với sản phẩm phần mềm hỗ trợ học tiếng Ê Đê."),
            P("Kết quả trên khẳng định hiệu quả của công tác bồi dưỡng học sinh năng khiếu tin học mà ngành giáo dục huyện triển khai trong những năm qua."),
            sig("Tin, ảnh: Nguyễn Đình Tuấn"),
        ],
        authors=["Nguyễn Đình Tuấn"],
        photographers=["Nguyễn Đình Tuấn"],
        opts={"shown": "11:05 25/11/2026", "by": "Quản trị PGD", "abstract": "Đội tuyển giành 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 4 giải Khuyến khích."},
    ),
    Story(
        11,
        "tang-cuong-cong-tac-phong-chong-uoi-nuoc-va-tai-nan-thuong-tich-cho-hoc-sinh-mua-mua",
        "Tăng cường công tác phòng, chống đuối nước và tai nạn thương tích cho học sinh mùa mưa",
        CATEGORY,
        "2026-11-28T07:30:00+07:00",
        [
            P("Trước diễn biến phức tạp của mưa lũ cuối năm, Phòng GD&ĐT yêu cầu các trường học tăng cường công tác phòng, chống đuối nước và tai nạn thương tích cho học sinh."),
            P("Các đơn vị cần rà soát hệ thống điện, cây xanh, tường rào trong khuôn viên trường; bố trí người đưa đón học sinh qua các đoạn đường ngập nước, suối, đập tràn."),
            P("Nhà trường phối hợp chặt chẽ với gia đình, nhắc nhở học sinh không tắm sông, suối, ao hồ; duy trì các lớp dạy bơi an toàn trong dịp nghỉ cuối tuần."),
            P("Mọi trường hợp xảy ra tai nạn phải được báo cáo ngay về Phòng GD&ĐT qua số điện thoại đường dây nóng 0262 3834 115."),
            sig("Hồ Thị Mai - Bộ phận Tổng hợp"),
        ],
        authors=["Hồ Thị Mai"],
        opts={"shown": "07:30 28/11/2026", "by": "Văn thư PGD", "related": [6, 2], "abstract": "Các trường rà soát cơ sở vật chất và phối hợp với gia đình nhắc nhở học sinh."},
    ),
    Story(
        12,
        "giao-luu-tieng-viet-cua-chung-em-danh-cho-hoc-sinh-dan-toc-thieu-so",
        "Giao lưu \"Tiếng Việt của chúng em\" dành cho học sinh dân tộc thiểu số",
        CATEGORY,
        "2026-12-02T09:40:00+07:00",
        [
            P("Ngày 01/12/2026, Phòng GD&ĐT tổ chức giao lưu \"Tiếng Việt của chúng em\" cấp huyện cho 72 học sinh lớp 4, lớp 5 là người dân tộc thiểu số đến từ 18 trường tiểu học."),
            Img(doc(31262, "giao-luu-tieng-viet.jpg", 1764640000000), "Phần thi năng khiếu của học sinh Trường TH Y Jút", "Phần thi năng khiếu của học sinh Trường TH Y Jút", "table"),
            P("Các em tham gia ba phần thi: giới thiệu bản thân, đọc hiểu văn bản và năng khiếu, thể hiện vốn Tiếng Việt phong phú cùng nét đẹp văn hóa của dân tộc mình."),
            P("Ban tổ chức đã trao 6 giải Nhất, 12 giải Nhì và 18 giải Ba cho các em học sinh."),
            sig("Tin, ảnh: H'Ngọc Niê"),
        ],
        authors=["H'Ngọc Niê"],
        photographers=["H'Ngọc Niê"],
        opts={"shown": "09:40 02/12/2026", "by": "Quản trị PGD", "abstract": "72 học sinh dân tộc thiểu số tham gia giao lưu cấp huyện."},
    ),
    Story(
        13,
        "kiem-tra-anh-gia-giua-hoc-ky-i-am-bao-nghiem-tuc-ung-thuc-chat",
        "Kiểm tra, đánh giá giữa học kỳ I: đảm bảo nghiêm túc, đúng thực chất",
        CATEGORY,
        "2026-12-04T14:30:00+07:00",
        [
            P("Thực hiện kế hoạch năm học, từ ngày 23/11 đến 04/12/2026, các trường tiểu học và THCS trên địa bàn huyện đã tổ chức kiểm tra, đánh giá giữa học kỳ I."),
            P("Phòng GD&ĐT đã thành lập 4 đoàn kiểm tra, giám sát việc ra đề, coi và chấm kiểm tra tại 24 trường; nhìn chung các đơn vị thực hiện đúng quy chế."),
            P("Đề kiểm tra được xây dựng theo ma trận, bảo đảm mức độ nhận biết, thông hiểu, vận dụng; kết quả được nhà trường phân tích để điều chỉnh phương pháp dạy học."),
            P("Phòng GD&ĐT đề nghị các trường tiếp tục bồi dưỡng học sinh có năng khiếu và phụ đạo học sinh chưa hoàn thành nội dung học tập ngay từ giữa học kỳ."),
            sig("Y Khoa Byă"),
        ],
        authors=["Y Khoa Byă"],
        opts={
            "shown": "14:30 04/12/2026",
            "by": "Quản trị PGD",
            "abstract": "4 đoàn kiểm tra, giám sát việc tổ chức kiểm tra tại 24 trường.",
            "comments": [
                ("Lê Văn Tâm", "Đề nghị Phòng công bố ma trận đề để các trường tham khảo.", "19:02 04/12/2026"),
                ("Phụ huynh H'Bia", "Cảm ơn nhà trường đã thông tin kịp thời.", "21:15 04/12/2026"),
            ],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWEST_FIRST = sorted(STORIES, key=lambda s: s.id, reverse=True)
PAGES = (len(STORIES) + PER_PAGE - 1) // PER_PAGE


def entry_id(story: Story) -> int:
    return 31200 + story.id * 13


def entry_path(story: Story) -> str:
    return f"{NEWS}/-/blogs/{story.slug}"


def list_target(page: int | None) -> str:
    """The list URL a page iterator link prints (None: the page itself, no parameters)."""
    return NEWS if page is None else f"{NEWS}?p_p_id=33&_33_cur={page}"


def redirect_variant(story: Story, page: int | None) -> str:
    return entry_path(story) + "?_33_redirect=" + quote(list_target(page), safe="")


def page_of(story: Story) -> int:
    return NEWEST_FIRST.index(story) // PER_PAGE + 1


# --- rendering of the content ------------------------------------------------------------------


def _img_tag(img: Img) -> str:
    return f'<img alt="" src="{img.src.replace("&", "&amp;")}" style="width: 500px; height: 333px;" />'


def render_content(story: Story) -> str:
    form = story.opts.get("form", "")
    if form == "br":
        return _render_br(story)
    out: list[str] = []
    if form == "notice":
        out.append(_NOTICE_HEAD)
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{ck(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n\t" + "\n\t".join(items) + "\n</ul>")
            continue
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                rows.append("<tr>" + "".join(f"<td>{ck(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        if isinstance(b, P):
            if b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{ck(b.text)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{ck(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" class="anh-tin" '
                    'style="width: 500px;">\n<tbody>\n<tr>\n<td>' + _img_tag(b) + "</td>\n</tr>\n<tr>\n"
                    '<td style="text-align: center;"><span style="font-size:11px;"><em>'
                    + ck(b.printed or "")
                    + "</em></span></td>\n</tr>\n</tbody>\n</table>"
                )
            elif b.style in ("em", "credit"):
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                out.append(f'<p style="text-align: center;"><em>{ck(b.printed or "")}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
        else:
            out.append(b.html)
        i += 1
    if form == "notice":
        out.append(_NOTICE_TAIL)
    return "\n".join(out)


def _render_br(story: Story) -> str:
    chunks: list[str] = []
    for b in story.blocks:
        if isinstance(b, P):
            chunks.append(ck(b.text) + "<br />\n<br />")
        elif isinstance(b, Img):
            chunks.append(_img_tag(b) + "<br />\n<em>" + ck(b.printed or "") + "</em><br />\n<br />")
        else:
            chunks.append(b.html)
    return "\n".join(chunks)


_NOTICE_HEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr>
<td style="width: 42%; text-align: center;">UBND HUYỆN CƯ M'GAR<br />
<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />
Số: 412/TB-PGDĐT</td>
<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />
Độc lập - Tự do - Hạnh phúc</strong><br />
<em>Cư M'gar, ngày 18 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Về việc tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026-2027</strong></p>"""

_NOTICE_TAIL = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />
- Các trường TH, THCS;<br />
- Lãnh đạo Phòng;<br />
- Lưu: VT, CM.</td>
<td style="text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Phạm Văn Thắng</strong></td>
</tr>
</tbody>
</table>"""


# --- chrome --------------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", HOME, []),
    ("Giới thiệu", SITE + "/gioi-thieu", [("Cơ cấu tổ chức", SITE + "/gioi-thieu/co-cau-to-chuc"), ("Lãnh đạo phòng", SITE + "/gioi-thieu/lanh-dao-phong")]),
    ("Tin tức", NEWS, []),
    ("Văn bản", SITE + "/van-ban", []),
    ("Thư viện ảnh", SITE + "/thu-vien-anh", []),
    ("Liên hệ", SITE + "/lien-he", []),
]


def _nav(current: str) -> str:
    items = []
    for n, (label, href, kids) in enumerate(NAV, start=1):
        cls = "selected lfr-nav-item" if current == href else "lfr-nav-item"
        if kids:
            sub = "".join(
                f'<li class="lfr-nav-item" id="layout_{20 + k}" role="presentation"><a href="{h}" role="menuitem">{lr(t)}</a></li>'
                for k, (t, h) in enumerate(kids)
            )
            items.append(
                f'<li class="{cls} dropdown" id="layout_{n}" role="presentation"><a aria-haspopup="true" '
                f'aria-labelledby="layout_{n}" class="dropdown-toggle" href="{href}" role="menuitem"><span> {lr(label)} '
                f'<i class="icon-caret-down"></i></span></a><ul class="child-menu dropdown-menu" role="menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="{cls}" id="layout_{n}" role="presentation"><a aria-labelledby="layout_{n}" '
                f'href="{href}" role="menuitem"><span> {lr(label)}</span></a></li>'
            )
    return (
        '<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">'
        '<div class="navbar-inner"><div class="collapse nav-collapse"><ul aria-label="Các trang trang web" '
        'class="nav nav-collapse" role="menubar">' + "".join(items) + "</ul></div></div></nav>"
    )


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    parts = ['<li class="first"><a href="' + SITE + '">Phòng GD&amp;ĐT Cư M&#039;gar</a><span class="divider">/</span></li>']
    for k, (label, href) in enumerate(trail):
        last = k == len(trail) - 1
        cls = ' class="active last breadcrumb-truncate"' if last else ""
        div = "" if last else '<span class="divider">/</span>'
        parts.append(f'<li{cls}><a href="{href}">{lr(label)}</a>{div}</li>')
    return (
        '<nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
        + "".join(parts)
        + "</ul></nav>"
    )


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="{entry_path(s)}">{lr(s.title)}</a> <span class="ngay-dang">({s.opts["shown"].split()[1]})</span></li>'
        for s in NEWEST_FIRST[:5]
    )
    return f"""<div class="span4" id="column-2">
<div class="portlet-boundary portlet-boundary_3_ portlet-static portlet-search" id="p_p_id_3_">
<div class="portlet-body"><section class="portlet" id="portlet_3"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tìm kiếm</span></h2></header>
<div class="portlet-content"><form action="javascript:;" method="get" name="_3_fm" onsubmit="return false;">
<input class="search-input" name="_3_keywords" placeholder="Từ khóa..." size="30" title="Tìm kiếm" type="text" value="" />
<input class="btn" type="submit" value="Tìm" /></form></div></section></div></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-journal-content" id="p_p_id_56_INSTANCE_tinmoi_">
<div class="portlet-body"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin mới</span></h2></header>
<div class="portlet-content"><div class="journal-content-article"><ul class="ds-tinmoi">{recent}</ul></div></div></section></div></div>
<div class="portlet-boundary portlet-boundary_59_ portlet-static portlet-polls-display" id="p_p_id_59_INSTANCE_k3Bq9Zx1Ppo2_">
<div class="portlet-body"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thăm dò ý kiến</span></h2></header>
<div class="portlet-content"><form action="javascript:;" method="post" name="_59_INSTANCE_k3Bq9Zx1Ppo2_fm">
<p>Bạn đánh giá thế nào về trang thông tin điện tử của Phòng?</p>
<label class="radio"><input name="_59_INSTANCE_k3Bq9Zx1Ppo2_choiceId" type="radio" value="1" /> Rất hữu ích</label>
<label class="radio"><input name="_59_INSTANCE_k3Bq9Zx1Ppo2_choiceId" type="radio" value="2" /> Hữu ích</label>
<label class="radio"><input name="_59_INSTANCE_k3Bq9Zx1Ppo2_choiceId" type="radio" value="3" /> Cần cải thiện</label>
<input class="btn" type="button" value="Bình chọn" /></form></div></section></div></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-journal-content" id="p_p_id_56_INSTANCE_lienket_">
<div class="portlet-body"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h2></header>
<div class="portlet-content"><div class="journal-content-article"><ul>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>
<li><a href="https://cumgar.daklak.gov.vn" target="_blank">Cổng TTĐT huyện Cư M&#039;gar</a></li>
</ul><p><a href="https://www.facebook.com/pgdcumgar" target="_blank"><img alt="Facebook" src="/pgdcumgar-theme/images/icon-facebook.png" /></a></p></div></div></section></div></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static" id="p_p_id_56_INSTANCE_thongke_">
<div class="portlet-body"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thống kê truy cập</span></h2></header>
<div class="portlet-content"><table class="thong-ke"><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.905</td></tr></table></div></section></div></div>
</div>"""


def _page(request: Request, title: str, current: str, trail: list[tuple[str, str]], main: str, *,
          canonical: str | None = None, description: str = "") -> Response:
    host = base_url(request)
    canon = canonical or current
    desc = f'<meta content="{lr(description)}" lang="vi-VN" name="description" />\n' if description else ""
    page = f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{lr(title)} - Phòng GD&amp;ĐT Cư M&#039;gar</title>
	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}<link href="/pgdcumgar-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{host}{canon}" rel="canonical" />
<link class="lfr-css-file" href="/pgdcumgar-theme/css/main.css?browserId=other&amp;themeId=pgdcumgar_WAR_pgdcumgartheme&amp;languageId=vi_VN&amp;b=6205&amp;t=1764120000000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=pgdcumgar_WAR_pgdcumgartheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1764120000000" type="text/javascript"></script>
<script type="text/javascript">
	var themeDisplay = Liferay.ThemeDisplay = {{getLayoutId: function() {{return "3";}}, getPlid: function() {{return "{PLID}";}}, getScopeGroupId: function() {{return "{GROUP}";}}, getLanguageId: function() {{return "vi_VN";}}, isSignedIn: function() {{return false;}}}};
</script>
</head>

<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="ngay-hien-tai">{HEADER_TODAY}</span> <span class="hotline">Đường dây nóng: 0262 3834 115</span></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{HOME}" title="Đi tới Phòng GD&amp;ĐT Cư M&#039;gar">
<img alt="Phòng GD&amp;ĐT Cư M&#039;gar" height="120" src="/image/layout_set_logo?img_id=10452&amp;t=1764120000000" width="1170" /></a></h1></div>
{_nav(current)}
</header>
<div id="content">
{_breadcrumb(trail)}
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
{_sidebar()}
</div></div>
</div>
<footer id="footer" role="contentinfo">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CƯ M&#039;GAR</strong></p>
<p>Địa chỉ: Số 18 Hùng Vương, thị trấn Quảng Phú, huyện Cư M&#039;gar, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3834 115 - Email: pgdcumgar@daklak.edu.vn</p>
<p>© 2014 - 2026 Bản quyền thuộc Phòng GD&amp;ĐT Cư M&#039;gar. Thiết kế bởi Công ty CP Giải pháp Tây Nguyên. <span class="powered-by">Powered by <a href="http://www.liferay.com" rel="external">Liferay</a></span></p>
</footer>
</div>
</body>
</html>"""
    return html(page)


def _portlet(pid: str, title: str, body: str, css: str = "portlet-blogs") -> str:
    return f"""<div class="portlet-boundary portlet-boundary_{pid.split('_INSTANCE')[0]}_ portlet-static portlet-static-end {css}" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<div class="portlet-body">
<section class="portlet" id="portlet_{pid}">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{lr(title)}</span></h2>
<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu></header>
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">
{body}
</div></div></div>
</section>
</div>
</div>"""


# --- Blogs views -------------------------------------------------------------------------------


def _small_image(story: Story) -> str:
    return f"/image/blogs/entry?img_id={entry_id(story) + 2}&t=1764{story.id:02d}0000000"


def _stats(story: Story) -> str:
    n = len(story.opts.get("comments", []))
    return (
        f'<div class="stats"><span class="view-count">{story.views()} Lượt xem</span> '
        f'<span class="comments"><i class="icon-comment"></i> {n} Bình luận</span></div>'
    )


def _list_entry(story: Story, href: str) -> str:
    href_html = href.replace("&", "&amp;")
    return f"""<div class="entry entry-approved" id="_33_{entry_id(story)}">
	<div class="entry-content">
		<div class="entry-title"><h2><a href="{href_html}">{lr(story.title)}</a></h2></div>
		<div class="entry-date"><span class="hide-accessible">Ngày đăng</span>{story.opts["shown"]}</div>
	</div>
	<div class="entry-body">
		<div class="asset-small-image"><img alt="" class="asset-small-image" src="{_small_image(story).replace("&", "&amp;")}" width="150" /></div>
		{lr(story.opts["abstract"])}
		<br />
		<a href="{href_html}">Đọc thêm <span class="hide-accessible">về {lr(story.title)}</span> &raquo;</a>
	</div>
	<div class="entry-footer">
		<div class="entry-author"><span class="hide-accessible">Viết bởi</span> {lr(story.opts["by"])}</div>
		{_stats(story)}
	</div>
</div>
<div class="separator"><!-- --></div>"""


def _iterator(page: int) -> str:
    total = len(STORIES)
    first, last = (page - 1) * PER_PAGE + 1, min(page * PER_PAGE, total)
    sel = "".join(f'<li><a href="{list_target(p).replace("&", "&amp;")}">{p}</a></li>' for p in range(1, PAGES + 1))

    def btn(label: str, target: int | None, cls: str) -> str:
        if target is None:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{list_target(target).replace("&", "&amp;")}">{label}</a></li>'

    return f"""<div class="taglib-page-iterator" id="_33_entriesSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
	<div class="lfr-pagination-config">
		<div class="lfr-pagination-page-selector">
			<div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" id="_33_kldx_menu" title="Trang {page} của {PAGES}"><span class="lfr-icon-menu-text">Trang {page} của {PAGES}</span> <i class="caret"></i></a>
			<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{sel}</ul></div>
		</div>
	</div>
	<small class="search-results">Hiển thị {first} - {last} của {total} kết quả.</small>
	<ul class="pager lfr-pagination-buttons">
		{btn("&larr; Đầu", 1 if page > 1 else None, "first")}
		{btn("Trước", page - 1 if page > 1 else None, "")}
		{btn("Tiếp", page + 1 if page < PAGES else None, "")}
		{btn("Cuối &rarr;", PAGES if page < PAGES else None, "last")}
	</ul>
</div>
</div>"""


def list_page(request: Request, page: int, explicit: bool) -> Response:
    own = list_target(page if explicit else None)
    entries = NEWEST_FIRST[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "\n".join(_list_entry(s, entry_path(s) + "?_33_redirect=" + quote(own, safe="")) for s in entries)
    body = f"""<div class="lfr-meta-actions add-entry"></div>
<div class="subscribe"><a class="taglib-icon" href="{NEWS}/-/blogs/rss" target="_blank"><i class="icon-rss"></i> <span class="taglib-text">Đăng ký kênh RSS</span></a></div>
{rows}
{_iterator(page)}"""
    canonical = NEWS if page == 1 else own
    return _page(request, "Tin tức", NEWS, [("Tin tức", NEWS)], _portlet("33", "Tin hoạt động", body), canonical=canonical)


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    items = []
    for k, (who, said, when) in enumerate(comments, start=1):
        items.append(f"""<div class="lfr-discussion" id="_33_messageScroll{entry_id(story) + 100 + k}">
<div class="lfr-discussion-details"><img alt="{lr(who)}" class="avatar" src="/image/user_male_portrait?img_id=0&amp;t=1764120000000" />
<span class="user-name">{lr(who)}</span></div>
<div class="lfr-discussion-body"><div class="lfr-discussion-message">{lr(said)}</div>
<div class="lfr-discussion-posted-on">Đăng lúc {when}.</div>
<ul class="lfr-discussion-actions"><li><a href="javascript:;">Trả lời</a></li></ul></div>
</div>""")
    header = f"{len(comments)} Bình luận" if comments else "Chưa có bình luận nào."
    return f"""<div class="lfr-panel-container" id="_33_blogsCommentsPanelContainer">
<div class="lfr-panel lfr-collapsible lfr-extended" id="_33_blogsCommentsPanel">
<div class="lfr-panel-titlebar"><div class="lfr-panel-title"><span>Bình luận</span></div></div>
<div class="lfr-panel-content"><div class="taglib-discussion"><p class="lfr-discussion-count">{header}</p>
{"".join(items)}
<div class="lfr-discussion-form-container"><a href="javascript:;" class="taglib-icon">Hãy đăng nhập để bình luận</a></div>
</div></div></div></div>"""


def _related(story: Story) -> str:
    ids = story.opts.get("related")
    if not ids:
        return ""
    links = "".join(
        f'<li class="asset-links-list-item"><i class="icon-file-alt"></i> <a href="{entry_path(BY_ID[i])}">{lr(BY_ID[i].title)}</a></li>'
        for i in ids
    )
    return f'<div class="entry-links"><div class="taglib-asset-links"><h2 class="asset-links-title"><i class="icon-link"></i> Nội dung liên quan</h2><ul class="asset-links-list">{links}</ul></div></div>'


def entry_page(request: Request, story: Story, back: str) -> Response:
    path = entry_path(story)
    body = f"""<div class="taglib-header ">
	<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{back.replace("&", "&amp;")}" id="_33_TabsBack" title="Quay về"><span class="helper-hidden-accessible">Quay về</span></a></span>
	<h3 class="header-title"><span>{lr(story.title)}</span></h3>
</div>
<div class="entry entry-approved" id="_33_{entry_id(story)}">
	<div class="entry-content">
		<div class="entry-title"><h2><a href="{path}">{lr(story.title)}</a></h2></div>
		<div class="entry-date"><span class="hide-accessible">Ngày đăng</span>{story.opts["shown"]}</div>
	</div>
	<div class="entry-body">
{render_content(story)}
	</div>
	<div class="entry-footer">
		<div class="entry-author"><span class="hide-accessible">Viết bởi</span> {lr(story.opts["by"])}</div>
		{_stats(story)}
		<div class="entry-categories"><span class="taglib-asset-categories-summary">Chủ đề: <span class="asset-category">Hoạt động ngành</span></span></div>
		<div class="entry-tags"><span class="taglib-asset-tags-summary"><span class="tag">giáo dục</span> <span class="tag">cư m&#039;gar</span></span></div>
		{_related(story)}
		<div class="social-bookmarks"><ul class="taglib-social-bookmarks">
			<li class="taglib-social-bookmark-facebook"><a class="taglib-social-bookmark-facebook" href="http://www.facebook.com/sharer.php?u={quote(base_url(request) + path, safe="")}" target="_blank"><img alt="facebook" src="/html/themes/classic/images/social_bookmarks/facebook.png" /></a></li>
			<li class="taglib-social-bookmark-twitter"><a class="taglib-social-bookmark-twitter" href="https://twitter.com/intent/tweet?url={quote(base_url(request) + path, safe="")}" target="_blank"><img alt="twitter" src="/html/themes/classic/images/social_bookmarks/twitter.png" /></a></li>
		</ul></div>
		<div class="entry-ratings"><div class="taglib-ratings stars"><span class="liferay-rating-vote">Đánh giá (0 Phiếu)</span></div></div>
	</div>
</div>
<div class="separator"><!-- --></div>
{_comments(story)}"""
    return _page(
        request,
        f"{story.title} - Tin tức",
        NEWS,
        [("Tin tức", NEWS), (story.title, path)],
        _portlet("33", "Tin hoạt động", body),
        canonical=path,
        description=story.opts["abstract"],
    )


def rss(request: Request) -> Response:
    host = base_url(request)
    items = "".join(
        f"<item><title>{lr(s.title)}</title><link>{host}{entry_path(s)}</link>"
        f"<description>{lr(s.opts['abstract'])}</description><author>{lr(s.opts['by'])}</author></item>"
        for s in NEWEST_FIRST
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin hoạt động</title>'
        f"<link>{host}{NEWS}</link><description>Tin hoạt động</description>{items}</channel></rss>"
    )
    return Response(200, xml.encode(), {"Content-Type": "text/xml; charset=UTF-8"})


# --- home page ---------------------------------------------------------------------------------


def _find_entry(request: Request, story: Story) -> str:
    nsr = quote(base_url(request) + NEWS, safe="")
    return f"/c/blogs/find_entry?p_l_id={PLID}&amp;noSuchEntryRedirect={nsr}&amp;entryId={entry_id(story)}"


def home(request: Request) -> Response:
    entries = []
    for s in NEWEST_FIRST[:5]:
        href = _find_entry(request, s)
        entries.append(f"""<div class="entry">
	<div class="entry-author"><img alt="" class="avatar" src="/image/user_male_portrait?img_id=10215&amp;t=1764120000000" /> {lr(s.opts["by"])}</div>
	<div class="entry-content">
		<div class="entry-title"><a href="{href}">{lr(s.title)}</a></div>
		<div class="entry-date">{s.opts["shown"]}</div>
		<div class="entry-abstract"><div class="asset-small-image"><img alt="" class="asset-small-image" src="{_small_image(s).replace("&", "&amp;")}" width="100" /></div>{lr(s.opts["abstract"])}</div>
		<div class="entry-footer"><a href="{href}">Đọc thêm &raquo;</a></div>
	</div>
</div>""")
    agg = "\n".join(entries) + f'\n<div class="xem-tat-ca"><a href="{NEWS}">Xem tất cả tin &raquo;</a></div>'
    notice = """<div class="journal-content-article"><div class="thong-bao-chay"><marquee scrollamount="3">Phòng GD&amp;ĐT Cư M&#039;gar thông báo lịch tiếp công dân: sáng thứ Năm hằng tuần tại trụ sở Phòng.</marquee></div></div>"""
    main = _portlet("56_INSTANCE_thongbao", "Thông báo", notice, "portlet-journal-content") + _portlet(
        "115_INSTANCE_aB3cD4eF5gH6", "Tin tức - Sự kiện", agg, "portlet-blogs-aggregator"
    )
    return _page(request, "Trang chủ", HOME, [("Trang chủ", HOME)], main)


# --- web content pages -------------------------------------------------------------------------

WEB_PAGES: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    SITE + "/gioi-thieu": (
        "Giới thiệu",
        """<h3>Giới thiệu chung</h3>
<p>Phòng Giáo dục và Đào tạo huyện Cư M'gar là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>
<p>Toàn huyện hiện có 84 trường mầm non, tiểu học và trung học cơ sở với hơn 48.000 học sinh, trong đó gần 40% là học sinh dân tộc thiểu số.</p>""",
        [("Giới thiệu", SITE + "/gioi-thieu")],
    ),
    SITE + "/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        """<table border="1" style="width:100%"><tbody>
<tr><td><strong>Bộ phận</strong></td><td><strong>Nhiệm vụ</strong></td></tr>
<tr><td>Lãnh đạo Phòng</td><td>Trưởng phòng và 02 Phó Trưởng phòng</td></tr>
<tr><td>Bộ phận Chuyên môn</td><td>Mầm non, Tiểu học, THCS</td></tr>
<tr><td>Bộ phận Tổng hợp</td><td>Tổ chức cán bộ, kế hoạch - tài chính, văn thư</td></tr>
</tbody></table>""",
        [("Giới thiệu", SITE + "/gioi-thieu"), ("Cơ cấu tổ chức", SITE + "/gioi-thieu/co-cau-to-chuc")],
    ),
    SITE + "/gioi-thieu/lanh-dao-phong": (
        "Lãnh đạo phòng",
        """<p><strong>Trưởng phòng:</strong> Phạm Văn Thắng - ĐT: 0262 3834 116</p>
<p><strong>Phó Trưởng phòng:</strong> Nguyễn Thị Hồng Vân - ĐT: 0262 3834 117</p>
<p><strong>Phó Trưởng phòng:</strong> Y Blốc Niê - ĐT: 0262 3834 118</p>""",
        [("Giới thiệu", SITE + "/gioi-thieu"), ("Lãnh đạo phòng", SITE + "/gioi-thieu/lanh-dao-phong")],
    ),
    SITE + "/lien-he": (
        "Liên hệ",
        """<p>Phòng Giáo dục và Đào tạo huyện Cư M'gar</p>
<p>Địa chỉ: Số 18 Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3834 115 - Email: pgdcumgar@daklak.edu.vn</p>""",
        [("Liên hệ", SITE + "/lien-he")],
    ),
    SITE + "/van-ban": (
        "Văn bản",
        f"""<table class="table table-bordered table-hover table-striped taglib-search-iterator"><thead><tr><th>Tiêu đề</th><th>Ngày đăng</th><th>Kích thước</th></tr></thead><tbody>
<tr><td><a href="{doc(31301, "CV-398-PGDDT-kiem-tra-giua-ky-I.pdf", 1763000000000)}"><i class="icon-file-text"></i> Công văn 398/PGDĐT về kiểm tra giữa học kỳ I</a></td><td>10/11/2026</td><td>186k</td></tr>
<tr><td><a href="{doc(31301, "KH-215-PGDDT-nhiem-vu-nam-hoc.pdf", 1759400000000)}"><i class="icon-file-text"></i> Kế hoạch 215/KH-PGDĐT thực hiện nhiệm vụ năm học 2026-2027</a></td><td>02/10/2026</td><td>412k</td></tr>
</tbody></table>""",
        [("Văn bản", SITE + "/van-ban")],
    ),
    SITE + "/thu-vien-anh": (
        "Thư viện ảnh",
        f"""<ul class="image-gallery">
<li><a href="{doc(31244, "le-ky-niem-20-11.jpg", 1763510000000)}" title="Lễ kỷ niệm 20/11"><img alt="Lễ kỷ niệm 20/11" src="/documents/{GROUP}/31244/le-ky-niem-20-11.jpg/{_uuid("le-ky-niem-20-11.jpg")}?t=1763510000000&amp;imageThumbnail=1" /></a></li>
<li><a href="{doc(31220, "hkpd-khai-mac.jpg", 1761100000000)}" title="Hội khỏe Phù Đổng"><img alt="Hội khỏe Phù Đổng" src="/documents/{GROUP}/31220/hkpd-khai-mac.jpg/{_uuid("hkpd-khai-mac.jpg")}?t=1761100000000&amp;imageThumbnail=1" /></a></li>
</ul>""",
        [("Thư viện ảnh", SITE + "/thu-vien-anh")],
    ),
}


def web_page(request: Request, path: str) -> Response:
    title, content, trail = WEB_PAGES[path]
    current = path if any(path == h for _, h, _ in NAV) else SITE + "/gioi-thieu"
    body = f'<div class="journal-content-article">{content}</div>'
    return _page(request, title, current, trail, _portlet("56_INSTANCE_gt" + str(len(path)), title, body, "portlet-journal-content"))


# --- routing -----------------------------------------------------------------------------------


_BLOG_RE = re.compile(r"^" + re.escape(NEWS) + r"/-/blogs/([a-z0-9_-]+)$")
_BY_SLUG = {s.slug: s for s in STORIES}
_BY_ENTRY = {str(entry_id(s)): s for s in STORIES}
_LIST_PARAMS = {"p_p_id", "_33_cur"}


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/":
            return redirect(HOME)
        if path.startswith(("/documents/", "/image/")):
            if ".pdf/" in path:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path + ".jpg")
        if path.startswith(("/pgdcumgar-theme/", "/html/")):
            return static_file(path) or Response(200, b"", {"Content-Type": "text/plain"})
        if path == "/c/blogs/find_entry":
            story = _BY_ENTRY.get(params.get("entryId", ""))
            if story is None:
                return redirect(unquote(params.get("noSuchEntryRedirect", "")) or NEWS)
            return redirect(entry_path(story))
        if path in (SITE, HOME) and not request.query:
            return home(request)
        if path == NEWS:
            if not request.query:
                return list_page(request, 1, False)
            if set(params) == _LIST_PARAMS and params["p_p_id"] == "33" and params["_33_cur"].isdigit():
                page = int(params["_33_cur"])
                if 1 <= page <= PAGES:
                    return list_page(request, page, True)
            return None
        if path == NEWS + "/-/blogs/rss" and not request.query:
            return rss(request)
        m = _BLOG_RE.match(path)
        if m and m.group(1) in _BY_SLUG:
            story = _BY_SLUG[m.group(1)]
            if not request.query:
                return entry_page(request, story, NEWS)
            if set(params) == {"_33_redirect"} and params["_33_redirect"] in _redirect_values(story):
                return entry_page(request, story, params["_33_redirect"])
            return None
        if path in WEB_PAGES and not request.query:
            return web_page(request, path)
        return None


def _redirect_values(story: Story) -> list[str]:
    page = page_of(story)
    values = [list_target(page)]
    if page == 1:
        values.append(NEWS)
    return values


def build_site() -> Site:
    return Site()


def _alt_paths(story: Story) -> list[str]:
    page = page_of(story)
    alts = [redirect_variant(story, page)]
    if page == 1:
        alts.insert(0, redirect_variant(story, None))
    return alts


GOLD = [
    gold_record(s, entry_path(s), CATEGORY, canonical_path=entry_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    NEWS,
    SITE + "/gioi-thieu",
    SITE + "/gioi-thieu/co-cau-to-chuc",
    SITE + "/gioi-thieu/lanh-dao-phong",
    SITE + "/van-ban",
    SITE + "/thu-vien-anh",
    SITE + "/lien-he",
]
