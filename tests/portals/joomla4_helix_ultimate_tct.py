"""Trường Chính trị tỉnh Hà Tĩnh on Joomla 4.2 with JoomShaper's Helix Ultimate 2 template.

Platform: Joomla 4.2, SEF URLs with URL rewriting and the ".html" suffix, IDs kept in URLs;
Helix Ultimate 2 (its own overrides of the article and blog layouts: ``article-details``,
``article-header``, ``article-info``, intro images in the blog, post formats, "Bài viết liên
quan"); the home page is an SP Page Builder page.

URL scheme
- ``/`` home (SP Page Builder "Tin mới nhất" addon, latest four articles);
- ``/<menu-alias>.html`` and ``/<menu-alias>.html?start=<N>`` category blogs (3 items a page:
  one leading, two intro in columns, then one more title in "Các bài viết khác");
- ``/<menu-alias>/<id>-<alias>.html`` an article; ``?start=1`` / ``?showall=1`` on an article
  split by the page-break plugin;
- ``/index.php?option=com_content&view=article&id=<N>&catid=<C>&Itemid=101`` the same article,
  non-SEF, linked by the home page's SP Page Builder addon (no canonical on any page);
- ``/<menu-alias>/tag/<tag>.html`` tag listings; ``/tim-kiem.html`` search page.
- non-articles: ``/gioi-thieu.html`` (single-article menu item, article markup),
  ``/gioi-thieu/co-cau-to-chuc.html``, ``/lien-he.html`` (com_contact),
  ``/thu-vien-anh/hoi-nghi-tong-ket-nam-hoc.html`` (photo album),
  ``/van-ban/ke-hoach-dao-tao-nam-2027.html`` (document entry).

How each gold article is reached: the four blogs are in the main menu; page 1 of each shows
three items and one more title ("Các bài viết khác"); "Tin tức - Sự kiện" and "Đào tạo - Bồi
dưỡng" have a page 2 (``?start=3``). 1249, the oldest news item, is only on page 2 of
"Tin tức - Sự kiện" (in no sidebar, tag listing, related block or home list; prev/next is off
in that menu); 1248 is only in the "Các bài viết khác" titles of page 1 of "Đào tạo - Bồi
dưỡng" and on its page 2. The home page links the latest four through their non-SEF URL; the
"Đọc nhiều" sidebar, the tag listings, the related-articles block (two items) and the prev/next
navigation (on in "Nghiên cứu khoa học" and "Thông báo") link others by their SEF URL.

Traps
1. The ``<time datetime>`` of the info block carries the local wall time labelled "+00:00"
   (the template formats it with 'c' on a local date): "2026-11-27T22:40:00+00:00" next to the
   printed "Được đăng: 27 Tháng 11 2026 22:40". Gold is the printed local time,
   "2026-11-27T22:40:00+07:00" (converting the attribute would move 1256 to the 28th).
2. Three dates in one info block (article-level "show create/modify date" on): "Ngày tạo"
   (created, printed first), "Được đăng" (publish_up) and "Cập nhật lần cuối". Gold is
   "Được đăng"; when it prints "00:00" the day alone (1260 -> "2026-12-01").
3. The page-break plugin splits 1259 into two pages: page 1 holds a "Mục lục bài viết" index
   and a "Trang 1 / 2 · Tiếp »" pager INSIDE ``itemprop="articleBody"``; ``?start=1`` is the
   second half and ``?showall=1`` the whole text ("?start=" is a listing offset on the blogs
   but a page of the text here). Gold body is the whole text; both variants are alt_paths.
4. Helix's "Bài viết liên quan" block sits inside ``div.article-details`` after the text and
   repeats the article's own markup (``div.article-header`` with an ``h2``, ``div.article-info``
   with ``time itemprop="datePublished"``) for two other articles; the prev/next navigation
   names other titles in hidden spans ("Bài trước: …"). None of it is this article's.
5. ``{loadmoduleid}`` in 1260 renders a whole module ("Văn bản mới ban hành", a ``moduletable``
   with its ``h3`` and list of links) in the middle of ``itemprop="articleBody"``: not body.
6. The full-text image is printed outside the body (``figure.article-full-image`` before the
   header) with its caption in a ``figcaption``: it is the article's first image (1263); a
   "gallery" post format (1258) prints a Bootstrap carousel of three photos before the header:
   they are the article's images, without captions.
7. "Viết bởi: quantri" is the CMS account in ``span.createdby``: nobody. The real byline is a
   right-aligned line at the end of the text ("ThS. Trần Thị Lan Anh" -> "Trần Thị Lan Anh");
   1262 has a created_by_alias "Phòng Quản lý đào tạo" in createdby and no other byline: that
   unit is the author. "BBT" signs 1250: nobody.
8. Duplicates without canonical: the home page's non-SEF ``index.php?option=com_content…``
   links; on those the breadcrumb is "Trang chủ › <title>" (Itemid of the home), so the
   category is only in the info block's "Chuyên mục". Gold keeps the SEF path, the category
   "as filed".
9. Captions in the text are a centred ``<em>`` paragraph under the picture (JCE habit); a line
   that only credits "Ảnh: Hoàng Anh" is no caption and makes a photographer.
10. The blog's "Các bài viết khác" is a bare list of titles below the three full items; the
    page 2 of a blog repeats that title as its first full item.
11. 1255 is an official notice (letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
    signer): date is the letterhead's "ngày 18 tháng 11 năm 2026", not "Được đăng" (19th); the
    signer is the author; the attachment line is not body.
12. ``/gioi-thieu.html`` is a single-article menu item printed with the same
    ``article-details`` markup (header, info block with date and hits): not an article.

Gold decisions on ambiguous points
- published_at: the printed "Được đăng" line (local, Asia/Ho_Chi_Minh), never the datetime
  attribute's offset, never "Ngày tạo" / "Cập nhật lần cuối".
- category: the leaf category as the info block and the blog print it ("Tin tức - Sự kiện" …).
- The bold first paragraph is the sapo (summary) where there is one; other articles null.
- Page-break titles ("Phần 1: …") appear only in the index, not in the text: not body.
- The rating widget, social share, tags, pager and index are chrome.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "joomla4_helix_ultimate_tct"
PLATFORM = "Joomla 4.2 + Helix Ultimate 2 (JoomShaper), SEF .html"
START_PATH = "/"

HOME_ITEMID = 101
#: menu alias -> (category title, catid, Itemid)
MENUS = {
    "tin-tuc": ("Tin tức - Sự kiện", 9, 112),
    "dao-tao-boi-duong": ("Đào tạo - Bồi dưỡng", 10, 113),
    "nghien-cuu-khoa-hoc": ("Nghiên cứu khoa học", 11, 114),
    "thong-bao": ("Thông báo", 12, 115),
}
PER_PAGE = 3
LINKS = 1
#: Helix's "Bài viết liên quan": the latest of the same category (filled up from the latest)
RELATED = 2
#: menu items whose "Navigation" option is on (prev/next under the article)
PAGENAV_MENUS = ("nghien-cuu-khoa-hoc", "thong-bao")

_CREDIT = '<p style="text-align: right;"><strong>{}</strong></p>'


def _img(name: str) -> str:
    return f"/images/2026/{name}.jpg"


STORIES: list[Story] = [
    Story(
        1263,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k45",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K45 hệ không tập trung",
        "tin-tuc",
        "2026-12-03T08:15:00+07:00",
        [
            Img(
                _img("k45-khai-giang"),
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp K45",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp K45",
                style="full",
            ),
            P(
                "Sáng 03/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức khai giảng lớp Trung cấp lý luận "
                "chính trị - hành chính K45 hệ không tập trung cho 92 học viên là cán bộ, công chức "
                "cấp xã và cơ sở.",
                "b",
            ),
            P(
                "Dự lễ khai giảng có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân vận "
                "Tỉnh ủy, lãnh đạo Huyện ủy Can Lộc cùng các đồng chí trong Ban Giám hiệu, trưởng, phó "
                "các khoa, phòng của Nhà trường."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh: lớp học được tổ chức tại Trung "
                "tâm Chính trị huyện Can Lộc trong thời gian 12 tháng, học viên cần sắp xếp công việc "
                "chuyên môn để tham gia đầy đủ các học phần theo kế hoạch."
            ),
            P(
                "Chương trình gồm 4 phần với 19 học phần, trong đó có 1 chuyên đề về lịch sử, văn hóa "
                "và phát triển kinh tế - xã hội tỉnh Hà Tĩnh, kết thúc khóa học học viên viết tiểu "
                "luận cuối khóa và thi tốt nghiệp."
            ),
            Raw(_CREDIT.format("Tin, ảnh: Phan Thị Thu Trang")),
        ],
        authors=["Phan Thị Thu Trang"],
        photographers=["Phan Thị Thu Trang"],
        summary=(
            "Sáng 03/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức khai giảng lớp Trung cấp lý luận "
            "chính trị - hành chính K45 hệ không tập trung cho 92 học viên là cán bộ, công chức "
            "cấp xã và cơ sở."
        ),
        opts={"pub": "2026-12-03 08:15", "tags": ["llct-hc"], "intro": "k45-intro"},
    ),
    Story(
        1262,
        "be-giang-lop-boi-duong-cap-nhat-kien-thuc-can-bo-lanh-dao-quan-ly-cap-phong-khoa-ii",
        "Bế giảng lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp phòng khóa II",
        "dao-tao-boi-duong",
        "2026-12-02T16:45:00+07:00",
        [
            P(
                "Chiều 02/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức bế giảng lớp bồi dưỡng cập nhật "
                "kiến thức cho cán bộ lãnh đạo, quản lý cấp phòng khóa II năm 2026."
            ),
            P(
                "Sau 10 ngày học tập, 68 học viên đã được cập nhật các chuyên đề về quản lý nhà nước "
                "trong bối cảnh chuyển đổi số, kỹ năng lãnh đạo và công tác dân vận."
            ),
            Img(_img("be-giang-cap-phong"), "Trao giấy chứng nhận cho học viên", "Trao giấy chứng nhận cho học viên"),
            P(
                "Kết quả có 100% học viên hoàn thành chương trình, trong đó 21 học viên đạt loại giỏi, "
                "47 học viên đạt loại khá."
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"pub": "2026-12-02 16:45", "alias": "Phòng Quản lý đào tạo", "intro": "cap-phong-intro"},
    ),
    Story(
        1260,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2027",
        "Hội nghị viên chức, người lao động năm 2027",
        "tin-tuc",
        "2026-12-01",
        [
            P(
                "Ngày 01/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội nghị viên chức, người lao động "
                "năm 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và bàn giải pháp cho năm tới."
            ),
            P("Hội nghị đã thống nhất các chỉ tiêu chủ yếu:", "h"),
            P("Tổ chức 42 lớp đào tạo, bồi dưỡng với khoảng 3.500 lượt học viên;", "li"),
            P("100% giảng viên đi nghiên cứu thực tế ít nhất 01 lần trong năm;", "li"),
            P("Hoàn thành 02 đề tài khoa học cấp cơ sở và 01 hội thảo khoa học cấp tỉnh.", "li"),
            P(
                "Hội nghị cũng đã thông qua Quy chế chi tiêu nội bộ sửa đổi và bầu Ban Thanh tra nhân "
                "dân nhiệm kỳ 2027 - 2029 gồm 3 đồng chí."
            ),
            Raw(_CREDIT.format("Tổ Văn phòng")),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "pub": "2026-12-01 00:00",
            "created": "2026-11-28 16:20",
            "modified": "2026-12-02 09:05",
            "module_after": 1,
            "tags": ["hoi-nghi"],
            "intro": "hoi-nghi-intro",
        },
    ),
    Story(
        1259,
        "hoi-giang-giang-vien-cap-truong-nam-hoc-2026-2027",
        "Hội giảng giảng viên cấp trường năm học 2026 - 2027: nhiều bài giảng sáng tạo",
        "dao-tao-boi-duong",
        "2026-11-24T14:00:00+07:00",
        [
            P(
                "Từ ngày 17 đến 24/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội giảng giảng viên cấp "
                "trường năm học 2026 - 2027 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn.",
                "b",
            ),
            P(
                "Hội giảng là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy "
                "theo hướng phát huy tính tích cực, chủ động của người học."
            ),
            P(
                "Các bài giảng được đánh giá theo 4 tiêu chí: nội dung, phương pháp, tác phong sư phạm "
                "và ứng dụng công nghệ thông tin."
            ),
            P(
                "Nhiều giảng viên đã vận dụng tình huống thực tiễn của địa phương vào bài giảng, giúp "
                "học viên liên hệ giữa lý luận và thực tiễn công tác tại cơ sở."
            ),
            P(
                "Kết thúc hội giảng, Ban Tổ chức trao 3 giải nhất, 5 giải nhì và 6 giải ba; chọn 2 "
                "giảng viên tham dự Hội thi giảng viên giỏi toàn quốc năm 2027."
            ),
            Raw(_CREDIT.format("ThS. Trần Thị Lan Anh")),
        ],
        authors=["Trần Thị Lan Anh"],
        summary=(
            "Từ ngày 17 đến 24/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội giảng giảng viên cấp "
            "trường năm học 2026 - 2027 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
        ),
        opts={
            "pub": "2026-11-24 14:00",
            "pagebreak": 3,
            "pb_titles": ("Phần 1: Mục đích, yêu cầu", "Phần 2: Kết quả hội giảng"),
            "intro": "hoi-giang-intro",
        },
    ),
    Story(
        1258,
        "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20T09:30:00+07:00",
        [
            Img(_img("20-11-a"), style="gallery"),
            Img(_img("20-11-b"), style="gallery"),
            Img(_img("20-11-c"), style="gallery"),
            P(
                "Sáng 20/11, Công đoàn Trường Chính trị tỉnh Hà Tĩnh tổ chức gặp mặt kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Buổi gặp mặt có sự tham dự của các thế hệ nhà giáo đã nghỉ hưu, cán bộ, giảng viên, "
                "nhân viên đang công tác tại Trường."
            ),
            P(
                "Dịp này, Nhà trường khen thưởng 9 giảng viên có thành tích xuất sắc trong phong trào "
                "thi đua “Dạy tốt, học tốt” năm học 2025 - 2026."
            ),
            Raw(_CREDIT.format("Công đoàn Trường")),
        ],
        authors=["Công đoàn Trường"],
        opts={"pub": "2026-11-20 09:30", "format": "gallery", "tags": ["hoi-nghi"], "intro": "20-11-intro"},
    ),
    Story(
        1256,
        "doan-can-bo-giang-vien-nghien-cuu-thuc-te-tai-quang-binh",
        "Đoàn cán bộ, giảng viên Trường đi nghiên cứu thực tế tại tỉnh Quảng Bình",
        "tin-tuc",
        "2026-11-27T22:40:00+07:00",
        [
            P(
                "Thực hiện kế hoạch năm 2026, từ ngày 24 đến 27/11, đoàn cán bộ, giảng viên Trường "
                "Chính trị tỉnh Hà Tĩnh đã đi nghiên cứu thực tế tại tỉnh Quảng Bình."
            ),
            P(
                "Tại Trường Chính trị tỉnh Quảng Bình, hai bên trao đổi kinh nghiệm về xây dựng chương "
                "trình bồi dưỡng, quản lý học viên và chuyển đổi số trong đào tạo."
            ),
            Img(_img("quang-binh-1"), "Đoàn làm việc với Trường Chính trị tỉnh Quảng Bình",
                "Đoàn làm việc với Trường Chính trị tỉnh Quảng Bình"),
            P(
                "Đoàn cũng đến dâng hương tại Khu di tích lịch sử Ngã ba Đồng Lộc trên đường đi và "
                "thăm mô hình sản xuất nông nghiệp công nghệ cao tại huyện Lệ Thủy."
            ),
            Img(_img("quang-binh-2"), "Ảnh: Hoàng Anh", None),
            P(
                "Qua chuyến đi, giảng viên có thêm tư liệu thực tiễn để bổ sung vào bài giảng các "
                "chuyên đề về phát triển kinh tế - xã hội."
            ),
            Raw(_CREDIT.format("Bài: ThS. Nguyễn Văn Hùng")),
        ],
        authors=["Nguyễn Văn Hùng"],
        photographers=["Hoàng Anh"],
        opts={"pub": "2026-11-27 22:40", "intro": "quang-binh-intro"},
    ),
    Story(
        1249,
        "hoi-thao-chao-mung-ngay-thanh-lap-truong",
        "Sôi nổi hội thao chào mừng 75 năm Ngày thành lập Trường",
        "tin-tuc",
        "2026-10-15T15:00:00+07:00",
        [
            P(
                "Chiều 15/10, Trường Chính trị tỉnh Hà Tĩnh khai mạc hội thao chào mừng 75 năm Ngày "
                "thành lập Trường với 4 môn thi đấu: bóng chuyền, cầu lông, bóng bàn và kéo co."
            ),
            P(
                "Hơn 120 vận động viên là cán bộ, giảng viên và học viên các lớp tập trung tham gia "
                "thi đấu trong không khí sôi nổi, đoàn kết."
            ),
            P("Theo kế hoạch, hội thao diễn ra trong 3 ngày và bế mạc vào chiều 17/10."),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'),
        ],
        source="Báo Hà Tĩnh",
        opts={"pub": "2026-10-15 15:00", "intro": "hoi-thao-intro"},
    ),
    Story(
        1254,
        "lop-trung-cap-llct-hc-k43-nghien-cuu-thuc-te-tai-huong-son",
        "Lớp Trung cấp LLCT - HC K43 nghiên cứu thực tế tại huyện Hương Sơn",
        "dao-tao-boi-duong",
        "2026-11-12T10:20:00+07:00",
        [
            P(
                "Từ ngày 10 đến 12/11, 75 học viên lớp Trung cấp lý luận chính trị - hành chính K43 "
                "đã đi nghiên cứu thực tế tại huyện Hương Sơn."
            ),
            P("Lịch trình của đoàn như sau:"),
            P("Ngày | Địa điểm | Nội dung", "tr"),
            P("10/11 | Huyện ủy Hương Sơn | Nghe báo cáo tình hình kinh tế - xã hội", "tr"),
            P("11/11 | Xã Sơn Kim 1 | Tìm hiểu mô hình nông thôn mới kiểu mẫu", "tr"),
            P("12/11 | Cửa khẩu Cầu Treo | Tìm hiểu công tác quản lý biên giới", "tr"),
            P(
                "Kết thúc đợt thực tế, mỗi học viên viết một bản thu hoạch gắn với vị trí công tác "
                "của mình."
            ),
            Raw(_CREDIT.format("Phòng Quản lý đào tạo")),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"pub": "2026-11-12 10:20", "tags": ["llct-hc"], "intro": "k43-intro"},
    ),
    Story(
        1248,
        "khai-giang-lop-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi",
        "Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
        "dao-tao-boi-duong",
        "2026-10-20T07:45:00+07:00",
        [
            P(
                "Sáng 20/10, Trường Chính trị tỉnh Hà Tĩnh phối hợp với Đảng ủy Khối các cơ quan và "
                "doanh nghiệp tỉnh khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới."
            ),
            P(
                "Lớp học có 85 học viên, học tập trong 7 ngày với các chuyên đề về Điều lệ Đảng, "
                "nhiệm vụ của đảng viên và lịch sử Đảng bộ tỉnh Hà Tĩnh."
            ),
            Raw(_CREDIT.format("Khoa Xây dựng Đảng")),
        ],
        authors=["Khoa Xây dựng Đảng"],
        opts={"pub": "2026-10-20 07:45", "intro": "dang-vien-moi-intro"},
    ),
    Story(
        1257,
        "hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-can-bo",
        "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong giai đoạn hiện nay”",
        "nghien-cuu-khoa-hoc",
        "2026-11-25T08:00:00+07:00",
        [
            P(
                "Ngày 25/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức hội thảo khoa học “Vận dụng tư tưởng "
                "Hồ Chí Minh về cán bộ trong giai đoạn hiện nay”.",
                "b",
            ),
            P(
                "Hội thảo nhận được 26 tham luận của các nhà khoa học, giảng viên và cán bộ quản lý "
                "trong và ngoài tỉnh."
            ),
            Img(_img("hoi-thao-hcm"), "Quang cảnh hội thảo", "Quang cảnh hội thảo", style="fig"),
            P(
                "Các ý kiến tập trung làm rõ giá trị lý luận và thực tiễn của tư tưởng Hồ Chí Minh về "
                "công tác cán bộ, đặc biệt là đánh giá, quy hoạch và sử dụng cán bộ."
            ),
            P(
                "Người nói: “Cán bộ là cái gốc của mọi công việc”. Muôn việc thành công hoặc thất bại "
                "đều do cán bộ tốt hoặc kém.",
                "q",
            ),
            P(
                "Kết quả hội thảo sẽ được tập hợp thành kỷ yếu, phục vụ công tác giảng dạy và nghiên "
                "cứu của Nhà trường."
            ),
            Raw(_CREDIT.format("TS. Võ Thị Hồng Nhung")),
        ],
        authors=["Võ Thị Hồng Nhung"],
        summary=(
            "Ngày 25/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức hội thảo khoa học “Vận dụng tư tưởng "
            "Hồ Chí Minh về cán bộ trong giai đoạn hiện nay”."
        ),
        opts={"pub": "2026-11-25 08:00", "tags": ["hoi-thao"], "intro": "hcm-intro"},
    ),
    Story(
        1252,
        "nghiem-thu-de-tai-khoa-hoc-cap-co-so-nam-2026",
        "Nghiệm thu đề tài khoa học cấp cơ sở năm 2026",
        "nghien-cuu-khoa-hoc",
        "2026-11-05T13:30:00+07:00",
        [
            P(
                "Chiều 05/11, Hội đồng khoa học Trường Chính trị tỉnh Hà Tĩnh tổ chức nghiệm thu đề "
                "tài “Nâng cao chất lượng bồi dưỡng cán bộ cấp xã ở Hà Tĩnh hiện nay”."
            ),
            P(
                "Đề tài do ThS. Lê Văn Sơn, Trưởng khoa Nhà nước và Pháp luật làm chủ nhiệm, thực hiện "
                "trong 12 tháng."
            ),
            P("Hội đồng đánh giá đề tài đạt loại xuất sắc và đề nghị ứng dụng kết quả vào thực tiễn."),
            Raw(_CREDIT.format("Phòng Khoa học - Thông tin tư liệu")),
        ],
        authors=["Phòng Khoa học - Thông tin tư liệu"],
        opts={"pub": "2026-11-05 13:30", "tags": ["hoi-thao"], "intro": "nghiem-thu-intro"},
    ),
    Story(
        1255,
        "thong-bao-tuyen-sinh-lop-trung-cap-llct-hc-nam-2027",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027",
        "thong-bao",
        "2026-11-18",
        [
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="text-align: center; width: 45%;">TỈNH ỦY HÀ TĨNH<br>'
                "<strong>TRƯỜNG CHÍNH TRỊ</strong><br>*</td>"
                '<td style="text-align: center;"><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></td></tr>'
                '<tr><td style="text-align: center;">Số: 125-TB/TCT</td>'
                '<td style="text-align: center;"><em>Hà Tĩnh, ngày 18 tháng 11 năm 2026</em></td>'
                "</tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc tuyển sinh lớp Trung cấp lý luận chính '
                "trị - hành chính năm 2027</strong></p>"
            ),
            P(
                "Căn cứ kế hoạch đào tạo năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường "
                "Chính trị tỉnh Hà Tĩnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành "
                "chính như sau:"
            ),
            P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch chức danh lãnh đạo cấp phòng và tương đương."),
            P("2. Hồ sơ gồm: quyết định cử đi học, sơ yếu lý lịch, bản sao bằng tốt nghiệp."),
            P("3. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026 tại Phòng Quản lý đào tạo."),
            Raw(
                '<p><a href="/images/vanban/mau-ho-so-tuyen-sinh-2027.pdf">Tải về: Mẫu hồ sơ tuyển sinh'
                "</a></p>"
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="width: 50%;"><strong><em>Nơi nhận:</em></strong><br>- Các huyện, thị, thành ủy;'
                "<br>- Đảng ủy Khối;<br>- Lưu VP, QLĐT.</td>"
                '<td style="text-align: center;"><strong>K/T HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br>'
                "<br><br><strong>Nguyễn Văn Thắng</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"pub": "2026-11-19 07:30", "tags": ["llct-hc"], "intro": "tuyen-sinh-intro"},
    ),
    Story(
        1250,
        "thong-bao-thay-doi-lich-hoc-cac-lop-thang-11-2026",
        "Thông báo về việc thay đổi lịch học các lớp tháng 11/2026",
        "thong-bao",
        "2026-10-30T16:00:00+07:00",
        [
            P(
                "Do thời tiết diễn biến phức tạp, Nhà trường điều chỉnh lịch học các lớp tập trung "
                "trong tuần đầu tháng 11/2026."
            ),
            P("Các lớp nghỉ học ngày 02 và 03/11, học bù vào thứ Bảy ngày 07/11 và 14/11."),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến học viên các lớp biết, thực hiện."),
            Raw(_CREDIT.format("BBT")),
        ],
        opts={"pub": "2026-10-30 16:00", "intro": "lich-hoc-intro"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
TAGS = {
    "llct-hc": ("tin-tuc", "LLCT-HC"),
    "hoi-nghi": ("tin-tuc", "Hội nghị"),
    "hoi-thao": ("nghien-cuu-khoa-hoc", "Hội thảo"),
}


def _by_cat(menu: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == menu), key=lambda s: s.opts["pub"], reverse=True)


def _latest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)[:n]


def sef(story: Story) -> str:
    return f"/{story.cat}/{story.id}-{story.slug}.html"


def nonsef(story: Story) -> str:
    catid = MENUS[story.cat][1]
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={catid}&Itemid={HOME_ITEMID}"


def _vi_date(stamp: str, with_time: bool = True) -> str:
    day, clock = stamp.split()
    y, m, d = day.split("-")
    out = f"{d} Tháng {int(m)} {y}"
    return f"{out} {clock}" if with_time else out


def _mislabelled(stamp: str) -> str:
    day, clock = stamp.split()
    return f"{day}T{clock}:00+00:00"


# --- chrome --------------------------------------------------------------------------------

MOST_READ = [1263, 1257, 1259, 1256, 1255]

NAV = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu.html",
        "Giới thiệu",
        [("/gioi-thieu.html", "Lịch sử hình thành"), ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức")],
    ),
    ("/tin-tuc.html", "Tin tức - Sự kiện", []),
    ("/dao-tao-boi-duong.html", "Đào tạo - Bồi dưỡng", []),
    ("/nghien-cuu-khoa-hoc.html", "Nghiên cứu khoa học", []),
    ("/thong-bao.html", "Thông báo", []),
    ("/thu-vien-anh/hoi-nghi-tong-ket-nam-hoc.html", "Thư viện ảnh", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for i, (href, label, subs) in enumerate(NAV):
        cls = f"sp-menu-item{' sp-has-child' if subs else ''}"
        sub = ""
        if subs:
            sub = '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;">' \
                  '<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">' + "".join(
                      f'<li class="sp-menu-item"><a href="{h}">{esc(t)}</a></li>' for h, t in subs
                  ) + "</ul></div></div>"
        items.append(f'<li class="{cls} item-{101 + i}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">' + "".join(items) + "</ul>"


def _sidebar() -> str:
    read = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{sef(BY_ID[i])}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in MOST_READ
    )
    return f"""
