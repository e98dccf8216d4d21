"""Trường Chính trị tỉnh Thừa Thiên Huế on Liferay DXP 7.3: content pages, Display Page Templates.

The school's site is a Liferay DXP 7.3 site ("truong-chinh-tri", group 38401) built from content
pages and fragments, with a Clay/Bootstrap 4 theme (``/o/tct-hue-theme``) whose master page holds
the header (today's date, logo ``/image/layout_set_logo?img_id=…``, search bar), a mega menu
(Bootstrap dropdowns), a footer with address/phone/email, and on the content pages a right column
(an Asset Publisher "Đọc nhiều", a link select, a Polls widget, a visitor counter).

URL scheme
- ``/`` and ``/web/guest`` answer 302 to the start URL ``/web/truong-chinh-tri`` (site home).
- Section pages: ``/web/truong-chinh-tri/tin-tuc``, ``/dao-tao-boi-duong``, ``/nghien-cuu-khoa-hoc``:
  a heading fragment and a Collection Display bound to the section's asset category, paginated by
  its own parameter ``?page_number_<layout-structure-item-uuid>=<n>`` (Clay pagination "Trang
  trước", numbers, "Trang sau"; 3, 3 and 2 items a page). ``?p_r_p_categoryId=<id>`` (the public
  render parameter the category chips link to) serves the same page.
- Articles: Display Page Template at ``/web/truong-chinh-tri/w/<url-title>`` (gold path). The same
  page answers 200 at ``/w/<url-title>`` (the default site at the host's root) and with any query
  (``?p_l_back_url=…``); ``/web/truong-chinh-tri/-/asset_publisher/hT3kLmNq9RbZ/content/<url-title>
  ?_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_hT3kLmNq9RbZ_redirect=…``
  answers 302 to the gold path; an old url-title (friendly URL history) answers 301.
- Not articles: ``/web/truong-chinh-tri/{gioi-thieu,lich-su-phat-trien,co-cau-to-chuc,lien-he,
  thu-vien-anh,van-ban}`` (Web Content Display pages), ``/web/truong-chinh-tri/search?q=`` (no results).
- Files: ``/documents/38401/<folder>/<title>/<uuid>?t=<ms>`` (images, PDFs with ``&download=true``),
  ``/o/adaptive-media/image/<fileEntryId>/<config>/<title>?t=…`` (resized renditions).

Page templates
- Home: a banner, the "Tin tiêu điểm" Asset Publisher (articles 1, 7, 11 in the legacy
  ``/-/asset_publisher/…/content/…`` form), then one Collection Display per section (cards: image,
  short title, date; 3, 3 and 2 newest items, no pagination) with "Xem tất cả".
- Section page: breadcrumb, h1 heading fragment, the Collection Display (horizontal cards with the
  description cut at 150 characters) and its pager; the Tin tức page adds a second Collection
  Display "Tin nổi bật" holding articles 7 and 11 of the other sections.
- Display page: a banner ``<h1>Tin bài</h1>``, breadcrumb "Trang chủ › <title>", the title in an
  ``<h2 class="component-heading" data-lfr-editable-id="tieu-de">``, a meta row (date from the
  display date, "Tác giả" from a structure field, "Lượt xem"), a category chip, the description
  (summary) fragment, the "Ảnh" field (``<picture>`` with adaptive-media sources) and its caption
  fragment, the rich text (``data-lfr-editable-id="noi-dung"``), "Tệp đính kèm", asset tags, a
  row "Người đăng: bientap.tct | Cập nhật lần cuối: …", social bookmarks, "Tin liên quan"
  (Related Assets, ``/w/`` links); right column "Tin cùng chuyên mục" (a Collection Display of the
  section's two newest) and "Đọc nhiều".

How each gold article is reached (start URL only)
- Tin tức - Sự kiện: 1, 2, 3 on the home and page 1; 4 on page 2 and in "Đọc nhiều";
  5 and 6 only on page 2 (``?page_number_5f0d3c1e-…=2``).
- Đào tạo - Bồi dưỡng: 7, 8, 9 on the home and page 1 (7 also in "Tin tiêu điểm" and "Tin nổi
  bật", 8 in "Đọc nhiều"); 10 only on page 2.
- Nghiên cứu khoa học: 11, 12 on the home and page 1 (11 also "Tin tiêu điểm", "Tin nổi bật";
  12 "Đọc nhiều"); 13 only on page 2.

Traps
1. Per-fragment pagination. Each Collection Display pages with its own parameter
   ``page_number_<uuid>`` (no ``?page=``, no ``/page/2``); page 2's "1" and "Trang trước" link to
   ``?page_number_…=1`` (a second URL of page 1); the disabled "Trang sau" on the last page is an
   ``<a href="javascript:;">``; and every page of a listing prints the clean section URL as its
   ``rel=canonical`` (Liferay drops the query), so a crawler that trusts canonical on listings or
   dedupes by it never sees page 2. Gold: articles 5, 6, 10, 13 exist only on page 2.
2. One article, many URLs. Gold path ``/web/truong-chinh-tri/w/<url-title>``; ``/w/<url-title>``
   ("Tin liên quan" links, served by the default site) and ``…?p_l_back_url=%2Fweb%2Ftruong-chinh-tri``
   ("Đọc nhiều") answer 200 with the same page and a canonical to the gold path: they are the
   records' ``alt_paths``. The legacy Asset Publisher form (302) and the old url-title
   ``/w/khai-giang-lop-trung-cap-k45`` (301, linked from article 9) are redirects, not records.
3. The breadcrumb does not name the section. On display pages it reads "Trang chủ › <title>";
   the section is only in the asset-category chip (``label`` linking ``?p_r_p_categoryId=``) and
   ``article:section``; articles 7 and 11 are also listed on the Tin tức page ("Tin nổi bật") while
   filed elsewhere. Gold category: the chip's / menu's name ("Đào tạo - Bồi dưỡng", not "Tin tức").
4. Headings that are not the headline. The page's first visible ``<h1>`` is the template's banner
   "Tin bài"; the headline is the ``<h2 data-lfr-editable-id="tieu-de">``; the cards of the
   home and section pages print the structure's "Tiêu đề ngắn" (articles 1, 7, 11, 12: e.g.
   "Khai giảng lớp Trung cấp LLCT K45"). Gold title: the h2 (same as ``<title>`` before " - ").
5. Dates as Java's CLDR prints vi_VN. The meta row prints the display date as "14:30:00 3 thg 12,
   2026" (time first, "thg" month), "24 thg 10, 2026", "21/11/2026", 12-hour "03:45 CH, 19/11/2026"
   (CH = chiều, 15:45) and "10:30 SA, 25/11/2026" (SA = sáng), and "00:00:00 18 thg 11, 2026".
   Gold: ISO with +07:00 when a time is printed ("2026-11-19T15:45:00+07:00"), the day alone when
   it is not or when it is midnight ("2026-11-18").
6. Dates elsewhere that are not the publication date. The cards print the modified date
   ("Ngày cập nhật", e.g. article 1 listed 04/12/2026 but published 03/12); the page ends with
   "Cập nhật lần cuối: …"; ``<meta property="article:published_time">`` is the draft's createDate
   in UTC ("…Z"), a week earlier than publication for articles 11 and 12 and a day for 3.
   Gold: the meta row's date only.
7. Documents and Media image URLs. Photos are ``/documents/38401/<folder>/<file>.jpg/<uuid>?t=<ms>``
   (the extension is not at the end, the query is part of the URL) inside ``<picture>`` whose
   ``<source srcset>`` are adaptive-media renditions; a display page without a photo still prints
   the "Ảnh" fragment as ``<img src="">``. Gold: the ``<img src>`` with its ``?t=`` query, never
   the renditions nor the empty src; the card thumbnails are not the article's images.
8. The "Ảnh" field's caption is a separate fragment after the ``<picture>``; when it reads only
   "Ảnh: Nguyễn Thị Thu Hà" (article 3) it is a credit: caption None, photographer. Inline photos
   in the rich text carry their line as ``<figcaption>`` or as the next centred ``<em>`` paragraph:
   captions, not body.
9. Bylines. "Tác giả" field with degrees and units ("CN. Trần Thị Mỹ Linh", "ThS. Phan Thị Ngọc
   Ánh", "TS. Đặng Văn Lực - Trưởng Khoa Xây dựng Đảng", "Nguyễn Thị Thu Hà - Khoa Lý luận cơ sở")
   -> the name; "Người đăng: bientap.tct" is the CMS account -> nobody; closing lines "Tin, ảnh: X"
   (author and photographer), "Tin: X - Ảnh: Y", a unit signing alone ("Phòng Khoa học - Thông tin
   - Thư viện") and "Nguồn: Báo Thừa Thiên Huế" (source) are not body.
10. Chrome inside the article column: the rich text's container column also holds "Tệp đính kèm",
   asset tags, the "Người đăng / Cập nhật" row, social bookmarks and "Tin liên quan"; the right
   column's "Tin cùng chuyên mục" cards carry other headlines. None is body.
11. The rich text as editors typed it: Word paste (``MsoNormal`` with ``<o:p>``, article 4),
   ``<div>`` paragraphs with ``<div>&nbsp;</div>`` spacers (article 3), two paragraphs in one
   ``<p>`` split by ``<br />`` (article 9), a results table (article 8, rows "Giỏi | 41 | 33,1%"),
   Word footnote calls ``<sup><a href="#_ftn1">[1]</a></sup>`` and their notes (article 12), and
   article 6's rich text stored decomposed (NFD; its title field is NFC). Gold: NFC paragraphs.
12. An official notice as article 10: letterhead table, "THÔNG BÁO / Tuyển sinh …", closing table
   ("Nơi nhận", "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", signer). Gold: the letterhead's day
   "2026-10-29" (the meta row prints 30 thg 10), author "Trần Đình Khoa", body between.

Gold decisions on ambiguous points
- summary: the description fragment when filled (articles 1, 7, 11: the body's first paragraph);
  a bold first paragraph of the rich text (articles 5, 12); else None. ``<meta name=description>``
  repeats the fragment only.
- The "Ảnh" field's photo is the article's first image (it is printed between the summary and
  the text, with its caption).
- The meta row's display date is the publication date, even where the structure's own date field
  is not printed; "Lượt xem" is chrome.
- Article 9's "Xem thêm: <link>" line is not body.
- Article 13's tags are not body; its closing unit line is its author.
- ``/w/<url-title>`` is an alt path of every article (served for all, linked for some); the
  ``p_l_back_url`` variant only for the four "Đọc nhiều" articles (2, 4, 8, 12).
"""

