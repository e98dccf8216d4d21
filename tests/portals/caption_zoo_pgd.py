"""Phòng GD&ĐT huyện Cẩm Xuyên (Hà Tĩnh) on a home-grown PHP CMS ("pgdweb", one ``index.php``
front controller, MySQL) whose editors write articles in TinyMCE 4. The point of this portal:
EVERY WAY A VIETNAMESE EDITOR WRITES A PHOTO CAPTION.

Platform
--------
A district office site built by a local contractor around 2014 and kept alive since: a table-free
but pre-Bootstrap theme (``#wrapper``, ``#header``, ``#left``, ``#main``, ``#right``), everything
served by ``/index.php`` (printed as ``/``) and routed on the ``act`` query parameter. The editor is
TinyMCE 4 with ``relative_urls`` left on for a few old posts, so some photos are printed as
``../upload/news/...`` (which resolves to ``/upload/news/...`` from ``/?act=...``).

The article template::

    <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/?act=cat&cid=K">Mục</a></div>
    <div class="news-detail">
      <h1 class="title-detail">…</h1>
      <div class="date-detail">Ngày đăng: 18/11/2026 – 09:30 | Lượt xem: 123</div>
      <div class="sapo">…</div>            (only where the editor filled the "Tóm tắt" field)
      <div class="content-detail"> TinyMCE HTML </div>
      <div class="tools"> In bài · Gửi email · Chia sẻ Facebook · Quay lại </div>
      <div class="other-news"><h3>Các tin mới hơn</h3> … </div>
    </div>

The header prints today as "Thứ Sáu, 04/12/2026" (never a publication date); a footer prints the
office's address and phone. The left column holds the menu and banners (images linking to the
Sở GD&ĐT, vnEdu …), the right column "Tin đọc nhiều", the album teaser, a poll ("Thăm dò ý
kiến"), the "Hỗ trợ trực tuyến" avatars and the visitor counter ("Đang online / Hôm nay / Tổng
truy cập").

URL scheme
----------
- ``/`` home: "Tin mới nhất" (the 5 newest articles of all sections) and one box per section with
  its 3 newest articles; a "mới" GIF (``/images/icon/new.gif``) follows titles of the last days.
- ``/?act=news&id=<n>&title=<slug>``: an article. The CMS ignores ``title``: ``/?act=news&id=<n>``
  serves the very same page, and the "Tin đọc nhiều" widget links that short form (alt_paths).
- ``/?act=cat&cid=<k>`` (= ``&page=1``) and ``/?act=cat&cid=<k>&page=<n>``: a section, 5 per page,
  newest first, pager "Trang: 1 2".
- ``/?act=page&id=gioi-thieu``: a static page; ``/?act=contact``: the contact form;
  ``/?act=album`` / ``/?act=album&id=<n>``: the photo albums (photos with captions, a "Ngày tạo"
  date); ``/?act=search&q=…``: search results; ``POST /?act=poll``: the poll's answer.
- Uploads: ``/upload/news/2026/<mm>/<file>.jpg`` (``/upload/news/2026/<mm>/large/…`` for the
  big version), ``/upload/album/…``, ``/upload/files/…pdf``; theme files under ``/images/``.
- No robots.txt, no sitemap, no RSS.

Sections (cid): 1 Tin hoạt động (6 articles), 2 Chuyên môn (3), 3 Thông báo (2), 4 Gương điển
hình (2).

How each gold article is reached
--------------------------------
- The 5 newest from the home page's "Tin mới nhất"; the others from the section boxes and the
  section listings. "Các tin mới hơn" under an article lists only newer posts of its section.
- ``/?act=news&id=1174`` (the oldest "Tin hoạt động" post) is only on ``/?act=cat&cid=1&page=2``:
  not on the home page, not in "Tin đọc nhiều", not in any related list.

Traps: the caption zoo
----------------------
One or two caption forms per post (gold caption = the line as displayed, never part of body):

- a caption ABOVE its photo: a centred italic "Ảnh: Lễ khai mạc hội thi" line, then the image
  (caption "Lễ khai mạc hội thi": a description's "Ảnh:" label is dropped, as ajax_tabs_home_pgd's
  "(Ảnh: Học sinh …)" lines; harmonised after the first crawl)
  (id 1214); a centred, non-italic short line under a photo (1214);
- "Ảnh 1: …", "Ảnh 2: …" numbered captions under each of two photos (1190);
- "Hình 1. …" … "Hình 3. Học sinh thực hành thí nghiệm" figure-numbered captions (1200);
- a photo in a borderless two-column table with its caption in the cell to the RIGHT (1203);
- one caption line under a row of three photos ("Ảnh từ trái qua phải: …"): the same caption for
  each of the three (1197);
- a caption in the same ``<p>`` as its image after a ``<br>`` (``<p><img><br><em>…</em></p>``)
  (1206, 1186);
- a caption that is only a credit, "(Ảnh: Hoàng Lan)": caption None, photographer Hoàng Lan (the
  house's convention, dokuwiki_blog_thpt; harmonised after the first crawl, which gave exactly that)
  and photographer "Hoàng Lan" (1197);
- a long two-sentence caption in ``<div class="chuthich">`` (1211);
- a photo with no caption followed directly by an ordinary centred body paragraph of 40+ words
  ("Phát biểu tại buổi lễ, …"): not a caption (1206);
- an image inside a link to its larger version with only a ``title`` attribute: nothing printed,
  caption null (1178);
- a plain (not italic, not centred) short line under a photo (1182); an ``<i>`` inside a sized
  ``<span>`` (1174).

Other traps: layout images (logo, banner, the "mới" GIF, tool icons, banners in the left column,
support avatars, listing thumbnails) are never article images; photos printed with
``../upload/…`` relative sources; the id-only duplicate URL of every article; one article whose
text TinyMCE wrote with named/decimal entities (1178); a ``<br>`` inside a paragraph (1182, two
paragraphs); the album page prints a date and captioned photos but is not an article; bylines at
the end in several forms ("Tin, ảnh: …", "Trần Thị Hoa – GV Trường TH Cẩm Thành", "ThS. …",
"Tổ Văn phòng", "BBT"), "Theo Báo Hà Tĩnh" as source.

Gold decisions
--------------
- title: ``h1.title-detail``; published_at: the "Ngày đăng: dd/mm/yyyy – HH:MM" line with +07:00.
- authors/photographers: the closing byline ("Tin, ảnh: X" both; "X – GV Trường …" X; "ThS." and
  the post after a dash dropped; "Tổ Văn phòng" and "Liên đội Trường THCS Cẩm Trung" are units
  credited as printed; "BBT" nobody); a caption that is only "(Ảnh: Hoàng Lan)" credits Hoàng Lan.
- source: "Theo Báo Hà Tĩnh" -> "Báo Hà Tĩnh".
- summary: ``div.sapo`` (then also the first body paragraph) or a bold first paragraph.
- body: paragraphs of ``div.content-detail`` in order; list items and table rows (cells joined by
  " | ") one paragraph each; captions, bylines and the source line are not body.
- images: the photos of ``div.content-detail`` in order (their ``src`` as printed), caption per
  the zoo above. category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from urllib.parse import quote

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

NAME = "caption_zoo_pgd"
PLATFORM = "home-grown PHP CMS (index.php?act=…) + TinyMCE 4"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Phòng GD&ĐT Cẩm Xuyên"
SITE_NAME = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẨM XUYÊN"
PER_PAGE = 5

CATEGORIES = {
    "1": "Tin hoạt động",
    "2": "Chuyên môn",
    "3": "Thông báo",
    "4": "Gương điển hình",
}

#: titles newer than this day get the "mới" GIF in listings
NEW_SINCE = "2026-11-29"

#: the ``title`` attribute of a link around a photo (printed nowhere on the page)
LINK_TITLES = {
    "/upload/news/2026/10/tong-ket-doi-2.jpg": "Trao thưởng cho các liên đội xuất sắc năm học 2025-2026",
}


def up(month: str, name: str, rel: bool = False) -> str:
    return f"{'..' if rel else ''}/upload/news/2026/{month}/{name}"


# --- the articles, newest first --------------------------------------------------------------
#
# P styles: "" justified paragraph, "lead" bold first paragraph, "h3" sub-heading, "li" bullet,
# "th"/"td" table rows, "center" centred paragraph, "quote" italic quoted paragraph, "br" lines of
# one <p> split by <br>, "ent" entity-encoded text.
# Img styles: "above" (italic centred line before the photo), "em" (italic centred line under),
# "center" (centred plain line under), "plain" (plain <p> under), "ispan" (<i> in a sized span),
# "br" (caption in the image's <p> after <br>), "table" (caption in the cell to the right),
# "chuthich" (div.chuthich under), "fig" (coloured "Hình N." line under), "row" (photos of one <p>,
# one line under the row), "none" (nothing printed), "link" (image in a link to its large version).

STORIES: list[Story] = [
    Story(
        1214,
        "khai-mac-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen-bac-tieu-hoc",
        "Khai mạc Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        "1",
        "2026-12-02T08:15:00+07:00",
        [
            P(
                "Tham dự lễ khai mạc có bà Nguyễn Thị Thanh Huyền, Phó Chủ tịch UBND huyện; ông "
                "Trần Đình Phong, Trưởng phòng GD&ĐT; đại diện lãnh đạo các trường tiểu học và 46 "
                "giáo viên dự thi đến từ 23 trường tiểu học trên địa bàn huyện."
            ),
            Img(up("12", "khai-mac-hoi-thi-gvcn.jpg"), "Ảnh: Lễ khai mạc hội thi", "Lễ khai mạc hội thi", "above"),
            P(
                "Hội thi nhằm tôn vinh những giáo viên làm tốt công tác chủ nhiệm lớp, tạo cơ hội để "
                "giáo viên giao lưu, học hỏi kinh nghiệm trong công tác giáo dục đạo đức, kỹ năng sống "
                "và tư vấn tâm lý cho học sinh; đồng thời là căn cứ để đánh giá, xếp loại giáo viên."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao hiệu quả công tác chủ nhiệm lớp, "
                "tổ chức một tiết sinh hoạt lớp và xử lý tình huống sư phạm do Ban tổ chức đưa ra. Hội "
                "thi diễn ra từ ngày 02 đến ngày 05/12/2026 tại Trường Tiểu học Thị trấn Cẩm Xuyên."
            ),
            Img(up("12", "boc-tham-thu-tu.jpg"), "Các thí sinh bốc thăm thứ tự dự thi", "Các thí sinh bốc thăm thứ tự dự thi", "center"),
            P(
                "Phát biểu khai mạc, ông Trần Đình Phong đề nghị Ban giám khảo làm việc khách quan, "
                "công bằng; các thầy cô dự thi phát huy hết khả năng, tinh thần cầu thị để hội thi "
                "thực sự là ngày hội chuyên môn của ngành."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Văn Hùng</strong></p>'),
        ],
        authors=["Nguyễn Văn Hùng"],
        photographers=["Nguyễn Văn Hùng"],
        summary=(
            "Sáng 02/12, Phòng GD&ĐT Cẩm Xuyên tổ chức khai mạc Hội thi Giáo viên chủ nhiệm lớp "
            "giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027."
        ),
        sapo_outside=True,
    ),
    Story(
        1211,
        "chuyen-de-day-hoc-stem-mon-khoa-hoc-lop-5-tai-truong-th-cam-thanh",
        "Chuyên đề dạy học STEM môn Khoa học lớp 5 tại Trường TH Cẩm Thành",
        "2",
        "2026-11-30T14:20:00+07:00",
        [
            P(
                "Ngày 28/11/2026, Phòng GD&ĐT tổ chức chuyên đề “Dạy học theo định hướng giáo dục "
                "STEM trong môn Khoa học lớp 5” tại Trường Tiểu học Cẩm Thành. Tham dự có cán bộ quản "
                "lý và giáo viên dạy lớp 5 của 12 trường tiểu học cụm phía Nam huyện."
            ),
            P(
                "Tiết dạy minh họa bài “Sự sinh sản và phát triển của thực vật có hoa” do cô Nguyễn Thị "
                "Mai thực hiện với học sinh lớp 5A. Học sinh làm việc theo nhóm, quan sát, gieo hạt "
                "trong các cốc nhựa tái chế và ghi nhật ký theo dõi sự nảy mầm."
            ),
            Img(
                up("11", "stem-khoa-hoc-5a.jpg"),
                "Cô giáo Nguyễn Thị Mai hướng dẫn học sinh lớp 5A làm thí nghiệm về sự nảy mầm của hạt. "
                "Tiết học được thiết kế theo hướng STEM, gắn với thực tiễn sản xuất nông nghiệp của địa phương.",
                "Cô giáo Nguyễn Thị Mai hướng dẫn học sinh lớp 5A làm thí nghiệm về sự nảy mầm của hạt. "
                "Tiết học được thiết kế theo hướng STEM, gắn với thực tiễn sản xuất nông nghiệp của địa phương.",
                "chuthich",
            ),
            P("Sau tiết dạy, các đại biểu thảo luận, thống nhất một số nội dung:"),
            P("Lựa chọn chủ đề STEM gắn với nội dung bài học và điều kiện thực tế của nhà trường;", "li"),
            P("Tận dụng vật liệu tái chế, dễ tìm để học sinh tự làm sản phẩm;", "li"),
            P("Đánh giá học sinh qua sản phẩm, qua quá trình làm việc nhóm và phiếu tự đánh giá.", "li"),
            Img(up("11", "stem-san-pham.jpg"), None, None, "none"),
            P(
                "Phòng GD&ĐT đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên môn theo nghiên cứu "
                "bài học, mỗi học kỳ xây dựng ít nhất hai chủ đề STEM ở các khối lớp 4, 5."
            ),
            Raw('<p style="text-align: right;"><em>Trần Thị Hoa – GV Trường TH Cẩm Thành</em></p>'),
        ],
        authors=["Trần Thị Hoa"],
    ),
    Story(
        1209,
        "thong-bao-lich-kiem-tra-danh-gia-cuoi-hoc-ky-i-bac-thcs",
        "Thông báo lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 bậc THCS",
        "3",
        "2026-11-27T10:00:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch thời gian năm học 2026-2027 của UBND tỉnh Hà Tĩnh, Phòng GD&ĐT thông "
                "báo lịch kiểm tra, đánh giá cuối học kỳ I các môn học theo đề chung của huyện như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "td"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "td"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "td"),
            P("23/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "td"),
            P("24/12/2026 | Sáng | Lịch sử và Địa lí | 60 phút", "td"),
            P("YÊU CẦU ĐỐI VỚI CÁC ĐƠN VỊ", "h3"),
            P("Tổ chức coi, chấm nghiêm túc, đúng quy chế; bố trí không quá 24 học sinh/phòng.", "li"),
            P("Nhận đề tại Phòng GD&ĐT lúc 6 giờ 30 phút các ngày kiểm tra.", "li"),
            P("Nhập điểm lên hệ thống vnEdu trước ngày 31/12/2026.", "li"),
        ],
    ),
    Story(
        1206,
        "cam-xuyen-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Cẩm Xuyên tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "1",
        "2026-11-25T16:45:00+07:00",
        [
            P(
                "Sáng 19/11, UBND huyện Cẩm Xuyên tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu năm học 2025-2026.",
                "lead",
            ),
            P(
                "Năm học 2025-2026, ngành GD&ĐT Cẩm Xuyên có 18 học sinh đạt giải học sinh giỏi quốc "
                "gia và khu vực, 214 học sinh đạt giải cấp tỉnh; tỷ lệ trường đạt chuẩn quốc gia đạt "
                "93,6%, đứng tốp đầu của tỉnh."
            ),
            Img(up("11", "ky-niem-20-11-1.jpg"), None, None, "none"),
            P(
                "Phát biểu tại buổi lễ, ông Lê Văn Sơn, Bí thư Huyện ủy, ghi nhận và biểu dương những "
                "đóng góp to lớn của đội ngũ nhà giáo, cán bộ quản lý giáo dục trong huyện; đồng thời "
                "đề nghị toàn ngành tiếp tục đổi mới căn bản, toàn diện giáo dục, nâng cao chất lượng "
                "mũi nhọn, quan tâm hơn nữa đến học sinh vùng khó khăn và giữ vững danh hiệu lá cờ đầu "
                "của giáo dục Hà Tĩnh.",
                "center",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 65 cá nhân có thành tích "
                "xuất sắc; Phòng GD&ĐT khen thưởng 120 giáo viên dạy giỏi, giáo viên chủ nhiệm giỏi các "
                "cấp."
            ),
            Img(
                up("11", "ky-niem-20-11-2.jpg"),
                "Lãnh đạo huyện trao Giấy khen cho các tập thể, cá nhân xuất sắc",
                "Lãnh đạo huyện trao Giấy khen cho các tập thể, cá nhân xuất sắc",
                "br",
            ),
            P(
                "Các tiết mục văn nghệ đặc sắc do giáo viên và học sinh Trường THCS Thị trấn biểu diễn "
                "đã góp phần làm nên thành công của buổi lễ."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Thị Thu Hà. Ảnh: Phan Đức Long</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Phan Đức Long"],
        summary=(
            "Sáng 19/11, UBND huyện Cẩm Xuyên tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu năm học 2025-2026."
        ),
    ),
    Story(
        1203,
        "co-giao-phan-thi-ngoc-anh-20-nam-gan-bo-voi-hoc-sinh-vung-bai-ngang",
        "Cô giáo Phan Thị Ngọc Anh – 20 năm gắn bó với học sinh vùng bãi ngang",
        "4",
        "2026-11-22T09:30:00+07:00",
        [
            P(
                "Hai mươi năm đứng trên bục giảng ở ngôi trường ven biển Cẩm Lĩnh, cô Phan Thị Ngọc Anh "
                "đã dìu dắt hàng trăm học trò nghèo vượt khó, nhiều em đạt giải học sinh giỏi cấp tỉnh.",
                "lead",
            ),
            P(
                "Tốt nghiệp Trường Đại học Vinh năm 2006, cô Ngọc Anh tình nguyện về công tác tại "
                "Trường THCS Cẩm Lĩnh, một xã bãi ngang mà phần lớn phụ huynh làm nghề biển. Những năm "
                "đầu, lớp học thường vắng vào mùa cá, nhiều em phải theo bố mẹ đi biển hoặc ở nhà trông em."
            ),
            Img(
                up("11", "co-ngoc-anh.jpg"),
                "Cô Phan Thị Ngọc Anh trong giờ dạy ôn đội tuyển học sinh giỏi Ngữ văn",
                "Cô Phan Thị Ngọc Anh trong giờ dạy ôn đội tuyển học sinh giỏi Ngữ văn",
                "table",
            ),
            P(
                "Cô đến từng nhà vận động, nhận kèm miễn phí những em học yếu vào các buổi tối và cùng "
                "nhà trường kêu gọi các nhà hảo tâm hỗ trợ sách vở, xe đạp cho học sinh có hoàn cảnh "
                "khó khăn. Đến nay, lớp cô chủ nhiệm nhiều năm liền không có học sinh bỏ học."
            ),
            P(
                "“Mỗi em học sinh ở đây là một hoàn cảnh. Mình chỉ mong các em được đến lớp đầy đủ, "
                "được ăn no và có ước mơ như bao bạn bè khác”, cô Ngọc Anh chia sẻ.",
                "quote",
            ),
            P(
                "Với những đóng góp đó, cô vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen năm 2024 và "
                "được công nhận Chiến sĩ thi đua cấp tỉnh năm học 2025-2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Thị Thanh Tâm – Trường THCS Cẩm Lĩnh</strong></p>'
            ),
        ],
        authors=["Nguyễn Thị Thanh Tâm"],
        summary=(
            "Hai mươi năm đứng trên bục giảng ở ngôi trường ven biển Cẩm Lĩnh, cô Phan Thị Ngọc Anh "
            "đã dìu dắt hàng trăm học trò nghèo vượt khó, nhiều em đạt giải học sinh giỏi cấp tỉnh."
        ),
    ),
    Story(
        1200,
        "hoi-thao-doi-moi-phuong-phap-day-hoc-mon-khoa-hoc-tu-nhien-bac-thcs",
        "Hội thảo đổi mới phương pháp dạy học môn Khoa học tự nhiên bậc THCS",
        "2",
        "2026-11-18T09:30:00+07:00",
        [
            P(
                "Ngày 16/11/2026, tại Trường THCS Cẩm Duệ, Phòng GD&ĐT tổ chức hội thảo đổi mới phương "
                "pháp dạy học môn Khoa học tự nhiên cho 78 giáo viên dạy môn học này ở 24 trường THCS "
                "trong huyện."
            ),
            Img(
                up("11", "hoi-thao-khtn-1.jpg", rel=True),
                "Hình 1. Quang cảnh hội thảo",
                "Hình 1. Quang cảnh hội thảo",
                "fig",
            ),
            P(
                "Các tham luận tập trung vào việc tổ chức dạy học theo chủ đề liên môn, sử dụng thiết "
                "bị thí nghiệm tự làm và ứng dụng phần mềm mô phỏng trong các bài học về điện, ánh sáng "
                "và phản ứng hóa học."
            ),
            Img(
                up("11", "hoi-thao-khtn-2.jpg", rel=True),
                "Hình 2. Cô Lê Thị Hương (THCS Cẩm Duệ) trình bày tham luận",
                "Hình 2. Cô Lê Thị Hương (THCS Cẩm Duệ) trình bày tham luận",
                "fig",
            ),
            P(
                "Tiết dạy minh họa bài “Tốc độ phản ứng và chất xúc tác” lớp 8 được các đại biểu đánh "
                "giá cao: học sinh được tự tiến hành thí nghiệm, thảo luận và rút ra kết luận."
            ),
            Img(
                up("11", "hoi-thao-khtn-3.jpg", rel=True),
                "Hình 3. Học sinh thực hành thí nghiệm",
                "Hình 3. Học sinh thực hành thí nghiệm",
                "fig",
            ),
            P(
                "Kết thúc hội thảo, Phòng GD&ĐT yêu cầu các trường rà soát thiết bị dạy học, bố trí "
                "giáo viên dạy môn Khoa học tự nhiên theo mạch nội dung phù hợp với năng lực chuyên môn."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Võ Văn Thắng – Tổ THCS</strong></p>'),
        ],
        authors=["Võ Văn Thắng"],
    ),
    Story(
        1197,
        "ngay-hoi-doc-sach-tai-truong-tieu-hoc-cam-quang",
        "Ngày hội Đọc sách tại Trường Tiểu học Cẩm Quang",
        "1",
        "2026-11-15T15:10:00+07:00",
        [
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 13/11/2026, Trường "
                "Tiểu học Cẩm Quang tổ chức “Ngày hội Đọc sách” với sự tham gia của hơn 600 học sinh."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động: trưng bày sách theo chủ đề, thi kể chuyện theo sách, vẽ "
                "tranh minh họa nhân vật yêu thích, đổi sách cũ lấy sách mới và quyên góp sách tặng thư "
                "viện các trường vùng khó khăn."
            ),
            Img(
                up("11", "doc-sach-1.jpg"),
                "Ảnh từ trái qua phải: gian trưng bày sách, học sinh thi kể chuyện, đổi sách cũ lấy sách mới",
                "Ảnh từ trái qua phải: gian trưng bày sách, học sinh thi kể chuyện, đổi sách cũ lấy sách mới",
                "row",
            ),
            Img(
                up("11", "doc-sach-2.jpg"),
                "Ảnh từ trái qua phải: gian trưng bày sách, học sinh thi kể chuyện, đổi sách cũ lấy sách mới",
                "Ảnh từ trái qua phải: gian trưng bày sách, học sinh thi kể chuyện, đổi sách cũ lấy sách mới",
                "row",
            ),
            Img(
                up("11", "doc-sach-3.jpg"),
                "Ảnh từ trái qua phải: gian trưng bày sách, học sinh thi kể chuyện, đổi sách cũ lấy sách mới",
                "Ảnh từ trái qua phải: gian trưng bày sách, học sinh thi kể chuyện, đổi sách cũ lấy sách mới",
                "row",
            ),
            P(
                "Kết thúc ngày hội, nhà trường trao giải cho 24 học sinh đạt giải cuộc thi kể chuyện và "
                "vẽ tranh; thư viện nhận thêm 1.350 bản sách do học sinh, phụ huynh quyên góp."
            ),
            Img(up("11", "doc-sach-4.jpg"), "(Ảnh: Hoàng Lan)", None, "em"),
            P(
                "Theo cô Hiệu trưởng Nguyễn Thị Lan Anh, nhà trường duy trì tiết đọc thư viện mỗi tuần "
                "một tiết và “Góc đọc sách” ở tất cả các lớp học."
            ),
            Raw('<p style="text-align: right;">Tin: <strong>Nguyễn Thị Minh Châu</strong></p>'),
        ],
        authors=["Nguyễn Thị Minh Châu"],
        photographers=["Hoàng Lan"],
    ),
    Story(
        1193,
        "thong-bao-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen",
        "Thông báo về việc tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học",
        "3",
        "2026-11-12T08:00:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 156/KH-PGDĐT ngày 05/9/2026 của Phòng GD&ĐT về nhiệm vụ năm "
                "học 2026-2027, Phòng GD&ĐT thông báo tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp "
                "huyện bậc Tiểu học như sau:"
            ),
            P("1. Thời gian, địa điểm", "h3"),
            P(
                "Hội thi diễn ra từ ngày 02 đến ngày 05/12/2026 tại Trường Tiểu học Thị trấn Cẩm Xuyên; "
                "khai mạc lúc 7 giờ 30 phút ngày 02/12/2026."
            ),
            P("2. Đối tượng, hồ sơ dự thi", "h3"),
            P("Giáo viên đạt danh hiệu giáo viên chủ nhiệm lớp giỏi cấp trường năm học 2025-2026;", "li"),
            P("Mỗi trường cử từ 01 đến 03 giáo viên dự thi;", "li"),
            P("Hồ sơ gồm: danh sách trích ngang, bản biện pháp (02 bản), gửi về Phòng trước ngày 25/11/2026.", "li"),
            P(
                "Đề nghị Hiệu trưởng các trường tiểu học triển khai thực hiện nghiêm túc, đúng thời gian "
                "quy định."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"attach": "/upload/files/2026/11/TB-hoi-thi-GVCN-gioi-TH.pdf"},
    ),
    Story(
        1190,
        "truong-thcs-cam-trung-huong-ung-tuan-le-hoc-tap-suot-doi",
        "Trường THCS Cẩm Trung hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "1",
        "2026-11-08T07:50:00+07:00",
        [
            P(
                "Từ ngày 02 đến 08/11/2026, Trường THCS Cẩm Trung tổ chức nhiều hoạt động thiết thực "
                "hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ "
                "nguyên số”."
            ),
            P(
                "Trong tuần lễ, thư viện nhà trường mở cửa cả buổi trưa, giới thiệu sách mới và hướng "
                "dẫn học sinh khai thác thư viện điện tử. Liên đội tổ chức cuộc thi “Rung chuông vàng” "
                "tìm hiểu kiến thức về kỹ năng số cho học sinh khối 8, 9."
            ),
            Img(
                up("11", "hoc-tap-suot-doi-1.jpg"),
                "Ảnh 1: Học sinh tìm đọc sách tại thư viện nhà trường",
                "Ảnh 1: Học sinh tìm đọc sách tại thư viện nhà trường",
                "em",
            ),
            Img(
                up("11", "hoc-tap-suot-doi-2.jpg"),
                "Ảnh 2: Cuộc thi Rung chuông vàng khối 8, 9",
                "Ảnh 2: Cuộc thi Rung chuông vàng khối 8, 9",
                "em",
            ),
            P(
                "Nhà trường cũng phối hợp với Trung tâm học tập cộng đồng xã tổ chức lớp tập huấn sử "
                "dụng điện thoại thông minh an toàn cho 80 phụ huynh học sinh."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Tin, ảnh: Liên đội Trường THCS Cẩm Trung</em></strong></p>'
            ),
        ],
        authors=["Liên đội Trường THCS Cẩm Trung"],
        photographers=["Liên đội Trường THCS Cẩm Trung"],
    ),
    Story(
        1186,
        "em-le-minh-khoi-hoc-sinh-ngheo-vuot-kho-gianh-giai-nhat-hoc-sinh-gioi-tinh",
        "Em Lê Minh Khôi – học sinh nghèo vượt khó giành giải Nhất học sinh giỏi tỉnh môn Toán",
        "4",
        "2026-11-04T10:15:00+07:00",
        [
            P(
                "Mồ côi cha từ năm lớp 3, sống cùng mẹ và em gái trong căn nhà cấp bốn ở xã Cẩm Minh, "
                "Lê Minh Khôi (lớp 9A, Trường THCS Cẩm Minh) vẫn miệt mài học tập và xuất sắc giành "
                "giải Nhất kỳ thi chọn học sinh giỏi tỉnh môn Toán."
            ),
            P(
                "Mẹ Khôi làm nghề may gia công, thu nhập bấp bênh. Ngoài giờ học, Khôi phụ mẹ cơm nước, "
                "chăm em và làm thêm việc vặt ở xưởng may. Em thường tự học vào buổi tối, làm bài trên "
                "những cuốn vở cũ được thầy cô, bạn bè tặng lại."
            ),
            Img(
                up("11", "le-minh-khoi.jpg"),
                "Lê Minh Khôi trong giờ tự học tại nhà",
                "Lê Minh Khôi trong giờ tự học tại nhà",
                "br",
            ),
            P(
                "Thầy Nguyễn Đình Quý, giáo viên bồi dưỡng đội tuyển, cho biết Khôi có tư duy logic tốt, "
                "chịu khó tìm tòi nhiều cách giải cho một bài toán và luôn sẵn lòng giúp đỡ bạn bè."
            ),
            P(
                "Ước mơ của Khôi là đỗ vào lớp chuyên Toán Trường THPT chuyên Hà Tĩnh và sau này trở "
                "thành kỹ sư công nghệ thông tin để giúp mẹ thoát nghèo."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Hà Tĩnh</em></p>'),
        ],
        source="Báo Hà Tĩnh",
        summary=(
            "Vượt lên hoàn cảnh khó khăn, em Lê Minh Khôi, học sinh lớp 9A Trường THCS Cẩm Minh, đã "
            "giành giải Nhất kỳ thi chọn học sinh giỏi tỉnh môn Toán năm học 2026-2027."
        ),
        sapo_outside=True,
    ),
    Story(
        1182,
        "tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-cho-can-bo-giao-vien",
        "Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ, giáo viên",
        "2",
        "2026-10-29T14:00:00+07:00",
        [
            P(
                "Trong hai ngày 27 và 28/10/2026, Phòng GD&ĐT phối hợp với Viettel Hà Tĩnh tổ chức tập "
                "huấn sử dụng phần mềm quản lý trường học cho 120 cán bộ quản lý, giáo viên phụ trách "
                "công nghệ thông tin các trường mầm non, tiểu học và THCS."
            ),
            P("Nội dung tập huấn gồm hai phần chính:", "br"),
            P("Phần 1: Quản lý hồ sơ học sinh, sổ điểm điện tử và học bạ số;", "br"),
            P("Phần 2: Kết nối dữ liệu với cơ sở dữ liệu ngành và báo cáo thống kê.", "br"),
            Img(up("10", "tap-huan-phan-mem.jpg"), "Cán bộ, giáo viên thực hành trên phần mềm", "Cán bộ, giáo viên thực hành trên phần mềm", "plain"),
            P(
                "Qua tập huấn, học viên được thực hành trực tiếp trên hệ thống, giải đáp các vướng mắc "
                "trong quá trình triển khai học bạ số ở cấp tiểu học."
            ),
            P(
                "Phòng GD&ĐT yêu cầu các đơn vị hoàn thành cập nhật dữ liệu học sinh năm học 2026-2027 "
                "trước ngày 15/11/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Phan Thị Thúy Hằng</strong></p>'),
        ],
        authors=["Phan Thị Thúy Hằng"],
    ),
    Story(
        1178,
        "hoi-nghi-tong-ket-cong-tac-doi-va-phong-trao-thieu-nhi-nam-hoc-2025-2026",
        "Hội nghị tổng kết công tác Đội và phong trào thiếu nhi năm học 2025-2026",
        "1",
        "2026-10-21T09:00:00+07:00",
        [
            P(
                "Năm học 2025-2026, các liên đội trong huyện đã tổ chức tốt các phong trào “Nghìn việc "
                "tốt”, “Kế hoạch nhỏ”, “Tiến bước lên Đoàn”; thu gom hơn 18 tấn giấy vụn, ủng hộ 56 "
                "suất học bổng cho đội viên có hoàn cảnh khó khăn.",
                "ent",
            ),
            Img(up("10", "tong-ket-doi-1.jpg"), "Quang cảnh hội nghị", "Quang cảnh hội nghị", "em"),
            P(
                "Hội nghị đã nghe tham luận của các liên đội Cẩm Thành, Cẩm Quang, Thị trấn Cẩm Xuyên "
                "về kinh nghiệm tổ chức sinh hoạt Đội theo chủ điểm và xây dựng công trình măng non.",
                "ent",
            ),
            Img(up("10", "tong-ket-doi-2.jpg"), None, None, "link"),
            P(
                "Dịp này, Hội đồng Đội huyện tặng Giấy khen cho 15 liên đội xuất sắc và 32 tổng phụ "
                "trách Đội, giáo viên có nhiều đóng góp cho công tác Đội năm học 2025-2026.",
                "ent",
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        summary=(
            "Sáng 20/10, Hội đồng Đội huyện phối hợp với Phòng GD&ĐT tổ chức hội nghị tổng kết công "
            "tác Đội và phong trào thiếu nhi năm học 2025-2026, triển khai nhiệm vụ năm học mới."
        ),
        sapo_outside=True,
    ),
    Story(
        1174,
        "truong-mam-non-cam-hung-to-chuc-hoi-thi-be-khoe-be-ngoan",
        "Trường Mầm non Cẩm Hưng tổ chức Hội thi “Bé khỏe – Bé ngoan”",
        "1",
        "2026-10-14T08:30:00+07:00",
        [
            P(
                "Nhằm rèn luyện thể chất và giáo dục kỹ năng sống cho trẻ, ngày 12/10/2026, Trường Mầm "
                "non Cẩm Hưng tổ chức Hội thi “Bé khỏe – Bé ngoan” cho 210 cháu thuộc 9 nhóm, lớp."
            ),
            P(
                "Các bé tham gia các phần thi chào hỏi, trang phục, năng khiếu và vận động với các trò "
                "chơi bật qua suối nhỏ, bò chui qua cổng, chuyền bóng tiếp sức."
            ),
            Img(
                up("10", "be-khoe-be-ngoan.jpg", rel=True),
                "Các bé lớp Mẫu giáo lớn A tham gia phần thi vận động",
                "Các bé lớp Mẫu giáo lớn A tham gia phần thi vận động",
                "ispan",
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức trao giải Nhất cho lớp Mẫu giáo lớn A, giải Nhì cho lớp "
                "Mẫu giáo nhỡ B và nhiều giải phụ cho các bé."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Đặng Thị Thu Trang – Trường MN Cẩm Hưng</strong></p>'
            ),
        ],
        authors=["Đặng Thị Thu Trang"],
        photographers=["Đặng Thị Thu Trang"],
    ),
]

BY_ID = {s.id: s for s in STORIES}


def news_path(story: Story) -> str:
    return f"/?act=news&id={story.id}&title={story.slug}"


def short_path(story: Story) -> str:
    return f"/?act=news&id={story.id}"


GOLD = [
    gold_record(s, news_path(s), CATEGORIES[s.cat], alt_paths=[short_path(s)]) for s in STORIES
]

NON_ARTICLES = [
    "/?act=cat&cid=1&page=2",
    "/?act=album&id=3",
    "/?act=page&id=gioi-thieu",
    "/?act=contact",
]

ALBUMS = {
    1: ("Lễ khai giảng năm học 2026-2027", "05/09/2026", [
        ("khai-giang-1.jpg", "Học sinh lớp 1 Trường TH Cẩm Thành trong ngày khai giảng"),
        ("khai-giang-2.jpg", "Đánh trống khai giảng năm học mới"),
    ]),
    2: ("Ngày Nhà giáo Việt Nam 20/11/2026", "20/11/2026", [
        ("20-11-1.jpg", "Lễ kỷ niệm tại Hội trường UBND huyện"),
        ("20-11-2.jpg", "Văn nghệ chào mừng"),
    ]),
    3: ("Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học", "03/12/2026", [
        ("gvcn-1.jpg", "Lễ khai mạc hội thi"),
        ("gvcn-2.jpg", "Cô Nguyễn Thị Hằng (TH Cẩm Hòa) trình bày biện pháp"),
        ("gvcn-3.jpg", "Tiết sinh hoạt lớp 4B Trường TH Thị trấn"),
        ("gvcn-4.jpg", "Phần thi xử lý tình huống sư phạm"),
        ("gvcn-5.jpg", "Ban giám khảo làm việc"),
        ("gvcn-6.jpg", "Các thí sinh chụp ảnh lưu niệm"),
    ]),
}

GIOI_THIEU = [
    "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên là cơ quan chuyên môn thuộc UBND huyện, có chức năng "
    "tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục mầm non, tiểu học và trung học "
    "cơ sở trên địa bàn huyện.",
    "Toàn huyện hiện có 27 trường mầm non, 23 trường tiểu học, 18 trường THCS và 3 trường liên cấp "
    "với gần 29.000 học sinh và 2.150 cán bộ, giáo viên, nhân viên.",
    "Lãnh đạo Phòng: Trưởng phòng Trần Đình Phong; các Phó Trưởng phòng Nguyễn Thị Hồng Vân, "
    "Lê Quang Huy.",
]


# --- printing -------------------------------------------------------------------------------


def date_line(story: Story) -> str:
    """"Ngày đăng: 18/11/2026 – 09:30" from the ISO value."""
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y} – {story.published_at[11:16]}"


def date_short(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_cat(cid: str) -> list[Story]:
    return newest([s for s in STORIES if s.cat == cid])


def new_gif(story: Story) -> str:
    if story.published_at[:10] >= NEW_SINCE:
        return ' <img src="/images/icon/new.gif" alt="mới" class="icon-new" width="28" height="11">'
    return ""


def _text(p: P) -> str:
    return text(p.text, entities=1) if p.style == "ent" else text(p.text)


def _img(img: Img) -> str:
    return f'<img src="{esc(img.src)}" alt="" width="600" height="400" />'


def _center(inner: str) -> str:
    return f'<p style="text-align: center;">{inner}</p>'


def render_content(story: Story) -> str:
    """The TinyMCE HTML of an article, each caption form as its editor typed it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "row":
                row = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "row":
                    row.append(
                        f'<img src="{esc(blocks[i].src)}" alt="" width="195" height="130" />'
                    )
                    i += 1
                out.append(_center("&nbsp;".join(row)))
                out.append(_center(f"<em>{esc(b.printed)}</em>"))
                continue
            out.append(render_image(b))
        elif b.style in ("li",):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_text(blocks[i])}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    cells = [f"<strong>{esc(c)}</strong>" for c in cells]
                else:
                    cells = [esc(c) for c in cells]
                rows.append(
                    "<tr>" + "".join(f'<td style="text-align: center;">{c}</td>' for c in cells) + "</tr>"
                )
                i += 1
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1" cellpadding="4">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(_text(blocks[i]))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
            continue
        elif b.style == "h3":
            out.append(f"<h3>{_text(b)}</h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_text(b)}</strong></p>')
        elif b.style == "center":
            out.append(_center(_text(b)))
        elif b.style == "quote":
            out.append(f'<p style="text-align: justify;"><em>{_text(b)}</em></p>')
        else:
            out.append(f'<p style="text-align: justify;">{_text(b)}</p>')
        i += 1
    return "\n".join(out)


def render_image(img: Img) -> str:
    printed = esc(img.printed or "")
    if img.style == "above":
        return _center(f"<em>{printed}</em>") + "\n" + _center(_img(img))
    if img.style == "em":
        return _center(_img(img)) + "\n" + _center(f"<em>{printed}</em>")
    if img.style == "center":
        return _center(_img(img)) + "\n" + _center(printed)
    if img.style == "plain":
        return _center(_img(img)) + f"\n<p>{printed}</p>"
    if img.style == "ispan":
        return (
            _center(_img(img))
            + f'\n<p style="text-align: center;"><span style="font-size: 11pt;"><i>{printed}</i></span></p>'
        )
    if img.style == "br":
        return _center(f"{_img(img)}<br /><em>{printed}</em>")
    if img.style == "fig":
        return _center(_img(img)) + "\n" + _center(f'<span style="color: #0000ff;">{printed}</span>')
    if img.style == "chuthich":
        return _center(_img(img)) + f'\n<div class="chuthich">{printed}</div>'
    if img.style == "table":
        return (
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>\n'
            f'<td style="width: 55%;">{_img(img)}</td>\n'
            f'<td style="width: 45%; vertical-align: middle; text-align: left;">{printed}</td>\n'
            "</tr></tbody></table>"
        )
    if img.style == "link":
        large = img.src.replace("/10/", "/10/large/")
        title = esc(LINK_TITLES[img.src])
        return _center(f'<a href="{esc(large)}" title="{title}" target="_blank">{_img(img)}</a>')
    return _center(_img(img))


def href(target: str) -> str:
    return esc(target)


def first_image(story: Story) -> str:
    imgs = story.images
    src = imgs[0].src.replace("../", "/") if imgs else "/images/no-image.jpg"
    return f'<img src="{esc(src)}" alt="" class="thumb" width="120" height="80">'


def layout(title: str, main: str) -> str:
    menu = "".join(
        f'<li><a href="{href(t)}">{esc(label)}</a></li>'
        for t, label in [
            ("/", "Trang chủ"),
            ("/?act=page&id=gioi-thieu", "Giới thiệu"),
            ("/?act=cat&cid=1", "Tin hoạt động"),
            ("/?act=cat&cid=2", "Chuyên môn"),
            ("/?act=cat&cid=3", "Thông báo"),
            ("/?act=cat&cid=4", "Gương điển hình"),
            ("/?act=album", "Thư viện ảnh"),
            ("/?act=contact", "Liên hệ"),
        ]
    )
    most_read = "".join(
        f'<li><a href="{href(short_path(s))}">{esc(s.title)}</a> <span class="views">({s.views()})</span></li>'
        for s in sorted(STORIES, key=lambda s: s.views(), reverse=True)
        if s.id != 1174
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="giáo dục, Cẩm Xuyên, Hà Tĩnh, phòng giáo dục" />
<link rel="stylesheet" type="text/css" href="/images/style.css" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/images/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="topbar"><span class="today">{esc(TODAY)}</span>
<form class="search" action="/" method="get"><input type="hidden" name="act" value="search" />
<input type="text" name="q" value="" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" /></form></div>
<div id="header"><a href="/"><img src="/upload/logo/logo-pgd-camxuyen.png" alt="Logo" class="logo" width="90" height="90" /></a>
<div class="sitename"><h2>UBND HUYỆN CẨM XUYÊN</h2><h1>{esc(SITE_NAME)}</h1></div>
<img src="/upload/banner/banner-top.jpg" alt="" class="banner" width="700" height="110" /></div>
<div id="menu"><ul>{menu}</ul></div>
<div id="marquee"><marquee scrollamount="3">Chào mừng quý thầy cô và các em học sinh đến với website Phòng GD&amp;ĐT Cẩm Xuyên!</marquee></div>
<div id="container">
<div id="left">
<div class="box"><div class="box-title">DANH MỤC</div><ul class="leftmenu">{menu}</ul></div>
<div class="box"><div class="box-title">LIÊN KẾT</div>
<a href="http://hatinh.edu.vn" target="_blank"><img src="/upload/banner/so-gddt-ha-tinh.jpg" alt="Sở GD&amp;ĐT Hà Tĩnh" width="200" height="60" /></a>
<a href="https://vnedu.vn" target="_blank"><img src="/upload/banner/vnedu.png" alt="vnEdu" width="200" height="60" /></a>
<a href="https://moet.gov.vn" target="_blank"><img src="/upload/banner/bo-gddt.jpg" alt="Bộ GD&amp;ĐT" width="200" height="60" /></a>
<a href="https://camxuyen.hatinh.gov.vn" target="_blank"><img src="/upload/banner/cong-ttdt-cam-xuyen.jpg" alt="Cổng TTĐT huyện Cẩm Xuyên" width="200" height="60" /></a>
</div>
<div class="box"><div class="box-title">HỖ TRỢ TRỰC TUYẾN</div>
<p><img src="/images/avatar/support-1.png" alt="" width="40" height="40" /> Văn phòng: 0239 3861 234</p>
<p><img src="/images/avatar/support-2.png" alt="" width="40" height="40" /> Kỹ thuật: 0912 345 678</p></div>
</div>
<div id="main">
{main}
</div>
<div id="right">
<div class="box"><div class="box-title">TIN ĐỌC NHIỀU</div><ul class="mostread">{most_read}</ul></div>
<div class="box"><div class="box-title">THƯ VIỆN ẢNH</div>
<a href="/?act=album&amp;id=3"><img src="/upload/album/3/gvcn-1.jpg" alt="" width="200" height="140" /></a>
<p><a href="/?act=album&amp;id=3">Hội thi GVCN lớp giỏi cấp huyện</a></p></div>
<div class="box"><div class="box-title">THĂM DÒ Ý KIẾN</div>
<form action="/?act=poll" method="post"><p>Bạn đánh giá thế nào về website?</p>
<input type="radio" name="vote" value="1" /> Rất hữu ích<br />
<input type="radio" name="vote" value="2" /> Hữu ích<br />
<input type="radio" name="vote" value="3" /> Bình thường<br />
<input type="submit" value="Bình chọn" /></form></div>
<div class="box"><div class="box-title">THỐNG KÊ TRUY CẬP</div>
<p><img src="/images/icon/online.gif" alt="" /> Đang online: 17</p>
<p><img src="/images/icon/today.gif" alt="" /> Hôm nay: 412</p>
<p><img src="/images/icon/total.gif" alt="" /> Tổng truy cập: 1.482.097</p></div>
</div>
<div class="clear"></div>
</div>
<div id="footer">
<p><strong>{esc(SITE_NAME)}</strong></p>
<p>Địa chỉ: Khối 5, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239 3861 234 - Fax: 0239 3861 235 - Email: pgd.camxuyen@hatinh.edu.vn</p>
<p>Chịu trách nhiệm: Trần Đình Phong - Trưởng phòng. Thiết kế bởi <a href="http://vietweb.com.vn">VietWeb Hà Tĩnh</a></p>
</div>
</div>
</body>
</html>"""


def item(story: Story, excerpt: bool = True) -> str:
    link = href(news_path(story))
    lead = ""
    if excerpt:
        words = (story.summary or next(b.text for b in story.blocks if isinstance(b, P))).split()
        lead = f'<p class="excerpt">{esc(" ".join(words[:30]))}...</p>'
    return (
        f'<div class="news-item"><a href="{link}">{first_image(story)}</a>'
        f'<h3><a href="{link}">{esc(story.title)}</a>{new_gif(story)}</h3>'
        f'<span class="date">({date_short(story)})</span>{lead}<div class="clear"></div></div>'
    )


def home(request: Request) -> Response:
    latest = newest(STORIES)[:PER_PAGE]
    boxes = []
    for cid, name in CATEGORIES.items():
        lis = "".join(
            f'<li><a href="{href(news_path(s))}">{esc(s.title)}</a>{new_gif(s)}</li>'
            for s in in_cat(cid)[:3]
        )
        boxes.append(
            f'<div class="cat-box"><div class="cat-title"><a href="{href(f"/?act=cat&cid={cid}")}">'
            f'{esc(name)}</a></div><ul>{lis}</ul>'
            f'<a class="more" href="{href(f"/?act=cat&cid={cid}")}">Xem thêm »</a></div>'
        )
    main = (
        '<div class="box-main"><div class="main-title">TIN MỚI NHẤT</div>'
        + "".join(item(s) for s in latest)
        + "</div>"
        + "".join(boxes)
    )
    return html(layout(f"{SITE_TITLE} - Trang chủ", main))


def listing(request: Request, cid: str, page: int) -> Response | None:
    stories = in_cat(cid)
    pages = max(1, (len(stories) + PER_PAGE - 1) // PER_PAGE)
    if not 1 <= page <= pages:
        return None
    shown = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = " ".join(
        f"<b>{n}</b>" if n == page else f'<a href="{href(f"/?act=cat&cid={cid}&page={n}")}">{n}</a>'
        for n in range(1, pages + 1)
    )
    name = CATEGORIES[cid]
    main = (
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; '
        f'<a href="{href(f"/?act=cat&cid={cid}")}">{esc(name)}</a></div>'
        f'<div class="box-main"><div class="main-title">{esc(name.upper())}</div>'
        + "".join(item(s) for s in shown)
        + f'<div class="pager">Trang: {pager}</div></div>'
    )
    return html(layout(f"{name} - {SITE_TITLE}", main))


def attachment(story: Story) -> str:
    """The "File đính kèm" box the CMS prints under the text (not part of it)."""
    path = story.opts.get("attach")
    if not path:
        return ""
    name = path.rsplit("/", 1)[-1]
    return (
        '<div class="attach"><img src="/images/icon/pdf.gif" alt="" /> File đính kèm: '
        f'<a href="{esc(path)}" target="_blank">{esc(name)}</a></div>\n'
    )


def article(request: Request, story: Story) -> Response:
    cid = story.cat
    name = CATEGORIES[cid]
    sapo = (
        f'<div class="sapo"><strong>{esc(story.summary)}</strong></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    newer = [s for s in in_cat(cid) if s.published_at > story.published_at][-4:]
    other = ""
    if newer:
        other = (
            '<div class="other-news"><h3>Các tin mới hơn</h3><ul>'
            + "".join(
                f'<li><a href="{href(news_path(s))}">{esc(s.title)}</a> '
                f'<span class="date">({date_short(s)})</span></li>'
                for s in newer
            )
            + "</ul></div>"
        )
    share = quote(f"http://pgdcamxuyen.edu.vn{news_path(story)}", safe="")
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="{href(f"/?act=cat&cid={cid}")}">{esc(name)}</a></div>
<div class="news-detail">
<h1 class="title-detail">{esc(story.title)}</h1>
<div class="date-detail">Ngày đăng: {date_line(story)} &nbsp;|&nbsp; Lượt xem: {story.views()}</div>
{sapo}<div class="content-detail">
{render_content(story)}
</div>
{attachment(story)}<div class="tools">
<a href="javascript:window.print();"><img src="/images/icon/print.gif" alt="" /> In bài</a> &nbsp;
<a href="mailto:?subject={quote(story.title)}&amp;body={share}"><img src="/images/icon/email.gif" alt="" /> Gửi email</a> &nbsp;
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank"><img src="/images/icon/facebook.png" alt="" /> Chia sẻ</a> &nbsp;
<a href="javascript:history.back();"><img src="/images/icon/back.gif" alt="" /> Quay lại</a>
</div>
{other}
</div>"""
    return html(layout(f"{story.title} - {SITE_TITLE}", main))


def album(request: Request, album_id: str) -> Response | None:
    if not album_id:
        cards = "".join(
            f'<div class="album-item"><a href="{href(f"/?act=album&id={n}")}">'
            f'<img src="/upload/album/{n}/{photos[0][0]}" alt="" width="180" height="120" /></a>'
            f'<p><a href="{href(f"/?act=album&id={n}")}">{esc(t)}</a> ({len(photos)} ảnh)</p></div>'
            for n, (t, _d, photos) in ALBUMS.items()
        )
        main = f'<div class="box-main"><div class="main-title">THƯ VIỆN ẢNH</div>{cards}</div>'
        return html(layout(f"Thư viện ảnh - {SITE_TITLE}", main))
    if not album_id.isdigit() or int(album_id) not in ALBUMS:
        return None
    n = int(album_id)
    title, day, photos = ALBUMS[n]
    grid = "".join(
        f'<div class="photo"><a href="/upload/album/{n}/large/{f}" rel="lightbox[album]" title="{esc(c)}">'
        f'<img src="/upload/album/{n}/{f}" alt="{esc(c)}" width="200" height="140" /></a>'
        f'<p class="photo-caption">{esc(c)}</p></div>'
        for f, c in photos
    )
    main = (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/?act=album">Thư viện ảnh</a></div>'
        f'<div class="album-detail"><h1 class="album-title">{esc(title)}</h1>'
        f'<div class="album-date">Ngày tạo: {day} &nbsp;|&nbsp; {len(photos)} ảnh</div>'
        f'<div class="album-grid">{grid}</div><div class="clear"></div></div>'
    )
    return html(layout(f"{title} - Thư viện ảnh - {SITE_TITLE}", main))


def static_page(request: Request) -> Response:
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in GIOI_THIEU)
    main = (
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; Giới thiệu</div>'
        f'<div class="page-detail"><h1 class="title-detail">Giới thiệu chung</h1>'
        '<p style="text-align: center;"><img src="/upload/page/tru-so-pgd.jpg" alt="" width="500" height="330" /></p>'
        f"{body}</div>"
    )
    return html(layout(f"Giới thiệu - {SITE_TITLE}", main))


def contact(request: Request) -> Response:
    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; Liên hệ</div>
<div class="page-detail"><h1 class="title-detail">Liên hệ</h1>
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẨM XUYÊN</strong></p>
<p>Địa chỉ: Khối 5, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239 3861 234 - Email: pgd.camxuyen@hatinh.edu.vn</p>
<form action="/?act=contact" method="post" class="contact-form">
<p>Họ và tên: <input type="text" name="fullname" /></p>
<p>Email: <input type="text" name="email" /></p>
<p>Tiêu đề: <input type="text" name="subject" /></p>
<p>Nội dung: <textarea name="content" rows="6" cols="50"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></p>
</form></div>"""
    if request.method == "POST":
        main = main.replace("<form", '<p class="msg">Cảm ơn bạn đã gửi liên hệ!</p><form', 1)
    return html(layout(f"Liên hệ - {SITE_TITLE}", main))


def search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in newest(STORIES) if q and q.lower() in s.title.lower()]
    main = (
        f'<div class="box-main"><div class="main-title">KẾT QUẢ TÌM KIẾM: {esc(q)}</div>'
        + ("".join(item(s, excerpt=False) for s in hits) or "<p>Không tìm thấy kết quả nào.</p>")
        + "</div>"
    )
    return html(layout(f"Tìm kiếm - {SITE_TITLE}", main))


def poll(request: Request) -> Response:
    main = (
        '<div class="box-main"><div class="main-title">KẾT QUẢ BÌNH CHỌN</div>'
        "<p>Rất hữu ích: 62% &middot; Hữu ích: 31% &middot; Bình thường: 7%</p>"
        "<p>Cảm ơn bạn đã tham gia bình chọn!</p></div>"
    )
    return html(layout(f"Thăm dò ý kiến - {SITE_TITLE}", main))


class CaptionZooSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/images/")) or path == "/favicon.ico":
            return static_file(path)
        if path not in ("/", "/index.php"):
            return None
        params = request.params
        act = params.get("act", "")
        if not act:
            return home(request) if not request.query else None
        if act == "news":
            nid = params.get("id", "")
            story = BY_ID.get(int(nid)) if nid.isdigit() else None
            return article(request, story) if story else None
        if act == "cat":
            cid, page = params.get("cid", ""), params.get("page", "1")
            if cid not in CATEGORIES or not re.fullmatch(r"[1-9]\d*", page):
                return None
            return listing(request, cid, int(page))
        if act == "album":
            return album(request, params.get("id", ""))
        if act == "page" and params.get("id") == "gioi-thieu":
            return static_page(request)
        if act == "contact":
            return contact(request)
        if act == "search":
            return search(request)
        if act == "poll" and request.method == "POST":
            return poll(request)
        return None


def build_site() -> CaptionZooSite:
    return CaptionZooSite()