<aside id="sp-right" class="col-lg-4 "><div class="sp-column ">
 <div class="sp-module "><h3 class="sp-module-title">Đọc nhiều</h3><div class="sp-module-content">
  <ul class="mostread mod-list">{read}</ul></div></div>
 <div class="sp-module "><h3 class="sp-module-title">Văn bản mới</h3><div class="sp-module-content">
  <ul class="vb-moi"><li><a href="/van-ban/ke-hoach-dao-tao-nam-2027.html">Kế hoạch đào tạo, bồi dưỡng năm 2027</a></li></ul>
 </div></div>
 <div class="sp-module "><h3 class="sp-module-title">Thăm dò ý kiến</h3><div class="sp-module-content">
  <form action="/binh-chon.html" method="post" name="poll_vote_3"><p>Bạn đánh giá thế nào về chất lượng bài giảng?</p>
  <label><input type="radio" name="voteid" value="1"> Rất tốt</label><br>
  <label><input type="radio" name="voteid" value="2"> Tốt</label><br>
  <label><input type="radio" name="voteid" value="3"> Bình thường</label><br>
  <button type="submit" class="btn btn-primary btn-sm">Bình chọn</button></form></div></div>
 <div class="sp-module "><h3 class="sp-module-title">Liên kết website</h3><div class="sp-module-content">
  <ul class="lk"><li><a href="https://hatinh.dcs.vn" target="_blank" rel="noopener">Cổng TTĐT Đảng bộ tỉnh</a></li>
  <li><a href="https://hcma.vn" target="_blank" rel="noopener">Học viện CTQG Hồ Chí Minh</a></li>
  <li><a href="https://www.facebook.com/truongchinhtrihatinh" target="_blank" rel="noopener">Fanpage Nhà trường</a></li></ul>
 </div></div>
 <div class="sp-module "><h3 class="sp-module-title">Thống kê truy cập</h3><div class="sp-module-content">
  <div class="vcnt"><div>Đang online: 27</div><div>Hôm nay: 412</div><div>Tổng truy cập: 1.284.550</div></div>
 </div></div>