from __future__ import annotations

import hashlib
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

NAME = "liferay73_display_pages_tct"
PLATFORM = "Liferay DXP 7.3 (content pages, Collection Display fragments, Display Page Templates)"
SITE = "/web/truong-chinh-tri"
START_PATH = SITE
ORG = "Trường Chính trị tỉnh Thừa Thiên Huế"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
GROUP_ID = 38401
THEME = "/o/tct-hue-theme"

#: the three section pages: friendly URL -> (name as the mega menu prints it, asset category id,
#: layout-structure id of the page's Collection Display (its pagination parameter), page size)
SECTIONS = {
    "tin-tuc": ("Tin tức - Sự kiện", 40215, "5f0d3c1e-8a2b-4c7d-9e1f-2a3b4c5d6e7f", 3),
    "dao-tao-boi-duong": ("Đào tạo - Bồi dưỡng", 40217, "b27c91aa-04de-4f53-8c61-7d0e3f9a1b22", 3),
    "nghien-cuu-khoa-hoc": ("Nghiên cứu khoa học", 40219, "0e4a6d58-3c1b-47f2-a9d8-61c5b0f3e7d4", 2),
}
#: the Asset Publisher widget "Tin tiêu điểm" on the home page (its links use the legacy form)
AP_INSTANCE = "hT3kLmNq9RbZ"
AP_PORTLET = f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_INSTANCE}"


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def doc_url(name: str, folder: int = 0) -> str:
    """A Documents and Media URL as Liferay 7.3 prints it: /documents/<group>/<folder>/<title>/<uuid>?t=…"""
    stamp = 1764000000000 + int(hashlib.md5(name.encode()).hexdigest()[:7], 16)
    return f"/documents/{GROUP_ID}/{folder}/{quote(name)}/{_uuid(name)}?t={stamp}"


# --- the thirteen articles ------------------------------------------------------------------
# opts: shown = the meta row's date as printed; mod = "Ngày cập nhật" (the listing cards print
# it); created = the draft's createDate in UTC (article:published_time); tacgia = the "Tác giả"
# structure field as printed; short = the "Tiêu đề ngắn" field the cards print; rt = how the
# rich text is typed; files = "Tệp đính kèm"; related = "Tin liên quan" (ids); old_slug.