</div></aside>"""


def _page(title: str, crumbs: list[tuple[str | None, str]], main: str, body_class: str = "") -> Response:
    bc = '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
    bc += '<li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li>'
    for i, (href, label) in enumerate(crumbs, 1):
        inner = (f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                 if href else f'<span itemprop="name">{esc(label)}</span>')
        active = "" if href else " active"
        bc += (f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
               f'class="breadcrumb-item{active}">{inner}<meta itemprop="position" content="{i}"></li>')
    bc += "</ol>"
    page = f"""<!doctype html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework.">
<title>{esc(title)} - Trường Chính trị tỉnh Hà Tĩnh</title>
<link href="/templates/shaper_helixultimate/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/bootstrap/css/bootstrap.min.css?5.2.3" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.6.3"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"8f1c2a7b","system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site helix-ultimate hu com_content com-content {body_class} layout-default task-none itemid-101 vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
 <div id="sp-top1" class="col-lg-6"><div class="sp-column "><div class="sp-module "><div class="sp-module-content">
  <div class="mod-custom custom"><p><span class="ngay-hn">Thứ Bảy, 05/12/2026</span></p></div></div></div></div></div>
 <div id="sp-top2" class="col-lg-6"><div class="sp-column "><ul class="sp-contact-info"><li class="sp-contact-phone">
  <span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:02393855612">0239.3855.612</a></li>
  <li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:truongchinhtri@hatinh.gov.vn">truongchinhtri@hatinh.gov.vn</a></li></ul></div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
 <div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">
  <img class="logo-image" src="/images/logo/logo-tct-hatinh.png" alt="Trường Chính trị tỉnh Hà Tĩnh"></a></div></div></div>
 <div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center">
  <nav class="sp-megamenu-wrapper d-flex" role="navigation">{_menu()}</nav>
  <div class="sp-module "><div class="sp-module-content"><div class="search">
   <form action="/tim-kiem.html" method="post"><input name="searchword" class="form-control" type="search" placeholder="Tìm kiếm...">
   <input type="hidden" name="task" value="search"></form></div></div></div>
 </div></div>