S1 = Story(
    1,
    "hoi-nghi-tong-ket-cong-tac-nam-2026-trien-khai-nhiem-vu-nam-2027",
    "Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
    "tin-tuc",
    "2026-12-03T14:30:00+07:00",
    [
        Img(doc_url("hn-tong-ket-2026-01.jpg", 41207), "Đồng chí Hiệu trưởng phát biểu khai mạc Hội nghị.",
            "Đồng chí Hiệu trưởng phát biểu khai mạc Hội nghị.", "field"),
        P("Năm 2026, Nhà trường đã tổ chức 38 lớp đào tạo, bồi dưỡng với 2.416 học viên, vượt 12% so với kế hoạch đề ra; trong đó có 9 lớp trung cấp lý luận chính trị, 14 lớp bồi dưỡng theo chức danh và 15 lớp bồi dưỡng kiến thức quốc phòng và an ninh."),
        P("Công tác nghiên cứu khoa học tiếp tục được quan tâm với 01 hội thảo khoa học cấp trường, 06 đề tài khoa học cấp cơ sở được nghiệm thu, trong đó 02 đề tài đạt loại xuất sắc. Đội ngũ giảng viên tích cực đi thực tế tại các xã, phường, gắn bài giảng với thực tiễn địa phương."),
        Img(doc_url("hn-tong-ket-2026-02.jpg", 41207), "Quang cảnh Hội nghị tổng kết",
            "Quang cảnh Hội nghị tổng kết", "next"),
        P("Phát biểu chỉ đạo Hội nghị, đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy ghi nhận những kết quả Nhà trường đạt được, đồng thời đề nghị tập thể cán bộ, giảng viên tiếp tục đổi mới nội dung, phương pháp giảng dạy, tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý đào tạo."),
        P("Năm 2027, Nhà trường đặt mục tiêu tổ chức 40 lớp đào tạo, bồi dưỡng; hoàn thành xây dựng kho học liệu số dùng chung; phấn đấu giữ vững danh hiệu Trường Chính trị đạt chuẩn mức 1."),
        P("Dịp này, Hiệu trưởng Nhà trường đã tặng Giấy khen cho 06 tập thể và 21 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Tâm</strong></p>'),
    ],
    authors=["Hoàng Minh Tâm"],
    photographers=["Hoàng Minh Tâm"],
    summary="Chiều ngày 03/12, Trường Chính trị tỉnh Thừa Thiên Huế tổ chức Hội nghị tổng kết công tác năm 2026, triển khai phương hướng, nhiệm vụ năm 2027. Dự và chỉ đạo Hội nghị có đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.",
    sapo_outside=True,
    opts={"shown": "14:30:00 3 thg 12, 2026", "mod": "04/12/2026", "created": "2026-12-03T07:30:00Z",
          "tacgia": "Hoàng Minh Tâm", "short": "Tổng kết công tác năm 2026", "related": [2, 7]},
)

S2 = Story(
    2,
    "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-nha-truong",
    "Đoàn công tác Học viện Chính trị khu vực III làm việc với Nhà trường",
    "tin-tuc",
    "2026-11-28T09:00:00+07:00",
    [
        P("Sáng 28/11, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Thừa Thiên Huế về công tác phối hợp đào tạo cao cấp lý luận chính trị và bồi dưỡng giảng viên."),
        P("Tại buổi làm việc, lãnh đạo Nhà trường báo cáo tình hình phối hợp mở lớp cao cấp lý luận chính trị hệ không tập trung tại tỉnh trong giai đoạn 2024 - 2026; đề xuất Học viện tiếp tục hỗ trợ giảng viên thỉnh giảng các chuyên đề chuyên sâu và chia sẻ học liệu điện tử."),
        P("Hai bên thống nhất sẽ ký kết chương trình phối hợp giai đoạn 2027 - 2030, trong đó chú trọng bồi dưỡng nâng cao trình độ cho đội ngũ giảng viên trẻ, tổ chức các hội thảo khoa học chung và trao đổi kinh nghiệm quản lý đào tạo."),
        P("Kết thúc buổi làm việc, Đoàn đã tham quan phòng học thông minh và thư viện điện tử của Nhà trường vừa đưa vào sử dụng từ tháng 9/2026."),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Thừa Thiên Huế</em></p>'),
    ],
    source="Báo Thừa Thiên Huế",
    opts={"shown": "09:00:00 28 thg 11, 2026", "mod": "28/11/2026", "created": "2026-11-28T02:00:00Z",
          "tacgia": None, "related": [1]},
)

S3 = Story(
    3,
    "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
    "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV",
    "tin-tuc",
    "2026-11-21",
    [
        Img(doc_url("sinh-hoat-chuyen-de-q4.jpg", 41212), "Ảnh: Nguyễn Thị Thu Hà", None, "field"),
        P("Thực hiện kế hoạch của Đảng ủy Nhà trường, ngày 20/11, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao đạo đức nghề nghiệp của nhà giáo trong giai đoạn mới”."),
        P("Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ quán triệt những nội dung cơ bản về chuẩn mực đạo đức của người giảng viên lý luận chính trị; các đảng viên đã thảo luận sôi nổi về trách nhiệm nêu gương, tinh thần tự học, tự nghiên cứu và thái độ ứng xử với học viên."),
        P("Các ý kiến đều thống nhất cho rằng, mỗi giảng viên phải thường xuyên trau dồi bản lĩnh chính trị, gắn lời giảng với hành động, kiên quyết đấu tranh với các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống."),
        P("Kết thúc buổi sinh hoạt, Chi bộ đã thông qua 05 nội dung cam kết rèn luyện đạo đức nghề nghiệp năm học 2026 - 2027."),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    opts={"shown": "21/11/2026", "mod": "24/11/2026", "created": "2026-11-20T09:12:00Z",
          "tacgia": "Nguyễn Thị Thu Hà - Khoa Lý luận cơ sở", "related": [1, 12], "rt": "div"},
)

S4 = Story(
    4,
    "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    "tin-tuc",
    "2026-11-19T15:45:00+07:00",
    [
        P("Từ ngày 16 đến 19/11, Trường Chính trị tỉnh Thừa Thiên Huế tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 04 khoa chuyên môn.", "word"),
        P("Hội thi nhằm đánh giá thực chất năng lực sư phạm, khả năng vận dụng phương pháp dạy học tích cực của đội ngũ giảng viên, qua đó lựa chọn những giảng viên tiêu biểu tham gia Hội thi giảng viên dạy giỏi toàn quốc năm 2027.", "word"),
        P("Nội dung thi", "h"),
        P("Phần thi soạn giáo án và trình bày đề cương bài giảng;", "li"),
        P("Phần thi giảng bài trên lớp với thời lượng 45 phút;", "li"),
        P("Phần thi xử lý tình huống sư phạm và trả lời câu hỏi của Ban Giám khảo.", "li"),
        P("Kết quả, Ban Tổ chức đã trao 02 giải Nhất, 03 giải Nhì, 04 giải Ba và 05 giải Khuyến khích. Giải Nhất thuộc về giảng viên Khoa Xây dựng Đảng với bài giảng “Công tác kiểm tra, giám sát của Đảng” và giảng viên Khoa Nhà nước và Pháp luật với bài giảng “Quản lý hành chính nhà nước về đất đai ở cấp xã”.", "word"),
        P("Phát biểu bế mạc, đồng chí Phó Hiệu trưởng đề nghị các khoa tiếp tục tổ chức dự giờ, rút kinh nghiệm thường xuyên, xem hội thi là dịp để lan tỏa tinh thần đổi mới phương pháp giảng dạy trong toàn trường.", "word"),
    ],
    authors=["Võ Thị Lan Phương"],
    opts={"shown": "03:45 CH, 19/11/2026", "mod": "20/11/2026", "created": "2026-11-19T08:45:00Z",
          "tacgia": "Võ Thị Lan Phương", "related": [3]},
)

S5 = Story(
    5,
    "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "tin-tuc",
    "2026-11-18",
    [
        P("Chiều 18/11, Trường Chính trị tỉnh Thừa Thiên Huế long trọng tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tri ân các thế hệ nhà giáo đã và đang công tác tại Trường.", "b"),
        P("Tham dự buổi gặp mặt có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo, cùng đông đủ các đồng chí nguyên là lãnh đạo, giảng viên của Nhà trường qua các thời kỳ."),
        Img(doc_url("gap-mat-20-11-2026.jpg", 41230), "Các thế hệ nhà giáo của Nhà trường chụp ảnh lưu niệm",
            "Các thế hệ nhà giáo của Nhà trường chụp ảnh lưu niệm", "fig"),
        P("Ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng nhấn mạnh: trải qua hơn 75 năm xây dựng và phát triển, các thế hệ cán bộ, giảng viên Nhà trường đã không ngừng nỗ lực, góp phần đào tạo hàng vạn cán bộ cho hệ thống chính trị của tỉnh."),
        P("Thay mặt các nhà giáo nguyên là cán bộ của Trường, thầy Nguyễn Văn Hòa bày tỏ niềm xúc động khi trở về mái trường xưa và mong muốn lớp giảng viên trẻ tiếp tục giữ gìn, phát huy truyền thống “dạy chữ, dạy người” của Nhà trường."),
        P("Nhân dịp này, Công đoàn Trường đã trao tặng quà cho các nhà giáo lão thành và khen thưởng các giảng viên đạt thành tích cao trong Hội thi giảng viên dạy giỏi cấp trường năm 2026."),
    ],
    summary="Chiều 18/11, Trường Chính trị tỉnh Thừa Thiên Huế long trọng tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tri ân các thế hệ nhà giáo đã và đang công tác tại Trường.",
    opts={"shown": "00:00:00 18 thg 11, 2026", "mod": "18/11/2026", "created": "2026-11-18T10:05:00Z",
          "tacgia": None, "related": [1]},
)

S6 = Story(
    6,
    "cong-doan-truong-to-chuc-hanh-trinh-ve-nguon-nam-2026",
    "Công đoàn Trường tổ chức hành trình “Về nguồn” năm 2026",
    "tin-tuc",
    "2026-10-24",
    [
        Img(doc_url("ve-nguon-2026.jpg", 41198), "Đoàn viên Công đoàn dâng hương tại Khu di tích",
            "Đoàn viên Công đoàn dâng hương tại Khu di tích", "field"),
        P("Trong hai ngày 23 và 24/10, Công đoàn Trường Chính trị tỉnh Thừa Thiên Huế tổ chức cho 52 đoàn viên công đoàn tham gia hành trình “Về nguồn” tại tỉnh Quảng Trị."),
        P("Tại Thành cổ Quảng Trị và Nghĩa trang Liệt sĩ quốc gia Trường Sơn, đoàn đã thành kính dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ đã anh dũng hy sinh vì độc lập, tự do của Tổ quốc."),
        P("Đoàn cũng đã đến thăm, tặng quà cho 05 gia đình chính sách có hoàn cảnh khó khăn tại xã Triệu Phong với tổng trị giá 15 triệu đồng, do đoàn viên công đoàn Nhà trường tự nguyện đóng góp."),
        P("Hành trình là dịp để mỗi cán bộ, giảng viên, nhân viên Nhà trường bồi đắp lòng biết ơn, niềm tự hào về truyền thống cách mạng của dân tộc, đồng thời tăng cường sự gắn bó, đoàn kết trong tập thể."),
        Raw('<p style="text-align: right;"><strong>Tin: Lê Văn Phúc - Ảnh: Trần Quang Huy</strong></p>'),
    ],
    authors=["Lê Văn Phúc"],
    photographers=["Trần Quang Huy"],
    opts={"shown": "24 thg 10, 2026", "mod": "26/10/2026", "created": "2026-10-24T11:20:00Z",
          "tacgia": None, "related": [2], "nfd": True},
)

S7 = Story(
    7,
    "khai-giang-lop-trung-cap-ly-luan-chinh-tri-k45-he-tap-trung",
    "Khai giảng lớp Trung cấp lý luận chính trị K45 hệ tập trung",
    "dao-tao-boi-duong",
    "2026-12-01T08:00:00+07:00",
    [
        Img(doc_url("khai-giang-k45.jpg", 41240), "Đồng chí Hiệu trưởng trao quyết định mở lớp",
            "Đồng chí Hiệu trưởng trao quyết định mở lớp", "field"),
        P("Lớp học có 86 học viên là cán bộ, công chức đang công tác tại các sở, ban, ngành và các xã, phường trên địa bàn tỉnh. Chương trình đào tạo gồm 05 phần học với tổng thời lượng 1.040 tiết, được thực hiện trong thời gian 08 tháng."),
        P("Phát biểu tại lễ khai giảng, đồng chí Hiệu trưởng yêu cầu học viên nghiêm túc chấp hành nội quy, quy chế học tập; phát huy tinh thần tự học, gắn lý luận với thực tiễn công tác tại cơ quan, địa phương."),
        P("Đồng chí cũng đề nghị các khoa chuyên môn lựa chọn giảng viên có kinh nghiệm, tăng cường trao đổi, thảo luận, đi thực tế và đánh giá kết quả học tập khách quan, đúng thực chất."),
        P("Đại diện học viên, đồng chí Lớp trưởng hứa sẽ cùng tập thể lớp thi đua học tập tốt, rèn luyện tốt, hoàn thành xuất sắc chương trình đào tạo."),
    ],
    authors=["Trần Thị Mỹ Linh"],
    summary="Sáng 01/12, Trường Chính trị tỉnh Thừa Thiên Huế tổ chức khai giảng lớp Trung cấp lý luận chính trị K45 hệ tập trung năm 2026 - 2027.",
    sapo_outside=True,
    opts={"shown": "08:00:00 1 thg 12, 2026", "mod": "02/12/2026", "created": "2026-12-01T01:00:00Z",
          "tacgia": "CN. Trần Thị Mỹ Linh", "short": "Khai giảng lớp Trung cấp LLCT K45",
          "related": [8, 9], "old_slug": "khai-giang-lop-trung-cap-k45",
          "files": [("Quyết định mở lớp Trung cấp LLCT K45.pdf", "qd-mo-lop-k45.pdf", "214 KB")]},
)

S8 = Story(
    8,
    "be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
    "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
    "dao-tao-boi-duong",
    "2026-11-25T10:30:00+07:00",
    [
        P("Sáng 25/11, Trường Chính trị tỉnh Thừa Thiên Huế phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."),
        P("Sau 10 ngày học tập, 124 học viên là trưởng thôn, tổ trưởng tổ dân phố, cán bộ Mặt trận và các đoàn thể ở cơ sở đã được trang bị những nội dung cơ bản về đường lối quốc phòng, an ninh của Đảng, xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân."),
        P("Kết quả học tập của lớp như sau:"),
        P("Xếp loại | Số học viên | Tỷ lệ", "tr"),
        P("Giỏi | 41 | 33,1%", "tr"),
        P("Khá | 76 | 61,3%", "tr"),
        P("Trung bình | 7 | 5,6%", "tr"),
        P("Tại buổi lễ, Ban Tổ chức đã trao giấy chứng nhận hoàn thành chương trình cho 124 học viên và tặng giấy khen cho 08 học viên có thành tích học tập xuất sắc."),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={"shown": "10:30 SA, 25/11/2026", "mod": "26/11/2026", "created": "2026-11-25T03:30:00Z",
          "tacgia": "Phòng Quản lý đào tạo", "related": [7]},
)

S9 = Story(
    9,
    "boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so",
    "Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở",
    "dao-tao-boi-duong",
    "2026-11-06",
    [
        P("Từ ngày 04 đến 06/11, Trường Chính trị tỉnh Thừa Thiên Huế phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh mở lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 95 cán bộ Mặt trận các xã, phường."),
        P("Học viên được nghiên cứu các chuyên đề: công tác tuyên truyền, vận động nhân dân; giám sát và phản biện xã hội; tổ chức cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; kỹ năng tiếp nhận và phản ánh ý kiến, kiến nghị của cử tri."),
        Img(doc_url("mat-tran-co-so-2026.jpg", 41241), "Học viên thảo luận nhóm tại lớp bồi dưỡng",
            "Học viên thảo luận nhóm tại lớp bồi dưỡng", "next"),
        P("Bên cạnh phần lý thuyết, lớp học dành nhiều thời gian cho thảo luận nhóm, xử lý tình huống thực tế phát sinh ở khu dân cư; học viên được chia sẻ kinh nghiệm hay của các địa phương làm tốt công tác hòa giải ở cơ sở."),
        P("Kết thúc khóa học, 100% học viên được cấp giấy chứng nhận. Đây là lớp thứ ba trong năm 2026 Nhà trường phối hợp tổ chức cho đội ngũ cán bộ Mặt trận cơ sở.", "br"),
        P("Dự kiến trong quý I/2027, Nhà trường tiếp tục mở lớp cho cán bộ chi hội các đoàn thể chính trị - xã hội.", "br2"),
        Raw('<p><em>Xem thêm: <a href="/web/truong-chinh-tri/w/khai-giang-lop-trung-cap-k45">Khai giảng lớp Trung cấp lý luận chính trị K45 hệ tập trung</a></em></p>'),
    ],
    authors=["Phan Thị Ngọc Ánh"],
    opts={"shown": "6 thg 11, 2026", "mod": "09/11/2026", "created": "2026-11-06T09:40:00Z",
          "tacgia": "ThS. Phan Thị Ngọc Ánh", "related": [7]},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody>'
    '<tr><td style="text-align: center; width: 40%;">TỈNH ỦY THỪA THIÊN HUẾ<br />'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong></td>"
    '<td style="text-align: center;"><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></td></tr>'
    '<tr><td style="text-align: center;">Số: 217-TB/TCT</td>'
    '<td style="text-align: center;"><em>Thừa Thiên Huế, ngày 29 tháng 10 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Tuyển sinh lớp Trung cấp lý luận chính trị hình thức không tập trung năm 2027</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="vertical-align: top; width: 50%;"><strong><u>Nơi nhận:</u></strong><br />'
    "- Ban Tổ chức Tỉnh ủy (b/c),<br />- Các đảng bộ trực thuộc Tỉnh ủy,<br />- Lưu VP, P.QLĐT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>K/T HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong>'
    "<br /><br /><em>(đã ký)</em><br /><br /><strong>Trần Đình Khoa</strong></td></tr></tbody></table>"
)

S10 = Story(
    10,
    "thong-bao-tuyen-sinh-lop-trung-cap-llct-hinh-thuc-khong-tap-trung-nam-2027",
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hình thức không tập trung năm 2027",
    "dao-tao-boi-duong",
    "2026-10-29",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Tỉnh ủy, Trường Chính trị tỉnh Thừa Thiên Huế thông báo tuyển sinh lớp Trung cấp lý luận chính trị hình thức không tập trung năm 2027 như sau:"),
        P("1. Đối tượng, tiêu chuẩn", "h"),
        P("Cán bộ, công chức, viên chức trong hệ thống chính trị được quy hoạch hoặc đang giữ chức vụ lãnh đạo, quản lý cấp phòng và tương đương; cán bộ chủ chốt các xã, phường chưa qua đào tạo trung cấp lý luận chính trị."),
        P("2. Hồ sơ dự tuyển", "h"),
        P("Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;", "li"),
        P("Bản sao quyết định kết nạp Đảng, văn bằng chuyên môn cao nhất;", "li"),
        P("Sơ yếu lý lịch có xác nhận của cơ quan quản lý.", "li"),
        P("3. Thời gian nhận hồ sơ", "h"),
        P("Từ ngày 02/11/2026 đến hết ngày 30/11/2026, tại Phòng Quản lý đào tạo, Trường Chính trị tỉnh Thừa Thiên Huế. Lớp học dự kiến khai giảng vào tháng 01/2027."),
        Raw(_CLOSING),
    ],
    authors=["Trần Đình Khoa"],
    opts={"shown": "08:00:00 30 thg 10, 2026", "mod": "02/11/2026", "created": "2026-10-30T01:00:00Z",
          "tacgia": None, "related": [7, 8],
          "files": [("Thông báo số 217-TB/TCT.pdf", "217-tb-tct.pdf", "356 KB"),
                    ("Mẫu sơ yếu lý lịch học viên.pdf", "mau-so-yeu-ly-lich.pdf", "98 KB")]},
)

S11 = Story(
    11,
    "hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao-ly-luan-chinh-tri-trong-boi-canh-chuyen-doi-so",
    "Hội thảo khoa học “Nâng cao chất lượng đào tạo lý luận chính trị trong bối cảnh chuyển đổi số”",
    "nghien-cuu-khoa-hoc",
    "2026-11-27T08:00:00+07:00",
    [
        Img(doc_url("hoi-thao-chuyen-doi-so.jpg", 41260), "Các đại biểu dự Hội thảo",
            "Các đại biểu dự Hội thảo", "field"),
        P("Hội thảo nhận được 32 bài tham luận của các nhà khoa học, giảng viên Học viện Chính trị khu vực III, Trường Đại học Sư phạm - Đại học Huế, các trường chính trị khu vực miền Trung và đội ngũ giảng viên Nhà trường."),
        P("Các tham luận tập trung làm rõ yêu cầu đặt ra đối với công tác đào tạo lý luận chính trị trong bối cảnh chuyển đổi số; đánh giá thực trạng ứng dụng công nghệ thông tin trong giảng dạy, quản lý đào tạo tại các trường chính trị; đề xuất giải pháp xây dựng học liệu số, lớp học kết hợp trực tuyến và trực tiếp."),
        Img(doc_url("hoi-thao-chuyen-doi-so-2.jpg", 41260), "TS. Đặng Văn Lực trình bày tham luận tại Hội thảo",
            "TS. Đặng Văn Lực trình bày tham luận tại Hội thảo", "fig"),
        P("Nhiều ý kiến cho rằng, chuyển đổi số không chỉ là việc trang bị thiết bị hiện đại mà trước hết là thay đổi tư duy của người dạy và người học; giảng viên cần chủ động khai thác dữ liệu, xây dựng bài giảng điện tử sinh động nhưng vẫn bảo đảm tính khoa học, tính đảng của nội dung lý luận."),
        P("Kết luận Hội thảo, đồng chí Hiệu trưởng đánh giá cao chất lượng các tham luận và giao Phòng Khoa học - Thông tin - Thư viện tổng hợp, biên tập thành kỷ yếu để phục vụ công tác giảng dạy và nghiên cứu."),
    ],
    authors=["Nguyễn Hữu Thắng"],
    summary="Ngày 27/11, Trường Chính trị tỉnh Thừa Thiên Huế tổ chức Hội thảo khoa học cấp trường “Nâng cao chất lượng đào tạo lý luận chính trị trong bối cảnh chuyển đổi số”.",
    sapo_outside=True,
    opts={"shown": "08:00:00 27 thg 11, 2026", "mod": "30/11/2026", "created": "2026-11-20T02:15:00Z",
          "tacgia": "Nguyễn Hữu Thắng", "short": "Hội thảo khoa học về chuyển đổi số trong đào tạo LLCT",
          "related": [12]},
)

S12 = Story(
    12,
    "van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-boi-duong-can-bo-co-so-hien-nay",
    "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác bồi dưỡng cán bộ cơ sở hiện nay",
    "nghien-cuu-khoa-hoc",
    "2026-11-10",
    [
        P("Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là bộ phận quan trọng trong hệ thống tư tưởng của Người, có giá trị lý luận và thực tiễn sâu sắc đối với công tác đào tạo, bồi dưỡng cán bộ cơ sở trong giai đoạn hiện nay.", "b"),
        P("1. Một số nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ", "h"),
        P("Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “muôn việc thành công hoặc thất bại, đều do cán bộ tốt hoặc kém”.[1] Theo Người, người cán bộ phải vừa có đức vừa có tài, trong đó đức là gốc."),
        P("Người đặc biệt coi trọng việc huấn luyện cán bộ, xem đó là “công việc gốc của Đảng”, đồng thời yêu cầu việc huấn luyện phải thiết thực, “cán bộ cần gì thì học nấy”, lý luận phải gắn liền với thực tế.[2]"),
        P("2. Vận dụng trong bồi dưỡng cán bộ cơ sở tại Thừa Thiên Huế", "h"),
        P("Sau khi sắp xếp đơn vị hành chính cấp xã, đội ngũ cán bộ cơ sở của tỉnh đứng trước yêu cầu mới về năng lực quản trị địa phương, giải quyết trực tiếp các vấn đề của người dân. Chương trình bồi dưỡng cần được thiết kế theo hướng tăng tỷ lệ thực hành, xử lý tình huống và trao đổi kinh nghiệm."),
        P("Nhà trường cần chú trọng bồi dưỡng đạo đức công vụ, tinh thần phục vụ nhân dân cho cán bộ cơ sở; gắn đánh giá kết quả học tập với kết quả thực hiện nhiệm vụ tại địa phương sau khóa học."),
        P("Tài liệu tham khảo", "h"),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "li"),
        P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.312.", "li"),
    ],
    authors=["Đặng Văn Lực"],
    summary="Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là bộ phận quan trọng trong hệ thống tư tưởng của Người, có giá trị lý luận và thực tiễn sâu sắc đối với công tác đào tạo, bồi dưỡng cán bộ cơ sở trong giai đoạn hiện nay.",
    opts={"shown": "10/11/2026", "mod": "12/11/2026", "created": "2026-11-02T03:00:00Z",
          "tacgia": "TS. Đặng Văn Lực - Trưởng Khoa Xây dựng Đảng",
          "short": "Tư tưởng Hồ Chí Minh về cán bộ và bồi dưỡng cán bộ cơ sở", "related": [11, 9],
          "ftn": True},
)

S13 = Story(
    13,
    "nghiem-thu-de-tai-khoa-hoc-cap-truong-nam-2026",
    "Nghiệm thu 06 đề tài khoa học cấp trường năm 2026",
    "nghien-cuu-khoa-hoc",
    "2026-10-16T15:00:00+07:00",
    [
        P("Chiều 16/10, Hội đồng khoa học Trường Chính trị tỉnh Thừa Thiên Huế tổ chức nghiệm thu 06 đề tài khoa học cấp trường năm 2026."),
        P("Các đề tài tập trung nghiên cứu những vấn đề thiết thực như: nâng cao chất lượng bài giảng tích hợp; đổi mới kiểm tra, đánh giá kết quả học tập của học viên trung cấp lý luận chính trị; khảo sát nhu cầu bồi dưỡng của cán bộ cấp xã sau sắp xếp."),
        P("Sau khi nghe chủ nhiệm đề tài trình bày tóm tắt kết quả nghiên cứu, các thành viên Hội đồng đã nhận xét, góp ý và chấm điểm. Kết quả có 02 đề tài xếp loại xuất sắc, 04 đề tài xếp loại khá."),
        P("Hội đồng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn chỉnh báo cáo tổng kết và chuyển giao kết quả cho các khoa, phòng để ứng dụng vào thực tiễn giảng dạy."),
        Raw('<p style="text-align: right;"><strong>Phòng Khoa học - Thông tin - Thư viện</strong></p>'),
    ],
    authors=["Phòng Khoa học - Thông tin - Thư viện"],
    opts={"shown": "15:00:00 16 thg 10, 2026", "mod": "19/10/2026", "created": "2026-10-16T08:00:00Z",
          "tacgia": None, "related": [11], "tags": ["nghiệm thu", "đề tài khoa học", "NCKH"]},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}
#: "Đọc nhiều" (an Asset Publisher on the master page): links carry p_l_back_url
MOST_READ = [2, 8, 12, 4]
#: "Tin tiêu điểm" (Asset Publisher on the home page): legacy /-/asset_publisher/ links (302)
FEATURED = [1, 7, 11]
#: "Tin nổi bật" on the Tin tức page: a second Collection Display of other sections' items
HIGHLIGHT = [7, 11]
BACK_URL = quote(SITE, safe="")


def section_items(section: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == section), key=lambda s: s.published_at or "", reverse=True)


def article_path(story: Story) -> str:
    return f"{SITE}/w/{story.slug}"


def most_read_path(story: Story) -> str:
    return f"{article_path(story)}?p_l_back_url={BACK_URL}"


def featured_path(story: Story) -> str:
    return (f"{SITE}/-/asset_publisher/{AP_INSTANCE}/content/{story.slug}"
            f"?_{AP_PORTLET}_redirect={quote(SITE, safe='')}")


# --- chrome: Clay/Bootstrap 4 theme, master page with a mega menu -------------------------------

_MENU = [
    ("Giới thiệu", f"{SITE}/gioi-thieu", [("Giới thiệu chung", f"{SITE}/gioi-thieu"),
                                          ("Lịch sử phát triển", f"{SITE}/lich-su-phat-trien"),
                                          ("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc")]),
    ("Tin tức - Sự kiện", f"{SITE}/tin-tuc", []),
    ("Đào tạo - Bồi dưỡng", f"{SITE}/dao-tao-boi-duong", []),
    ("Nghiên cứu khoa học", f"{SITE}/nghien-cuu-khoa-hoc", []),
    ("Tư liệu", "javascript:;", [("Thư viện ảnh", f"{SITE}/thu-vien-anh"),
                                 ("Văn bản", f"{SITE}/van-ban")]),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def _mega_menu(active: str) -> str:
    items = []
    for i, (label, href, children) in enumerate(_MENU):
        sel = " selected active" if href == active else ""
        if not children:
            items.append(
                f'<li class="lfr-nav-item nav-item{sel}" id="layout_{1001 + i}" role="presentation">'
                f'<a class="nav-link text-truncate" href="{href}" role="menuitem"><span class="text-truncate">{esc(label)}</span></a></li>'
            )
            continue
        cols = "".join(
            f'<li class="col-md-4"><a class="dropdown-item" href="{h}" role="menuitem">{esc(lbl)}</a></li>'
            for lbl, h in children
        )
        items.append(
            f'<li class="lfr-nav-item nav-item dropdown{sel}" id="layout_{1001 + i}" role="presentation">'
            f'<a aria-expanded="false" aria-haspopup="true" class="nav-link dropdown-toggle text-truncate" '
            f'data-toggle="dropdown" href="{href}" role="menuitem"><span class="text-truncate">{esc(label)}</span>'
            '<span class="lfr-nav-child-toggle"><svg class="lexicon-icon lexicon-icon-angle-down" focusable="false" role="presentation">'
            f'<use href="{THEME}/images/clay/icons.svg#angle-down"></use></svg></span></a>'
            f'<div class="dropdown-menu tct-mm"><ul class="row list-unstyled px-3" role="menu">{cols}</ul></div></li>'
        )
    return (
        '<nav class="navbar navbar-expand-md navbar-dark tct-nav bg-primary" id="navigation" role="navigation">'
        '<button aria-controls="navbarCollapse" class="navbar-toggler" data-target="#navbarCollapse" '
        'data-toggle="liferay-collapse" type="button"><span class="navbar-toggler-icon"></span></button>'
        '<div class="collapse navbar-collapse" id="navbarCollapse">'
        f'<ul aria-label="Trang web" class="navbar-nav mr-auto" role="menubar">'
        f'<li class="lfr-nav-item nav-item" role="presentation"><a class="nav-link" href="{SITE}" role="menuitem">'
        f'<svg class="lexicon-icon lexicon-icon-home" role="presentation"><use href="{THEME}/images/clay/icons.svg#home"></use></svg>'
        f'<span class="sr-only">Trang chủ</span></a></li>{"".join(items)}</ul></div></nav>'
    )


def _head(request: Request, title: str, canonical: str, extra: str = "", description: str = "") -> str:
    base = base_url(request)
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    return (
        '<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN">\n<head>\n'
        f"<title>{esc(title)} - {ORG}</title>\n"
        '<meta content="initial-scale=1.0, width=device-width" name="viewport" />\n'
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />\n'
        f"{desc}\n"
        f'<link href="{THEME}/images/favicon.ico" rel="icon" />\n'
        f'<link data-senna-track="temporary" href="{base}{canonical}" rel="canonical" />\n'
        f'<link data-senna-track="temporary" href="{base}{canonical}" hreflang="vi-VN" rel="alternate" />\n'
        f'<link data-senna-track="temporary" href="{base}{canonical}" hreflang="x-default" rel="alternate" />\n'
        f'<meta property="og:locale" content="vi_VN">\n<meta property="og:site_name" content="{ORG}">\n'
        f'<meta property="og:url" content="{base}{canonical}">\n{extra}'
        f'<link class="lfr-css-file" data-senna-track="temporary" href="{base}{THEME}/css/clay.css?browserId=other&amp;themeId=tcthuetheme_WAR_tcthuetheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7310&amp;t=1764661200000" id="liferayAUICSS" rel="stylesheet" type="text/css" />\n'
        f'<link data-senna-track="temporary" href="{base}/o/frontend-css-web/main.css?browserId=other&amp;themeId=tcthuetheme_WAR_tcthuetheme&amp;languageId=vi_VN&amp;b=7310&amp;t=1764661200000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />\n'
        '<script data-senna-track="temporary" type="text/javascript">\n// <![CDATA[\n'
        "var Liferay = Liferay || {};\nvar themeDisplay = Liferay.ThemeDisplay = {"
        f'getCompanyId: function() {{return "20097";}}, getScopeGroupId: function() {{return "{GROUP_ID}";}}, '
        'getLanguageId: function() {return "vi_VN";}, isSignedIn: function() {return false;}, '
        f'getLayoutRelativeURL: function() {{return "{canonical}";}}, getPathThemeImages: function() {{return "{base}{THEME}/images";}}}};\n'
        "// ]]>\n</script>\n"
        f'<script data-senna-track="permanent" src="{THEME}/js/main.js?browserId=other&amp;languageId=vi_VN&amp;b=7310" type="text/javascript"></script>\n'
        "</head>\n"
    )


def _header(active: str) -> str:
    return (
        '<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="wwzj_quickAccessNav">'
        '<h1 class="hide-accessible">Điều hướng</h1><ul><li><a href="#main-content">Chuyển tới Nội dung chính</a></li></ul></nav>'
        '<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill position-relative" id="wrapper">'
        '<header class="tct-hdr" id="banner"><div class="tct-topbar bg-dark text-white small py-1">'
        '<div class="container-fluid container-fluid-max-xl d-flex justify-content-between">'
        f'<span class="tct-ngay"><svg class="lexicon-icon lexicon-icon-calendar"><use href="{THEME}/images/clay/icons.svg#calendar"></use></svg> {HEADER_DAY}</span>'
        '<span class="tct-hotline">Đường dây nóng: 0234.3822.465</span>'
        '<select aria-label="Ngôn ngữ" class="form-control form-control-sm w-auto" onchange="Liferay.Util.navigate(this.value)">'
        '<option selected value="vi_VN">Tiếng Việt</option><option value="en_US" disabled>English</option></select></div></div>'
        '<div class="container-fluid container-fluid-max-xl d-flex align-items-center py-2">'
        f'<a class="logo custom-logo" href="{SITE}" title="Đi tới {ORG}">'
        f'<img alt="{ORG}" height="86" src="/image/layout_set_logo?img_id=41001&amp;t=1764661200000" width="86" /></a>'
        '<div class="tct-ten ml-3"><div class="tct-ten-1 text-uppercase small">Tỉnh ủy Thừa Thiên Huế</div>'
        f'<div class="tct-ten-2 h3 text-uppercase text-danger mb-0">{ORG}</div></div>'
        f'<form action="{SITE}/search" class="ml-auto form-inline" method="get" role="search">'
        '<input aria-label="Tìm kiếm" class="form-control" name="q" placeholder="Tìm kiếm..." type="text" />'
        '<button class="btn btn-unstyled" type="submit"><svg class="lexicon-icon lexicon-icon-search"><use href="'
        f'{THEME}/images/clay/icons.svg#search"></use></svg></button></form></div>'
        f"{_mega_menu(active)}</header>"
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = []
    for label, href in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}">'
                         f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>')
        else:
            items.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>')
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static '
        'portlet-static-end portlet-barebone portlet-breadcrumb" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_tctbc_">'
        f'<nav aria-label="Breadcrumb" id="_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_tctbc_breadcrumbs-defaultScreen"><ol class="breadcrumb">{"".join(items)}</ol></nav></div>'
    )