</div></div></div></header>
<section id="sp-section-1"><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column ">
 <div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">{esc(crumbs[-1][1] if len(crumbs) > 1 else "Trang chủ")}</h2>
 <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">{bc}</nav></div></div>
</div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
 <main id="sp-component" class="col-lg-8 " role="main"><div class="sp-column ">
  <div id="system-message-container" aria-live="polite"></div>
  {main}
 </div></main>
 {_sidebar()}
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
 <div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><div class="sp-module "><div class="sp-module-content">
  <div class="mod-custom custom"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</strong></p>
  <p>Địa chỉ: Số 02 đường Hải Thượng Lãn Ông, phường Bắc Hà, thành phố Hà Tĩnh, tỉnh Hà Tĩnh</p>
  <p>Điện thoại: 0239.3855.612 - Email: truongchinhtri@hatinh.gov.vn</p></div></div></div>
  <span class="sp-copyright">© 2026 Trường Chính trị tỉnh Hà Tĩnh. Thiết kế bởi VNPT Hà Tĩnh</span></div></div>
</div></div></div></footer>
</div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body></html>"""
    return html(page)


# --- article text -----------------------------------------------------------------------------

_MODULE = """<div class="moduletable ">
<h3>Văn bản mới ban hành</h3>
<ul class="mod-articles-category category-module">
<li><a class="mod-articles-category-title " href="/van-ban/ke-hoach-dao-tao-nam-2027.html">Kế hoạch đào tạo, bồi dưỡng năm 2027</a>
<span class="mod-articles-category-date">18/11/2026</span></li>
<li><a class="mod-articles-category-title " href="/thong-bao/1255-thong-bao-tuyen-sinh-lop-trung-cap-llct-hc-nam-2027.html">Thông báo tuyển sinh lớp Trung cấp LLCT - HC năm 2027</a>
<span class="mod-articles-category-date">19/11/2026</span></li>
</ul></div>"""


def _block_html(blocks: list) -> str:
    out: list[str] = []
    group: str | None = None
    for b in blocks:
        style = b.style if isinstance(b, P) else None
        if group and style != group:
            out.append("</ul>" if group == "li" else "</tbody></table>")
            group = None
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style in ("full", "gallery"):
                continue
            if b.style == "fig":
                out.append(f'<figure class="image"><img src="{b.src}" alt="" width="800" height="533">'
                           f"<figcaption>{esc(b.printed or '')}</figcaption></figure>")
            else:
                out.append(f'<p style="text-align: center;"><img src="{b.src}" alt="" width="800" height="533"></p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif style == "q":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif style == "li":
            if group != "li":
                out.append("<ul>")
                group = "li"
            out.append(f"<li>{esc(b.text)}</li>")
        elif style == "tr":
            if group != "tr":
                out.append('<table class="table table-bordered" style="width: 100%;"><tbody>')
                group = "tr"
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in b.text.split(" | ")) + "</tr>")
        else:
            out.append(f'<p style="text-align: justify;">&nbsp; &nbsp; {esc(b.text)}</p>')
    if group:
        out.append("</ul>" if group == "li" else "</tbody></table>")
    return "\n".join(out)


def _info(story: Story, top: bool = True) -> str:
    o = story.opts
    label, _catid, _itemid = MENUS[story.cat]
    by = o.get("alias", "quantri")
    parts = [
        f'<span class="createdby" title="Viết bởi: {esc(by)}"><span class="fas fa-user" aria-hidden="true"></span> '
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{esc(by)}</span></span></span>',
        f'<span class="category-name" title="Chuyên mục: {esc(label)}"><span class="far fa-folder-open" aria-hidden="true"></span> '
        f'<a href="/{story.cat}.html" itemprop="genre">{esc(label)}</a></span>',
    ]
    if o.get("created"):
        parts.insert(0, f'<span class="create" title="Ngày tạo: {_vi_date(o["created"])}"><time datetime="'
                        f'{_mislabelled(o["created"])}" itemprop="dateCreated">Ngày tạo: {_vi_date(o["created"])}</time></span>')
    parts.append(f'<span class="published" title="Được đăng: {_vi_date(o["pub"])}"><span class="far fa-calendar" '
                 f'aria-hidden="true"></span> <time datetime="{_mislabelled(o["pub"])}" itemprop="datePublished">'
                 f'Được đăng: {_vi_date(o["pub"])}</time></span>')
    if o.get("modified"):
        parts.append(f'<span class="modified"><time datetime="{_mislabelled(o["modified"])}" itemprop="dateModified">'
                     f'Cập nhật lần cuối: {_vi_date(o["modified"])}</time></span>')
    parts.append(f'<span class="hits"><span class="fas fa-eye" aria-hidden="true"></span> <meta itemprop="interactionCount" '
                 f'content="UserPageVisits:{story.views()}"> Lượt xem: {story.views()}</span>')
    return '<div class="article-info">\n' + "\n".join(parts) + "\n</div>"


def _related(story: Story) -> str:
    others = [s for s in _by_cat(story.cat) if s.id != story.id][:RELATED]
    if len(others) < RELATED:
        others += [s for s in _latest(6) if s.id != story.id and s not in others]
    cards = []
    for s in others[:RELATED]:
        cards.append(
            f'<div class="col-md-4"><div class="article"><a href="{sef(s)}" class="article-intro-image">'
            f'<img src="/images/thumbs/{s.opts["intro"]}.jpg" alt="{esc(s.title)}"></a>'
            f'<div class="article-header"><h2><a href="{sef(s)}">{esc(s.title)}</a></h2></div>'
            f'<div class="article-info"><span class="published"><time datetime="{_mislabelled(s.opts["pub"])}" '
            f'itemprop="datePublished">{_vi_date(s.opts["pub"], False)}</time></span></div></div></div>'
        )
    return ('<div class="related-article-list-container"><h3 class="related-article-title">Bài viết liên quan</h3>'
            '<div class="article-list related-article-list"><div class="row">' + "".join(cards) + "</div></div></div>")


def _pagenav(story: Story) -> str:
    if story.cat not in PAGENAV_MENUS:
        return ""
    items = _by_cat(story.cat)
    i = items.index(story)
    out = ['<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">']
    if i > 0:
        p = items[i - 1]
        out.append(f'<a class="btn btn-sm btn-secondary previous" href="{sef(p)}" rel="prev">'
                   f'<span class="visually-hidden">Bài trước: {esc(p.title)}</span>'
                   '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>')
    if i + 1 < len(items):
        n = items[i + 1]
        out.append(f'<a class="btn btn-sm btn-secondary next" href="{sef(n)}" rel="next">'
                   f'<span class="visually-hidden">Bài tiếp theo: {esc(n.title)}</span>'
                   '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>')
    out.append("</span></nav>")
    return "".join(out)


def _pre_header(story: Story) -> str:
    imgs = story.images
    full = [i for i in imgs if i.style == "full"]
    gallery = [i for i in imgs if i.style == "gallery"]
    out = ""
    if gallery:
        items = "".join(
            f'<div class="carousel-item{" active" if k == 0 else ""}"><img src="{g.src}" alt=""></div>'
            for k, g in enumerate(gallery)
        )
        out += (f'<div class="article-feature-gallery"><div id="article-feature-gallery-{story.id}" class="carousel slide" '
                f'data-bs-ride="carousel"><div class="carousel-inner">{items}</div>'
                f'<a class="carousel-control-prev" href="#article-feature-gallery-{story.id}" role="button" data-bs-slide="prev">'
                '<span class="carousel-control-prev-icon" aria-hidden="true"></span></a>'
                f'<a class="carousel-control-next" href="#article-feature-gallery-{story.id}" role="button" data-bs-slide="next">'
                '<span class="carousel-control-next-icon" aria-hidden="true"></span></a></div></div>')
    for f in full:
        out += (f'<figure class="article-full-image float-start"><img src="{f.src}" itemprop="image" alt="{esc(story.title)}" '
                f'width="1200" height="800"><figcaption class="caption">{esc(f.printed or "")}</figcaption></figure>')
    return out


def _pb_index(story: Story, page: int | None) -> str:
    t1, t2 = story.opts["pb_titles"]
    base = sef(story)
    links = [(base, t1, page == 0), (f"{base}?start=1", t2, page == 1), (f"{base}?showall=1", "Tất cả các trang", page is None)]
    lis = "".join(
        f'<li class="nav-item"><a href="{h}" class="toclink nav-link{" active" if a else ""}">{esc(t)}</a></li>'
        for h, t, a in links
    )
    return (f'<div class="card float-end article-index ms-3 mb-3"><div class="card-body"><h3>Mục lục bài viết</h3>'
            f'<ul class="nav flex-column">{lis}</ul></div></div>')


def _pb_pager(story: Story, page: int) -> str:
    base = sef(story)
    prev = f'<li class="page-item"><a class="page-link" href="{base}">« Trước</a></li>' if page == 1 else ""
    nxt = f'<li class="page-item"><a class="page-link" href="{base}?start=1">Tiếp »</a></li>' if page == 0 else ""
    return (f'<div class="pager"><p class="counter">Trang {page + 1} / 2</p><ul class="pagination">{prev}{nxt}</ul></div>')


def _body(story: Story, page: int | None) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style in ("full", "gallery"))]
    o = story.opts
    if "pagebreak" in o:
        cut = o["pagebreak"]
        if page == 0:
            return _pb_index(story, 0) + _block_html(blocks[:cut]) + _pb_pager(story, 0)
        if page == 1:
            return _pb_index(story, 1) + _block_html(blocks[cut:]) + _pb_pager(story, 1)
        return _pb_index(story, None) + _block_html(blocks)
    if "module_after" in o:
        k = o["module_after"]
        return _block_html(blocks[:k]) + _MODULE + _block_html(blocks[k:])
    return _block_html(blocks)


def article_page(story: Story, *, page: int | None = 0, via_home: bool = False) -> Response:
    label = MENUS[story.cat][0]
    if via_home:
        crumbs = [("/", "Trang chủ"), (None, story.title)]
    else:
        crumbs = [("/", "Trang chủ"), (f"/{story.cat}.html", label), (None, story.title)]
    tags = ""
    if story.opts.get("tags"):
        tags = '<ul class="tags mb-4">' + "".join(
            f'<li class="tag-{k} tag-list{k}"><a href="/{TAGS[t][0]}/tag/{t}.html" class="tag-link">{esc(TAGS[t][1])}</a></li>'
            for k, t in enumerate(story.opts["tags"])
        ) + "</ul>"
    fmt = story.opts.get("format", "standard")
    share = f"""<div class="article-ratings-social-share d-flex justify-content-end">