def _most_read() -> str:
    lis = "".join(
        f'<li class="list-group-item px-0"><a class="tct-dn-a" href="{most_read_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static" '
        'id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_dnh7WqPz3KxA_">'
        '<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_dnh7WqPz3KxA">'
        '<div class="portlet-content"><h2 class="portlet-title-text h5 text-uppercase tct-khoi-td">Đọc nhiều</h2>'
        f'<div class="portlet-content-container"><ul class="list-group list-group-flush tct-dn">{lis}</ul></div></div></section></div>'
    )


def _sidebar() -> str:
    return (
        '<div class="col-lg-4 lfr-layout-structure-item-col tct-cot-phai">'
        f"{_most_read()}"
        '<div class="tct-khoi mt-3"><h2 class="h5 text-uppercase tct-khoi-td">Liên kết website</h2>'
        '<select class="form-control" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://thuathienhue.gov.vn">Cổng thông tin điện tử tỉnh</option>'
        '<option value="https://baothuathienhue.vn">Báo Thừa Thiên Huế</option></select></div>'
        '<div class="portlet-boundary portlet-boundary_com_liferay_polls_web_portlet_PollsDisplayPortlet_ mt-3" id="p_p_id_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_">'
        '<h2 class="h5 text-uppercase tct-khoi-td">Thăm dò ý kiến</h2>'
        f'<form action="{SITE}?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01&amp;p_p_lifecycle=1&amp;p_p_state=normal" method="post" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_fm">'
        '<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>'
        '<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_choiceId" type="radio" value="501" /><span class="custom-control-label">Đẹp, dễ sử dụng</span></label></div>'
        '<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_choiceId" type="radio" value="502" /><span class="custom-control-label">Bình thường</span></label></div>'
        '<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button></form></div>'
        '<div class="tct-khoi tct-tk mt-3"><h2 class="h5 text-uppercase tct-khoi-td">Thống kê truy cập</h2>'
        '<ul class="list-unstyled small"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.204</b></li>'
        '<li>Tổng truy cập: <b>2.318.775</b></li></ul></div></div>'
    )


def _footer() -> str:
    return (
        '<footer class="tct-ft bg-dark text-white-50 mt-4 py-4" id="footer" role="contentinfo">'
        '<div class="container-fluid container-fluid-max-xl"><div class="row"><div class="col-md-8">'
        f'<p class="text-uppercase text-white mb-1"><strong>{ORG}</strong></p>'
        '<p class="mb-1">Cơ quan chủ quản: Tỉnh ủy Thừa Thiên Huế. Chịu trách nhiệm chính: Hiệu trưởng Nhà trường.</p>'
        '<p class="mb-1">Địa chỉ: 02 Ngô Quyền, phường Thuận Hóa, thành phố Huế. Điện thoại: 0234.3822.465 - Fax: 0234.3826.110</p>'
        '<p class="mb-1">Email: truongchinhtri@thuathienhue.gov.vn</p></div>'
        '<div class="col-md-4 text-md-right"><p class="mb-1">Giấy phép số 46/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p>'
        f'<p class="mb-0">© 2026 Bản quyền thuộc về {ORG}.</p>'
        '<p class="small mb-0">Phát triển trên nền tảng <a class="text-white-50" href="https://www.liferay.com" rel="external">Liferay DXP</a></p></div></div></div></footer>'
        "</div></div>"
        '<script type="text/javascript">// <![CDATA[\nLiferay.Util.addInputType(); Liferay.Portlet.register("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tctdp");\n// ]]>\n</script>'
    )


def _page(request: Request, *, title: str, canonical: str, active: str, main: str,
          extra_head: str = "", description: str = "", body_class: str = "") -> Response:
    doc = (
        _head(request, title, canonical, extra_head, description)
        + f'<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site {body_class}">'
        + _header(active)
        + f'<section class="flex-fill" id="content"><h2 class="hide-accessible" role="heading" aria-level="1">{esc(title)}</h2>'
        + f'<div class="layout-content portlet-layout" id="main-content" role="main">{main}</div></section>'
        + _footer()
        + "</body></html>"
    )
    return html(doc)


# --- fragments: cards, Collection Display, pagination ------------------------------------------


def _featured(story: Story) -> Img | None:
    first = story.blocks[0]
    return first if isinstance(first, Img) and first.style == "field" else None


def _file_entry_id(src: str) -> int:
    return 42000 + int(hashlib.md5(src.encode()).hexdigest()[:4], 16) % 900


def _thumb(story: Story) -> str:
    img = _featured(story) or next(iter(story.images), None)
    if img is None:
        return f"{THEME}/images/tct/khong-co-anh.png"
    name = img.src.split("/")[4]
    return f"/o/adaptive-media/image/{_file_entry_id(img.src)}/Thumbnail-300x300/{name}?t=1764661200000"


def _card(story: Story, n: int, layout: str = "ngang") -> str:
    """One item of a Collection Display: a "Card" fragment mapped to the web content.

    The card's headline is the "Tiêu đề ngắn" field when the editor filled it, its date the
    modified date ("Ngày cập nhật"), both unlike the display page.
    """
    label = story.opts.get("short") or story.title
    href = article_path(story)
    fid = f"fragment-40{571 + n}-{story.slug[:4]}"
    if layout == "doc":
        return (
            f'<div class="col-md-4 lfr-layout-structure-item-col"><div class="fragment_40571" id="{fid}">'
            '<div class="card tct-the h-100">'
            f'<a href="{href}"><img alt="{esc(label)}" class="card-img-top" src="{_thumb(story)}" /></a>'
            '<div class="card-body p-2">'
            f'<h3 class="card-title h6" data-lfr-editable-id="01-title" data-lfr-editable-type="text"><a class="text-dark" href="{href}">{esc(label)}</a></h3>'
            f'<p class="card-subtitle small text-secondary mb-0" data-lfr-editable-id="02-ngay" data-lfr-editable-type="text">{story.opts["mod"]}</p>'
            "</div></div></div></div>"
        )
    lead = ""
    if story.summary and story.sapo_outside:
        lead = f'<p class="card-text small mb-0" data-lfr-editable-id="03-mota" data-lfr-editable-type="text">{esc(story.summary[:150])}…</p>'
    return (
        f'<div class="col-12 lfr-layout-structure-item-col"><div class="fragment_40588" id="{fid}">'
        '<div class="card card-horizontal tct-the-ngang mb-3"><div class="card-row">'
        f'<div class="autofit-col"><a href="{href}"><img alt="" class="tct-anh-the" src="{_thumb(story)}" width="220" /></a></div>'
        '<div class="autofit-col autofit-col-expand"><section class="autofit-section p-2">'
        f'<h3 class="h5 mb-1" data-lfr-editable-id="01-title" data-lfr-editable-type="link"><a href="{href}">{esc(label)}</a></h3>'
        f'<div class="text-secondary small mb-1"><svg class="lexicon-icon lexicon-icon-time"><use href="{THEME}/images/clay/icons.svg#time"></use></svg> '
        f'<span data-lfr-editable-id="02-ngay" data-lfr-editable-type="text">{story.opts["mod"]}</span></div>'
        f"{lead}</section></div></div></div></div></div>"
    )


def _pager(path: str, param: str, page: int, pages: int, total: int, size: int) -> str:
    """Clay pagination as the 7.3 Collection Display prints it (numeric style)."""
    def link(n: int) -> str:
        return f"{path}?{param}={n}"

    first, last = (page - 1) * size + 1, min(page * size, total)
    out = [f'<div class="pagination-bar mt-3"><div class="pagination-results">Hiển thị {first} - {last} trong số {total} kết quả.</div>'
           '<ul class="pagination pagination-root">']
    if page > 1:
        out.append(f'<li class="page-item"><a class="page-link" href="{link(page - 1)}">Trang trước</a></li>')
    else:
        out.append('<li class="disabled page-item"><a aria-disabled="true" class="page-link" href="javascript:;" tabindex="-1">Trang trước</a></li>')
    for n in range(1, pages + 1):
        active = ' active" aria-current="page' if n == page else ""
        out.append(f'<li class="page-item{active}"><a class="page-link" href="{link(n)}">{n}</a></li>')
    if page < pages:
        out.append(f'<li class="page-item"><a class="page-link" href="{link(page + 1)}">Trang sau</a></li>')
    else:
        out.append('<li class="disabled page-item"><a aria-disabled="true" class="page-link" href="javascript:;" tabindex="-1">Trang sau</a></li>')
    out.append("</ul></div>")
    return "".join(out)


def _collection(item_id: str, stories: list[Story], layout: str, pager: str = "") -> str:
    cards = "".join(_card(s, i, layout) for i, s in enumerate(stories))
    if not stories:
        cards = '<div class="col-12"><div class="c-empty-state"><div class="c-empty-state-text">Không có kết quả nào để hiển thị.</div></div></div>'
    return (
        f'<div class="lfr-layout-structure-item-collection lfr-layout-structure-item-{item_id}">'
        f'<div class="row">{cards}</div>{pager}</div>'
    )


def _heading(label: str, level: int = 2, href: str | None = None) -> str:
    more = (f'<a class="tct-xem-tat-ca small ml-auto" href="{href}">Xem tất cả <svg class="lexicon-icon lexicon-icon-angle-right">'
            f'<use href="{THEME}/images/clay/icons.svg#angle-right"></use></svg></a>') if href else ""
    return (
        '<div class="d-flex align-items-end border-bottom border-primary mb-3 mt-4 tct-dm">'
        f'<div class="fragment_40560"><h{level} class="component-heading mb-1 text-uppercase" data-lfr-editable-id="element-text" '
        f'data-lfr-editable-type="rich-text">{esc(label)}</h{level}></div>{more}</div>'
    )


def _layout(left: str, right: str | None = None) -> str:
    right = _sidebar() if right is None else right
    return (
        '<div class="lfr-layout-structure-item-container"><div class="container-fluid container-fluid-max-xl py-3">'
        f'<div class="lfr-layout-structure-item-row"><div class="row"><div class="col-lg-8 lfr-layout-structure-item-col">{left}</div>'
        f"{right}</div></div></div></div>"
    )


def home(request: Request) -> Response:
    feat = "".join(
        f'<li class="mb-2"><a class="asset-title" href="{featured_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a>'
        f'<span class="text-secondary small"> ({BY_ID[i].opts["mod"]})</span></li>'
        for i in FEATURED
    )
    ap = (
        f'<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-barebone" id="p_p_id_{AP_PORTLET}_">'
        f'<section class="portlet" id="portlet_{AP_PORTLET}"><div class="portlet-content">'
        '<h2 class="portlet-title-text h5 text-uppercase tct-khoi-td">Tin tiêu điểm</h2>'
        f'<div class="portlet-content-container"><ul class="list-unstyled tct-tieudiem">{feat}</ul></div></div></section></div>'
    )
    blocks = [ap]
    for section, (label, _cid, item_id, _size) in SECTIONS.items():
        items = section_items(section)[:3] if section != "nghien-cuu-khoa-hoc" else section_items(section)[:2]
        blocks.append(_heading(label, 2, f"{SITE}/{section}"))
        blocks.append(_collection("h" + item_id[:8], items, "doc"))
    banner = (
        '<div class="lfr-layout-structure-item-container tct-slide"><div class="fragment_40551">'
        f'<img alt="Chào mừng Đại hội đại biểu Đảng bộ tỉnh" class="w-100" src="{THEME}/images/tct/banner-dai-hoi.jpg" /></div></div>'
    )
    return _page(request, title="Trang chủ", canonical=SITE, active=SITE,
                 main=banner + _layout("".join(blocks)),
                 description="Cổng thông tin điện tử Trường Chính trị tỉnh Thừa Thiên Huế")