<div class="me-auto align-self-center"><div class="content_rating" role="img" aria-label="Đánh giá: 4 trên 5">
<p class="visually-hidden">Đánh giá 4.00 (3 Bình chọn)</p><ul><li class="vote-star"></li><li class="vote-star"></li></ul></div>
<form method="post" action="{sef(story)}?hitcount=0" class="form-inline"><span class="content_vote">
<label class="visually-hidden" for="content_vote_{story.id}">Vui lòng đánh giá</label>
<select id="content_vote_{story.id}" name="user_rating"><option value="1">1</option><option value="5" selected>5</option></select>
<input class="btn btn-sm btn-primary align-baseline" type="submit" name="submit_vote" value="Đánh giá"></span></form></div>
<div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><ul>
<li><a class="facebook" onclick="window.open(this.href,'Chia sẻ','width=600,height=400'); return false;" href="https://www.facebook.com/sharer.php?u=http://tct.hatinh.gov.vn{sef(story)}" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>
<li><a class="twitter" href="https://twitter.com/share?url=http://tct.hatinh.gov.vn{sef(story)}" title="Twitter"><span class="fab fa-twitter" aria-hidden="true"></span></a></li>
</ul></div></div></div></div>"""
    main = f"""<div class="article-details post-format-{fmt}" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
{_pre_header(story)}
<div class="article-header"><h1 itemprop="headline">{esc(story.title)}</h1></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
{_info(story)}
{share}
<div itemprop="articleBody">
{_body(story, page)}
</div>
{tags}
{_pagenav(story)}
{_related(story)}
</div>"""
    title = story.title + (" - Trang 2" if page == 1 else "")
    return _page(title, crumbs, main, "view-article")


# --- listings ---------------------------------------------------------------------------------


def _blog_item(s: Story, leading: bool) -> str:
    first = next(b for b in s.blocks if isinstance(b, P))
    return f"""<div class="article">