def section_page(request: Request, section: str) -> Response | None:
    label, _cid, item_id, size = SECTIONS[section]
    params = request.params
    param = f"page_number_{item_id}"
    try:
        page = int(params.get(param, "1") or "1")
    except ValueError:
        page = 1
    page = max(page, 1)
    items = section_items(section)
    pages = max(1, -(-len(items) // size))
    shown = items[(page - 1) * size: page * size]
    path = f"{SITE}/{section}"
    pager = _pager(path, param, page, pages, len(items), size) if shown else ""
    left = [_breadcrumb([("Trang chủ", SITE), (label, None)]), _heading(label, 1), _collection(item_id, shown, "ngang", pager)]
    if section == "tin-tuc":
        left.append(_heading("Tin nổi bật", 2))
        left.append(_collection("9c2e7b10-55aa-4e0f-b6d1-3f8a2c4e9d01", [BY_ID[i] for i in HIGHLIGHT], "doc"))
    return _page(request, title=label, canonical=path, active=path, main=_layout("".join(left)))


# --- the Display Page Template ("Trang hiển thị - Tin bài") -----------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _ftn(story: Story, escaped: str) -> str:
    """Word's footnote calls: "[1]" printed as a superscript link to the note (kept as text)."""
    if not story.opts.get("ftn"):
        return escaped
    for n in range(1, 10):
        escaped = escaped.replace(f"[{n}]", f'<sup><a href="#_ftn{n}" name="_ftnref{n}" title="">[{n}]</a></sup>', 1)
    return escaped


def _inline_img(img: Img) -> str:
    if img.style == "fig":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="image"><img alt="" height="533" src="{esc(img.src)}" width="800" />{cap}</figure>'
    cap = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return (f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" style="width: 760px; height: 507px;" /></p>'
            f"{cap}")


def _rich_text(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "field")]
    i = 0
    mode = story.opts.get("rt", "p")
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append('<p>&nbsp;</p>' + b.html)
        elif isinstance(b, Img):
            out.append(_inline_img(b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            i -= 1
            if b.style == "li" and run[0].text.startswith("["):
                # the notes of a Word footnote block: one paragraph each, the number a back link
                for p in run:
                    num = p.text[1:p.text.index("]")]
                    rest = _t(story, p.text[p.text.index("]") + 1:])
                    out.append(f'<p style="font-size: 13px;"><a href="#_ftnref{num}" name="_ftn{num}" title="">[{num}]</a>{rest}</p>')
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{_t(story, c)}</td>" for c in cells) + "</tr>")
                out.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>'
                           + "".join(rows) + "</tbody></table>")
        elif b.style == "h":
            out.append(f"<h3><strong>{_t(story, b.text)}</strong></h3>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}<br />\n{_t(story, nxt.text)}</p>')
            i += 1
        elif b.style == "word":
            out.append('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">'
                       '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'
                       f"{_t(story, b.text)}<o:p></o:p></span></p>")
        elif mode == "div":
            out.append(f'<div style="text-align: justify;">{_t(story, b.text)}</div><div>&nbsp;</div>')
        else:
            out.append(f'<p style="text-align: justify;">{_ftn(story, _t(story, b.text))}</p>')
        i += 1
    return "\n".join(out)


def _picture(img: Img) -> str:
    fid = _file_entry_id(img.src)
    name = img.src.split("/")[4]
    return (
        f'<picture data-fileentryid="{fid}">'
        f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fid}/Thumbnail-300x300/{name}?t=1764661200000" />'
        f'<source media="(max-width:1000px) and (min-width:300px)" srcset="/o/adaptive-media/image/{fid}/Preview-1000x0/{name}?t=1764661200000" />'
        f'<img alt="" class="img-fluid w-100" data-fileentryid="{fid}" src="{esc(img.src)}" /></picture>'
    )


def _share(request: Request, story: Story) -> str:
    url = quote(base_url(request) + article_path(story), safe="")
    return (
        '<div class="fragment_40611 tct-chiase d-flex align-items-center mt-3"><span class="mr-2 small">Chia sẻ:</span>'
        '<div class="taglib-social-bookmarks" id="_com_liferay_social_bookmarks_taglib_ui_social_bookmarks_tctsb">'
        f'<a class="btn btn-monospaced btn-sm btn-outline-secondary" href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="noopener" target="_blank" title="Facebook">'
        f'<svg class="lexicon-icon lexicon-icon-social-facebook"><use href="{THEME}/images/clay/icons.svg#social-facebook"></use></svg></a> '
        f'<a class="btn btn-monospaced btn-sm btn-outline-secondary" href="https://twitter.com/intent/tweet?url={url}" rel="noopener" target="_blank" title="Twitter">'
        f'<svg class="lexicon-icon lexicon-icon-twitter"><use href="{THEME}/images/clay/icons.svg#twitter"></use></svg></a> '
        f'<a class="btn btn-monospaced btn-sm btn-outline-secondary" href="mailto:?subject={quote(story.title)}&amp;body={url}" title="Email">'
        f'<svg class="lexicon-icon lexicon-icon-envelope-closed"><use href="{THEME}/images/clay/icons.svg#envelope-closed"></use></svg></a>'
        '<button class="btn btn-monospaced btn-sm btn-outline-secondary" onclick="window.print();" title="In trang" type="button">'
        f'<svg class="lexicon-icon lexicon-icon-print"><use href="{THEME}/images/clay/icons.svg#print"></use></svg></button></div></div>'
    )


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    rows = "".join(
        f'<li class="list-group-item px-0"><svg class="lexicon-icon lexicon-icon-document-pdf"><use href="{THEME}/images/clay/icons.svg#document-pdf"></use></svg> '
        f'<a href="{esc(doc_url(fname, 41300))}&amp;download=true">{esc(label)}</a> <span class="text-secondary small">({size})</span></li>'
        for label, fname, size in files
    )
    return (
        '<div class="fragment_40609 tct-tdk mt-3"><h4 class="h6 font-weight-bold mb-1">Tệp đính kèm</h4>'
        f'<ul class="list-group list-group-flush">{rows}</ul></div>'
    )


def _related(story: Story) -> str:
    ids = story.opts.get("related") or []
    if not ids:
        return ""
    lis = "".join(
        f'<li><a href="/w/{BY_ID[i].slug}">{esc(BY_ID[i].title)}</a> <span class="text-secondary small">({BY_ID[i].opts["mod"]})</span></li>'
        for i in ids
    )
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet_ mt-4" '
        'id="p_p_id_com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet_INSTANCE_tctlq_">'
        '<h2 class="h5 text-uppercase tct-khoi-td">Tin liên quan</h2>'
        f'<ul class="tct-lq">{lis}</ul></div>'
    )


def article_page(request: Request, story: Story) -> Response:
    section = story.cat
    label, cat_id, _item, _size = SECTIONS[section]
    canonical = article_path(story)
    base = base_url(request)
    feat = _featured(story)
    og_img = f'<meta property="og:image" content="{base}{esc(feat.src)}">\n' if feat else ""
    extra = (
        f'<meta property="og:title" content="{esc(story.title)}">\n<meta property="og:type" content="article">\n{og_img}'
        f'<meta property="article:published_time" content="{story.opts["created"]}">\n'
        f'<meta property="article:section" content="{esc(label)}">\n'
    )
    description = story.summary if story.sapo_outside else ""
    tacgia = story.opts.get("tacgia")
    meta = (
        '<div class="fragment_40603"><div class="tct-dong-tt d-flex flex-wrap align-items-center small text-secondary mb-2">'
        f'<span class="mr-3"><svg class="lexicon-icon lexicon-icon-calendar"><use href="{THEME}/images/clay/icons.svg#calendar"></use></svg> '
        f'<span class="sr-only">Ngày đăng</span><span data-lfr-editable-id="ngay-dang" data-lfr-editable-type="text">{story.opts["shown"]}</span></span>'
    )
    if tacgia:
        meta += (f'<span class="mr-3"><svg class="lexicon-icon lexicon-icon-user"><use href="{THEME}/images/clay/icons.svg#user"></use></svg> '
                 f'Tác giả: <span data-lfr-editable-id="tac-gia" data-lfr-editable-type="text">{esc(tacgia)}</span></span>')
    meta += (f'<span class="mr-3"><svg class="lexicon-icon lexicon-icon-view"><use href="{THEME}/images/clay/icons.svg#view"></use></svg> '
             f"Lượt xem: {story.views()}</span></div></div>"
             f'<div class="fragment_40604 mb-2"><a class="label label-secondary label-lg text-uppercase" '
             f'href="{SITE}/{section}?p_r_p_categoryId={cat_id}"><span class="label-item label-item-expand">{esc(label)}</span></a></div>')
    sapo = ""
    if story.sapo_outside and story.summary:
        sapo = ('<div class="fragment_40605"><div class="component-paragraph tct-tt font-weight-bold mb-3" '
                f'data-lfr-editable-id="mo-ta" data-lfr-editable-type="rich-text"><p>{_t(story, story.summary)}</p></div></div>')
    else:
        sapo = ('<div class="fragment_40605"><div class="component-paragraph tct-tt font-weight-bold mb-3" '
                'data-lfr-editable-id="mo-ta" data-lfr-editable-type="rich-text"></div></div>')
    if feat:
        anh = (f'<div class="fragment_40606"><div class="component-image tct-anh overflow-hidden">{_picture(feat)}</div></div>'
               '<div class="fragment_40607"><div class="component-paragraph tct-ct text-center small font-italic mb-3" '
               f'data-lfr-editable-id="chu-thich-anh" data-lfr-editable-type="text">{esc(feat.printed or "")}</div></div>')
    else:
        anh = ('<div class="fragment_40606"><div class="component-image tct-anh overflow-hidden"><img alt="" class="img-fluid w-100" src="" /></div></div>'
               '<div class="fragment_40607"><div class="component-paragraph tct-ct text-center small font-italic mb-3" '
               'data-lfr-editable-id="chu-thich-anh" data-lfr-editable-type="text"></div></div>')
    body = ('<div class="fragment_40608"><div class="component-paragraph tct-nd" data-lfr-editable-id="noi-dung" '
            f'data-lfr-editable-type="rich-text">{_rich_text(story)}</div></div>')
    tags = ""
    if story.opts.get("tags"):
        tags = ('<div class="taglib-asset-tags-summary mt-2 small"><span class="mr-1">Thẻ:</span>'
                + " ".join(f'<span class="label label-dark">{esc(t)}</span>' for t in story.opts["tags"])
                + "</div>")
    tools = ('<div class="fragment_40610 d-flex justify-content-between small text-secondary border-top pt-2 mt-3">'
             '<span>Người đăng: <span data-lfr-editable-id="nguoi-dang">bientap.tct</span></span>'
             f'<span>Cập nhật lần cuối: {story.opts["mod"]}</span></div>')
    left = (
        _breadcrumb([("Trang chủ", SITE), (story.title, None)])
        + '<div class="fragment_40602"><h2 class="component-heading tct-td-bv mb-2" data-lfr-editable-id="tieu-de" '
        f'data-lfr-editable-type="text">{text(story.title)}</h2></div>'
        + meta + sapo + anh + body + _files(story) + tags + tools + _share(request, story) + _related(story)
    )
    same = section_items(section)[:2]
    right = (
        '<div class="col-lg-4 lfr-layout-structure-item-col tct-cot-phai">'
        + _heading("Tin cùng chuyên mục", 2)
        + _collection("c4d1e8f2-7b3a-4a9e-8d2c-5e6f7a8b9c0d", same, "doc").replace("col-md-4", "col-12")
        + _most_read() + "</div>"
    )
    banner = (
        '<div class="lfr-layout-structure-item-container tct-dp-bn bg-primary text-white py-3"><div class="container-fluid container-fluid-max-xl">'
        '<div class="fragment_40601"><h1 class="component-heading mb-0 text-white text-uppercase" data-lfr-editable-id="element-text" '
        'data-lfr-editable-type="text">Tin bài</h1></div></div></div>'
    )
    return _page(request, title=story.title, canonical=canonical, active=f"{SITE}/{section}",
                 main=banner + _layout(left, right), extra_head=extra, description=description,
                 body_class="has-display-page")


# --- pages that are not articles ------------------------------------------------------------


def _web_content(title: str, inner: str) -> str:
    return (
        _breadcrumb([("Trang chủ", SITE), (title, None)])
        + _heading(title, 1)
        + '<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-barebone" '
        'id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tctwc_">'
        f'<div class="journal-content-article" data-analytics-asset-type="web-content">{inner}</div></div>'
    )


def _intro() -> str:
    return _web_content("Giới thiệu chung", (
        "<p>Trường Chính trị tỉnh Thừa Thiên Huế là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, bồi dưỡng "
        "cán bộ lãnh đạo, quản lý trong hệ thống chính trị ở cơ sở; nghiên cứu khoa học về lý luận chính trị và thực tiễn địa phương.</p>"
        "<p>Nhà trường hiện có 04 khoa chuyên môn, 03 phòng chức năng với 62 cán bộ, giảng viên, nhân viên.</p>"
        '<p><strong>Chức năng, nhiệm vụ</strong></p><ul><li>Đào tạo trung cấp lý luận chính trị;</li>'
        "<li>Bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng, cấp xã;</li><li>Bồi dưỡng kiến thức quốc phòng và an ninh.</li></ul>"
    ))


def _history() -> str:
    return _web_content("Lịch sử phát triển", (
        "<p>Tiền thân của Nhà trường là Trường Đảng tỉnh Thừa Thiên được thành lập năm 1949 tại chiến khu Hòa Mỹ. "
        "Qua nhiều lần đổi tên và sáp nhập, năm 2001 Trường mang tên Trường Chính trị Nguyễn Chí Thanh, "
        "sau đó là Trường Chính trị tỉnh Thừa Thiên Huế.</p>"
        "<p>Nhà trường vinh dự được Nhà nước tặng thưởng Huân chương Độc lập hạng Ba và nhiều phần thưởng cao quý khác.</p>"
    ))


def _org() -> str:
    rows = [("Ban Giám hiệu", "Hiệu trưởng và 02 Phó Hiệu trưởng"), ("Khoa Xây dựng Đảng", "12 giảng viên"),
            ("Khoa Lý luận cơ sở", "10 giảng viên"), ("Khoa Nhà nước và Pháp luật", "9 giảng viên"),
            ("Khoa Dân vận", "8 giảng viên"), ("Phòng Tổ chức - Hành chính", "9 cán bộ"),
            ("Phòng Quản lý đào tạo", "6 cán bộ"), ("Phòng Khoa học - Thông tin - Thư viện", "5 cán bộ")]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
    return _web_content("Cơ cấu tổ chức", f'<table class="table table-bordered"><tbody>{trs}</tbody></table>')


def _contact() -> str:
    return _web_content("Liên hệ", (
        f"<p><strong>{ORG}</strong></p><p>Địa chỉ: 02 Ngô Quyền, phường Thuận Hóa, thành phố Huế</p>"
        "<p>Điện thoại: 0234.3822.465 - Email: truongchinhtri@thuathienhue.gov.vn</p>"
        f'<form action="{SITE}/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lh01&amp;p_p_lifecycle=1" method="post">'
        '<div class="form-group"><label>Họ và tên</label><input class="form-control" name="_ddm_hoten" type="text" /></div>'
        '<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="_ddm_noidung"></textarea></div>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form>'
    ))


def _album() -> str:
    pics = [("Lễ khai giảng lớp K45", "khai-giang-k45.jpg", 41240), ("Hội thảo chuyển đổi số", "hoi-thao-chuyen-doi-so.jpg", 41260),
            ("Gặp mặt 20/11", "gap-mat-20-11-2026.jpg", 41230), ("Hành trình về nguồn", "ve-nguon-2026.jpg", 41198)]
    cards = "".join(
        f'<div class="col-md-3 mb-3"><a class="tct-album-a" data-title="{esc(t)}" href="{esc(doc_url(f, fo))}">'
        f'<img alt="{esc(t)}" class="img-thumbnail" src="/o/adaptive-media/image/{_file_entry_id(doc_url(f, fo))}/Thumbnail-300x300/{f}?t=1764661200000" /></a>'
        f'<p class="small text-center">{esc(t)}</p></div>'
        for t, f, fo in pics
    )
    return _web_content("Thư viện ảnh", f'<div class="row image-viewer-base">{cards}</div>')


def _documents() -> str:
    docs = [("217-TB/TCT", "29/10/2026", "Thông báo tuyển sinh lớp Trung cấp LLCT hình thức không tập trung năm 2027", "217-tb-tct.pdf"),
            ("205-KH/TCT", "12/10/2026", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "205-kh-tct.pdf"),
            ("198-QĐ/TCT", "01/10/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ", "198-qd-tct.pdf")]
    trs = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td>"
        f'<td><a href="{esc(doc_url(f, 41300))}&amp;download=true">Tải về</a></td></tr>'
        for a, b, c, f in docs
    )
    return _web_content("Văn bản", (
        '<table class="table table-autofit table-list"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{trs}</tbody></table>"
    ))