<a href="{sef(s)}" class="article-intro-image"><img src="/images/thumbs/{s.opts['intro']}.jpg" alt="{esc(s.title)}" itemprop="thumbnailUrl"></a>
<div class="article-body">
<div class="article-header"><h2 itemprop="name"><a href="{sef(s)}" itemprop="url">{esc(s.title)}</a></h2></div>
<div class="article-info"><span class="published"><time datetime="{_mislabelled(s.opts['pub'])}">{_vi_date(s.opts['pub'], False)}</time></span></div>
<div class="article-introtext"><p>{esc(first.text)}</p></div>
<div class="readmore"><a class="btn btn-primary btn-sm" href="{sef(s)}" aria-label="Đọc thêm: {esc(s.title)}">Đọc thêm...</a></div>
</div></div>"""


def blog_page(menu: str, start: int) -> Response | None:
    label = MENUS[menu][0]
    items = _by_cat(menu)
    if start < 0 or start >= len(items) or start % PER_PAGE:
        return None
    shown = items[start:start + PER_PAGE]
    more = items[start + PER_PAGE:start + PER_PAGE + LINKS]
    lead = f'<div class="article-list"><div class="row"><div class="col-12 leading-0">{_blog_item(shown[0], True)}</div></div></div>'
    intro = ""
    if len(shown) > 1:
        intro = '<div class="article-list"><div class="row">' + "".join(
            f'<div class="col-lg-6">{_blog_item(s, False)}</div>' for s in shown[1:]
        ) + "</div></div>"
    links = ""
    if more:
        links = '<div class="items-more"><h3>Các bài viết khác</h3><ol class="com-content-blog__links">' + "".join(
            f'<li class="com-content-blog__link"><a href="{sef(s)}">{esc(s.title)}</a></li>' for s in more
        ) + "</ol></div>"
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    pager = ""
    if pages > 1:
        cur = start // PER_PAGE
        lis = []
        for p in range(pages):
            href = f"/{menu}.html" + (f"?start={p * PER_PAGE}" if p else "")
            if p == cur:
                lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {p + 1}" href="#" class="page-link">{p + 1}</a></li>')
            else:
                lis.append(f'<li class="page-item"><a aria-label="Đi tới trang {p + 1}" href="{href}" class="page-link">{p + 1}</a></li>')
        pager = (f'<div class="articles-more"><p class="com-content-blog__counter counter float-end pt-3 pe-2">Trang {cur + 1} / {pages}</p>'
                 f'<nav class="pagination__wrapper" aria-label="Phân trang"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div>')
    main = (f'<div class="blog com-content-category-blog" itemscope itemtype="https://schema.org/Blog">'
            f'<h2><span class="subheading-category">{esc(label)}</span></h2>{lead}{intro}{links}{pager}</div>')
    title = label + (f" - Trang {start // PER_PAGE + 1}" if start else "")
    return _page(title, [("/", "Trang chủ"), (None, label)], main, "view-category layout-blog")


def tag_page(menu: str, tag: str) -> Response | None:
    if tag not in TAGS or TAGS[tag][0] != menu:
        return None
    label = TAGS[tag][1]
    items = sorted((s for s in STORIES if tag in s.opts.get("tags", [])), key=lambda s: s.opts["pub"], reverse=True)
    lis = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{sef(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{_vi_date(s.opts["pub"], False)}</span></li>' for s in items
    )
    main = (f'<div class="com-tags-tag tag-category"><h1>Thẻ: {esc(label)}</h1>'
            f'<ul class="com-tags-tag__category category list-group">{lis}</ul></div>')
    return _page(f"Thẻ: {label}", [("/", "Trang chủ"), (f"/{menu}.html", MENUS[menu][0]), (None, label)], main, "view-tag")


def home_page() -> Response:
    cards = []
    for s in _latest(4):
        cards.append(
            f'<div class="sppb-col-sm-6"><div class="sppb-addon-article">'
            f'<a href="{nonsef(s)}" class="sppb-article-img-wrap"><img class="sppb-img-responsive" '
            f'src="/images/thumbs/{s.opts["intro"]}.jpg" alt="{esc(s.title)}"></a>'
            f'<h3><a href="{nonsef(s)}" itemprop="url">{esc(s.title)}</a></h3>'
            f'<div class="sppb-article-meta"><span class="sppb-meta-date">{_vi_date(s.opts["pub"], False)}</span>'
            f'<span class="sppb-meta-category"><a href="/{s.cat}.html">{esc(MENUS[s.cat][0])}</a></span></div>'
            f'<a href="{nonsef(s)}" class="sppb-readmore">Xem chi tiết</a></div></div>'
        )
    main = f"""<div id="sp-page-builder" class="sp-page-builder  page-1">