STATIC_PAGES = {
    "gioi-thieu": ("Giới thiệu chung", _intro, f"{SITE}/gioi-thieu"),
    "lich-su-phat-trien": ("Lịch sử phát triển", _history, f"{SITE}/gioi-thieu"),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", _org, f"{SITE}/gioi-thieu"),
    "lien-he": ("Liên hệ", _contact, f"{SITE}/lien-he"),
    "thu-vien-anh": ("Thư viện ảnh", _album, "javascript:;"),
    "van-ban": ("Văn bản", _documents, "javascript:;"),
}


def search_page(request: Request) -> Response:
    q = request.params.get("q", "") or request.params.get("tag", "")
    left = (_breadcrumb([("Trang chủ", SITE), ("Tìm kiếm", None)]) + _heading("Tìm kiếm", 1)
            + f'<p class="search-total-label">Không tìm thấy kết quả nào phù hợp với từ khóa <strong>{esc(q)}</strong>.</p>')
    return _page(request, title="Tìm kiếm", canonical=f"{SITE}/search", active="", main=_layout(left))


# --- routing --------------------------------------------------------------------------------

_DOC_SLUGS = {"qd-mo-lop-k45.pdf", "217-tb-tct.pdf", "mau-so-yeu-ly-lich.pdf", "205-kh-tct.pdf", "198-qd-tct.pdf"}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/" or path == "/web/guest":
            return redirect(SITE, 302)
        if path.startswith(("/documents/", "/o/adaptive-media/", "/image/")):
            parts = path.split("/")
            if path.startswith("/documents/") and len(parts) > 4 and parts[4] in _DOC_SLUGS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            name = parts[4] if path.startswith("/documents/") and len(parts) > 4 else path
            return static_file(path) or static_file(name) or static_file(path + ".gif")
        if path.startswith(("/o/", "/combo")):
            return static_file(path)
        if path in (SITE, SITE + "/"):
            return home(request)
        if path.startswith("/w/"):
            story = BY_SLUG.get(path[3:])
            return article_page(request, story) if story else None
        if path.startswith(SITE + "/w/"):
            slug = path[len(SITE) + 3:]
            if slug in OLD_SLUGS:  # friendly URL history: the old url-title answers 301
                return redirect(article_path(OLD_SLUGS[slug]), 301)
            story = BY_SLUG.get(slug)
            return article_page(request, story) if story else None
        if path.startswith(f"{SITE}/-/asset_publisher/{AP_INSTANCE}/content/"):
            story = BY_SLUG.get(path.rsplit("/", 1)[1])
            return redirect(article_path(story), 302) if story else None
        rest = path[len(SITE) + 1:] if path.startswith(SITE + "/") else None
        if rest in SECTIONS:
            return section_page(request, rest)
        if rest in STATIC_PAGES:
            title, build, active = STATIC_PAGES[rest]
            return _page(request, title=title, canonical=path, active=active, main=_layout(build()))
        if rest == "search":
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/w/{story.slug}"]
    if story.id in MOST_READ:
        alts.append(most_read_path(story))
    return alts


GOLD = [
    gold_record(s, article_path(s), SECTIONS[s.cat][0], canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [f"{SITE}/{slug}" for slug in STATIC_PAGES]