<section id="section-id-1670000" class="sppb-section"><div class="sppb-row-container">
<div class="sppb-section-title"><h3 class="sppb-title-heading">Tin mới nhất</h3></div>
<div class="sppb-addon sppb-addon-articles"><div class="sppb-addon-content"><div class="sppb-row">{''.join(cards)}</div></div></div>
</div></section>
<section class="sppb-section"><div class="sppb-addon sppb-addon-text-block"><div class="sppb-addon-content">
<p>Trường Chính trị tỉnh Hà Tĩnh là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị tỉnh.
<a href="/gioi-thieu.html">Tìm hiểu thêm</a></p></div></div></section></div>"""
    return _page("Trang chủ", [("/", "Trang chủ")], main, "view-page com-sppagebuilder")


# --- non-articles -----------------------------------------------------------------------------

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    "/thu-vien-anh/hoi-nghi-tong-ket-nam-hoc.html",
    "/van-ban/ke-hoach-dao-tao-nam-2027.html",
]


def _intro_page() -> Response:
    main = """<div class="article-details " itemscope itemtype="https://schema.org/Article">
<div class="article-header"><h1 itemprop="headline">Lịch sử hình thành và phát triển</h1></div>
<div class="article-info"><span class="published"><time datetime="2024-03-12T09:00:00+00:00" itemprop="datePublished">Được đăng: 12 Tháng 3 2024 09:00</time></span>
<span class="hits">Lượt xem: 15320</span></div>
<div itemprop="articleBody">
<p style="text-align: justify;">Trường Chính trị tỉnh Hà Tĩnh được thành lập năm 1951, tiền thân là Trường Đảng tỉnh Hà Tĩnh.</p>
<p style="text-align: justify;">Trải qua 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho hệ thống chính trị tỉnh.</p>
<p style="text-align: justify;">Nhà trường vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất và nhiều phần thưởng cao quý khác.</p>
</div></div>"""
    return _page("Lịch sử hình thành", [("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), (None, "Lịch sử hình thành")],
                 main, "view-article")


def _structure_page() -> Response:
    main = """<div class="article-details "><div class="article-header"><h1>Cơ cấu tổ chức</h1></div>
<div itemprop="articleBody"><table class="table table-bordered"><tbody>
<tr><td><strong>Ban Giám hiệu</strong></td><td>Hiệu trưởng và 02 Phó Hiệu trưởng</td></tr>
<tr><td><strong>Các khoa</strong></td><td>Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và Pháp luật; Khoa Dân vận</td></tr>
<tr><td><strong>Các phòng</strong></td><td>Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Khoa học - Thông tin tư liệu</td></tr>
</tbody></table></div></div>"""
    return _page("Cơ cấu tổ chức", [("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), (None, "Cơ cấu tổ chức")],
                 main, "view-article")


def _contact_page() -> Response:
    main = """<div class="com-contact contact"><h1><span class="contact-name">Trường Chính trị tỉnh Hà Tĩnh</span></h1>
<div class="com-contact__container"><dl class="com-contact__address contact-address dl-horizontal">
<dt>Địa chỉ:</dt><dd><span class="contact-street">Số 02 đường Hải Thượng Lãn Ông, phường Bắc Hà</span>, <span class="contact-suburb">thành phố Hà Tĩnh</span></dd>
<dt>Điện thoại:</dt><dd><span class="contact-telephone">0239.3855.612</span></dd>
<dt>Email:</dt><dd><joomla-hidden-mail is-link="1" is-email="1" first="dHJ1b25nY2hpbmh0cmk=" last="aGF0aW5oLmdvdi52bg==" text="" base="">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript để xem nó.</joomla-hidden-mail></dd></dl>
<form id="contact-form" action="/lien-he.html" method="post" class="com-contact__form form-validate"><fieldset><legend>Gửi thư cho chúng tôi</legend>
<input type="text" name="jform[contact_name]" required><input type="email" name="jform[contact_email]" required>
<textarea name="jform[contact_message]"></textarea><button class="btn btn-primary validate" type="submit">Gửi thư</button></fieldset></form>
</div></div>"""
    return _page("Liên hệ", [("/", "Trang chủ"), (None, "Liên hệ")], main, "view-contact")


def _album_page() -> Response:
    imgs = "".join(
        f'<div class="col-md-3"><a href="/images/album/tong-ket/{i}.jpg" class="sig-link"><img src="/images/album/tong-ket/thumbs/{i}.jpg" alt="Ảnh {i}"></a></div>'
        for i in range(1, 9)
    )
    main = (f'<div class="item-page"><h1>Hội nghị tổng kết năm học 2025 - 2026</h1>'
            f'<div class="sigplus-gallery row">{imgs}</div></div>')
    return _page("Thư viện ảnh", [("/", "Trang chủ"), (None, "Thư viện ảnh")], main, "view-album")


def _doc_page() -> Response:
    main = """<div class="phocadownload"><h1 class="ph-header">Kế hoạch đào tạo, bồi dưỡng năm 2027</h1>
<table class="table"><tbody><tr><td>Số ký hiệu</td><td>210-KH/TCT</td></tr><tr><td>Ngày ban hành</td><td>18/11/2026</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Hà Tĩnh</td></tr></tbody></table>
<div class="pd-button-download"><a class="btn btn-success" href="/images/vanban/ke-hoach-dao-tao-2027.pdf">Tải về</a></div></div>"""
    return _page("Kế hoạch đào tạo, bồi dưỡng năm 2027", [("/", "Trang chủ"), (None, "Văn bản")], main, "view-file")


def _search_page() -> Response:
    main = ('<div class="com-search search"><h1>Tìm kiếm</h1><form action="/tim-kiem.html" method="post">'
            '<input type="text" name="searchword" class="form-control"><button class="btn btn-primary">Tìm kiếm</button></form>'
            '<p>Nhập từ khóa để tìm kiếm.</p></div>')
    return _page("Tìm kiếm", [("/", "Trang chủ"), (None, "Tìm kiếm")], main, "view-search")


_ARTICLE = re.compile(r"^/([a-z-]+)/(\d+)-([a-z0-9-]+)\.html$")
_BLOG = re.compile(r"^/([a-z-]+)\.html$")
_TAG = re.compile(r"^/([a-z-]+)/tag/([a-z0-9-]+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path.startswith(("/images/", "/templates/", "/media/")):
            if path.endswith(".pdf"):
                from tests.portals._common import PDF

                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        fixed = {
            "/gioi-thieu.html": _intro_page,
            "/gioi-thieu/co-cau-to-chuc.html": _structure_page,
            "/lien-he.html": _contact_page,
            "/thu-vien-anh/hoi-nghi-tong-ket-nam-hoc.html": _album_page,
            "/van-ban/ke-hoach-dao-tao-nam-2027.html": _doc_page,
            "/tim-kiem.html": _search_page,
        }
        if path in fixed:
            return fixed[path]() if not request.query else None
        if path in ("/", "/index.php") and not request.query:
            return home_page()
        if path == "/index.php":
            if params.get("option") != "com_content" or params.get("view") != "article":
                return None
            try:
                story = BY_ID[int(params.get("id", ""))]
            except (KeyError, ValueError):
                return None
            if params.get("catid") != str(MENUS[story.cat][1]):
                return None
            itemid = params.get("Itemid")
            if itemid == str(HOME_ITEMID):
                return article_page(story, via_home=True)
            if itemid == str(MENUS[story.cat][2]):
                return article_page(story)
            return None
        if m := _ARTICLE.match(path):
            menu, sid, slug = m.group(1), int(m.group(2)), m.group(3)
            story = BY_ID.get(sid)
            if story is None or story.cat != menu or story.slug != slug:
                return None
            if not request.query:
                return article_page(story)
            if "pagebreak" in story.opts:
                if request.query == "start=1":
                    return article_page(story, page=1)
                if request.query == "showall=1":
                    return article_page(story, page=None)
            return None
        if m := _TAG.match(path):
            return tag_page(m.group(1), m.group(2)) if not request.query else None
        if (m := _BLOG.match(path)) and m.group(1) in MENUS:
            if not request.query:
                return blog_page(m.group(1), 0)
            if set(params) == {"start"} and params["start"].isdigit():
                return blog_page(m.group(1), int(params["start"]))
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [nonsef(story)]
    if "pagebreak" in story.opts:
        alts = [f"{sef(story)}?start=1", f"{sef(story)}?showall=1", *alts]
    return gold_record(story, sef(story), MENUS[story.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
