"""Phòng GD&ĐT huyện Krông Pắc (Đắk Lắk) on Joomla 3.10 with the Helix Ultimate template: a portal
whose non-articles answer 200 in the very template of its articles.

Platform
--------
Joomla 3.10, SEF URLs with the ".html" suffix, Helix Ultimate 2 (``sp-header``, ``sp-megamenu``,
``sp-page-title`` with the breadcrumbs, ``sp-component`` + right column ``sp-right`` of
``sp-module`` boxes, ``sp-footer``). The template's overrides of com_content are off, so the
component prints Joomla's own layouts:

- an article (and every single-article page: static pages, document entries, questions)::

    <div class="item-page" itemscope itemtype="https://schema.org/Article">
      <div class="page-header"><h2 itemprop="headline">…</h2></div>
      <div class="icons"> print (?tmpl=component&print=1&layout=default) / e-mail </div>
      <dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
        [<dd class="createdby">Viết bởi …</dd>] <dd class="category-name">Danh mục: <a>…</a></dd>
        <dd class="published"><time datetime="2026-11-12T08:20:00+07:00">Được đăng: Thứ năm,
        12 Tháng 11 2026 08:20</time></dd> <dd class="hits">Lượt xem: 245</dd></dl>
      <div itemprop="articleBody"> TinyMCE HTML </div>
    </div>

- a category blog: ``<div class="blog">`` of ``items-row`` rows, each item a ``page-header`` h2
  link, the same ``article-info`` (date and hits), the intro text and "Xem thêm: …"; then
  ``<div class="pagination">`` ("Trang 1 của 2", Bắt đầu / Trước / 1 2 / Tiếp / Cuối).

URL scheme
----------
- ``/`` the featured blog (all real articles are featured, newest first, 6 per page,
  ``/?start=6``, ``/?start=12``).
- ``/tin-tuc/<cat>.html`` category blogs, 6 per page, ``?start=6``; cats ``tin-tuc-su-kien``,
  ``chuyen-mon``, ``thong-bao``, ``guong-sang``; ``/tin-tuc/thi-dua-khen-thuong.html`` is empty.
- ``/tin-tuc/<cat>/<id>-<alias>.html`` an article; ``?tmpl=component&print=1&layout=default`` its
  print view (linked from the print icon: the same article, in gold's ``alt_paths``).
- ``/gioi-thieu/<alias>.html`` single-article menu items under the top menu "Giới thiệu":
  gioi-thieu-chung, co-cau-to-chuc, chuc-nang-nhiem-vu.
- ``/van-ban.html`` the documents list (a category list table), ``/van-ban/<id>-<alias>.html``
  one document; ``/hoi-dap.html`` and ``/hoi-dap/<id>-<alias>.html`` the questions.
- ``/tim-kiem.html?searchword=…`` com_search results (the search boxes post there by GET).
- ``/component/mailto/?tmpl=component&…&link=<sha1>`` the e-mail-a-friend form.
- Images: ``/images/tin-tuc/2026/<mm>/<file>.jpg``; template files under ``/templates/``.

How each gold article is reached
--------------------------------
Category blogs (page 1 for all but one), the featured home pages 1-3, the sidebar modules "Tin mới
cập nhật" (5 newest, a cached module) and "Tin xem nhiều", and the "Tin mới hơn" list under each
article (newer articles of the same category only: nothing links backwards). The oldest article
(the school-year opening of 05/09/2026) is reached only on ``/tin-tuc/tin-tuc-su-kien.html?start=6``
and on ``/?start=12``.

Traps
-----
1. Three soft 404s, listed in the (cached) category blogs and sidebar modules as if they were
   live posts, each answering 200 in the item-page template:
   ``126-giao-luu-van-nghe…`` holds only "Bài viết không tồn tại hoặc đã bị xóa.";
   ``122-ke-hoach-thao-giang…`` only "Không tìm thấy trang yêu cầu" as its headline;
   ``115-thong-bao-dieu-chinh…`` is Joomla's error text "404 - Không tìm thấy bài viết" in an h1,
   the list of reasons and a search box.
2. A members-only post (``121-ket-qua-kiem-tra…``, listed in the Tin tức - Sự kiện blog with its
   date) answers 200 with its title, "Bạn cần đăng nhập để xem nội dung này" and a login form.
3. An empty category blog: "Chưa có bài viết nào trong chuyên mục này."
4. Static pages in the item-page template with no info block or only "Lượt xem": "Giới thiệu
   chung" (prose), "Cơ cấu tổ chức" (a staff table: name | post | phone) and "Chức năng nhiệm vụ"
   (a long numbered text, no date, no byline).
5. A document entry "Công văn số 512/PGDĐT-CM" of custom fields (Số ký hiệu, Ngày ban hành,
   Trích yếu, File đính kèm -> a PDF) with only "Lượt xem"; it prints a date but is no article.
6. A "Hỏi - Đáp" entry: a parent's question and the office's answer, only "Lượt xem".
7. The listing page 2 (``?start=6``) is a listing, not an article.
8. The header prints today ("Thứ Sáu, 04/12/2026"), never a publication date.
9. Print views duplicate every article (alt_paths).

Gold decisions
--------------
- title: the ``h2[itemprop=headline]`` (the ``<title>`` appends " - Phòng GD&ĐT Krông Pắc").
- published_at: the "Được đăng" line with its time -> "2026-11-12T08:20:00+07:00".
- authors / photographers: the byline at the end of the text ("Tin, ảnh: X" both; "Tin: X; Ảnh:
  Y"; a right-aligned bare name; a unit signing "Tổ Văn phòng"; "ThS." dropped, the post after the
  comma dropped, the school in parentheses dropped; "BBT" and "Ảnh: Internet" give nothing). The
  "Viết bởi Quản trị viên" of the info block is the CMS account: nobody.
- source: "Nguồn: X" / "Theo X" line.
- summary: the bold lead paragraph where there is one (also the first body paragraph).
- body: the articleBody paragraphs, sub-headings, list items, table rows (cells " | "), lines split
  at ``<br>``; not captions, bylines, the source line.
- images: the full-text image (``item-image``, no caption) then the photos of the text; caption =
  the italic/centred line under the photo or the ``figcaption``.
- category: the breadcrumb's section / the "Danh mục" link.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from urllib.parse import unquote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "soft404_nonarticles_pgd"
PLATFORM = "Joomla 3.10 + Helix Ultimate 2 (com_content default layouts), SEF URLs with .html"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Phòng GD&ĐT Krông Pắc"
SITE_FULL = "Phòng Giáo dục và Đào tạo huyện Krông Pắc"
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
    "guong-sang": "Gương sáng",
}
EMPTY_CATEGORY = ("thi-dua-khen-thuong", "Thi đua - Khen thưởng")

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def img(month: str, name: str) -> str:
    return f"/images/tin-tuc/2026/{month}/{name}"


def signed(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the articles (opts: when = "YYYY-MM-DD HH:MM", by = createdby account, full = full-text image)

STORIES: list[Story] = [
    Story(
        128,
        "krong-pac-tong-ket-hoi-khoe-phu-dong-cap-huyen-lan-thu-xi-nam-2026",
        "Krông Pắc tổng kết Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026",
        "tin-tuc-su-kien",
        "2026-12-02T15:40:00+07:00",
        [
            P(
                "Chiều 01/12, tại Nhà văn hóa huyện, Phòng GD&ĐT huyện Krông Pắc tổ chức Lễ bế mạc và "
                "tổng kết Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026 với sự tham gia của hơn 1.200 "
                "vận động viên đến từ 58 trường tiểu học và THCS.",
                "lead",
            ),
            P(
                "Sau 10 ngày tranh tài sôi nổi ở 9 môn thi đấu gồm điền kinh, bơi lội, bóng đá, bóng "
                "chuyền, cầu lông, bóng bàn, cờ vua, võ cổ truyền và đá cầu, Ban tổ chức đã trao 156 huy "
                "chương vàng, 162 huy chương bạc và 201 huy chương đồng cho các vận động viên xuất sắc."
            ),
            Img(
                img("12", "hkpd-be-mac-1.jpg"),
                "Các vận động viên tranh tài ở nội dung chạy 100m nam lứa tuổi THCS",
                "Các vận động viên tranh tài ở nội dung chạy 100m nam lứa tuổi THCS",
                "em",
            ),
            P(
                "Toàn đoàn, Trường THCS Phan Bội Châu xếp thứ Nhất khối THCS; Trường TH Lê Lợi (thị trấn "
                "Phước An) xếp thứ Nhất khối tiểu học. Nhiều em học sinh người dân tộc thiểu số ở các xã "
                "Ea Yiêng, Vụ Bổn, Ea Uy đạt thành tích cao ở môn điền kinh và võ cổ truyền."
            ),
            P(
                "Phát biểu bế mạc, bà Nguyễn Thị Kim Oanh, Trưởng phòng GD&ĐT, đánh giá Hội khỏe Phù Đổng "
                "năm nay được tổ chức chu đáo, an toàn, tiết kiệm; qua đó tuyển chọn được 86 vận động "
                "viên tiêu biểu tham gia Hội khỏe Phù Đổng cấp tỉnh vào tháng 3/2027."
            ),
            Img(
                img("12", "hkpd-be-mac-2.jpg"),
                "Ban tổ chức trao cờ giải Nhất toàn đoàn cho các đơn vị",
                "Ban tổ chức trao cờ giải Nhất toàn đoàn cho các đơn vị",
                "em",
            ),
            signed("Tin, ảnh: Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        summary=(
            "Chiều 01/12, tại Nhà văn hóa huyện, Phòng GD&ĐT huyện Krông Pắc tổ chức Lễ bế mạc và "
            "tổng kết Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026 với sự tham gia của hơn 1.200 "
            "vận động viên đến từ 58 trường tiểu học và THCS."
        ),
        opts={"when": "2026-12-02 15:40", "by": "Quản trị viên", "full": img("12", "hkpd-cover.jpg")},
    ),
    Story(
        124,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-va-tuyen-duong-65-nha-giao-tieu-bieu",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 và tuyên dương 65 nhà giáo tiêu biểu",
        "tin-tuc-su-kien",
        "2026-11-20T10:15:00+07:00",
        [
            P(
                "Sáng 19/11/2026, Phòng GD&ĐT huyện Krông Pắc long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự có đồng chí Phó Chủ tịch UBND huyện, "
                "đại diện Ban Tuyên giáo Huyện ủy, Liên đoàn Lao động huyện cùng gần 400 cán bộ quản lý, "
                "giáo viên các trường."
            ),
            P(
                "Ôn lại truyền thống, buổi lễ điểm lại chặng đường phát triển của ngành giáo dục huyện nhà: "
                "từ chỗ chỉ có 12 trường học sau ngày giải phóng, đến nay toàn huyện có 96 trường với gần "
                "48.000 học sinh; 71 trường đạt chuẩn quốc gia, tỷ lệ giáo viên đạt chuẩn trình độ đào tạo "
                "đạt 94,6%."
            ),
            Img(
                img("11", "le-20-11-tuyen-duong.jpg"),
                "Lãnh đạo huyện tặng Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện tặng Giấy khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 65 nhà giáo tiêu biểu có thành tích "
                "xuất sắc trong công tác giảng dạy và giáo dục học sinh năm học 2025-2026."
            ),
            P(
                "“Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo cho "
                "học sinh noi theo”, đồng chí Phó Chủ tịch UBND huyện nhấn mạnh.",
                "quote",
            ),
            Raw('<p style="text-align: right;">Tin: Lê Văn Thắng; Ảnh: Hoàng Minh Tuấn</p>'),
        ],
        authors=["Lê Văn Thắng"],
        photographers=["Hoàng Minh Tuấn"],
        opts={"when": "2026-11-20 10:15"},
    ),
    Story(
        118,
        "truong-thcs-phan-boi-chau-to-chuc-ngay-hoi-stem-nam-hoc-2026-2027",
        "Trường THCS Phan Bội Châu tổ chức Ngày hội STEM năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-11-06T16:05:00+07:00",
        [
            P(
                "Ngày 05/11, Trường THCS Phan Bội Châu (xã Ea Kly) tổ chức Ngày hội STEM với chủ đề "
                "“Sáng tạo từ vật liệu tái chế”, thu hút hơn 900 học sinh của 24 lớp tham gia."
            ),
            P(
                "Mỗi lớp mang đến một gian trưng bày gồm các sản phẩm do học sinh tự thiết kế, chế tạo "
                "dưới sự hướng dẫn của giáo viên bộ môn Khoa học tự nhiên, Công nghệ và Tin học: hệ thống "
                "tưới cây tự động, mô hình nhà thông minh, xe chạy bằng năng lượng mặt trời, máy lọc nước "
                "mini từ chai nhựa…"
            ),
            Img(
                img("11", "stem-pbc.jpg"),
                "Học sinh lớp 8A3 giới thiệu mô hình hệ thống tưới cây tự động",
                "Học sinh lớp 8A3 giới thiệu mô hình hệ thống tưới cây tự động",
                "center",
            ),
            P(
                "Ban giám khảo đã chọn 6 sản phẩm tiêu biểu để hoàn thiện, dự thi Cuộc thi Khoa học kỹ "
                "thuật dành cho học sinh trung học cấp huyện năm học 2026-2027."
            ),
            Raw('<p style="text-align: right;"><em>Đoàn Văn Bình (Trường THCS Phan Bội Châu)</em></p>'),
        ],
        authors=["Đoàn Văn Bình"],
        opts={"when": "2026-11-06 16:05", "by": "Quản trị viên"},
    ),
    Story(
        112,
        "ra-quan-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc-su-kien",
        "2026-10-15T09:30:00+07:00",
        [
            P(
                "Sáng 14/10, tại Trung tâm Văn hóa - Thể thao huyện, Ban chỉ đạo xây dựng xã hội học tập "
                "huyện Krông Pắc tổ chức Lễ ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ "
                "đề “Chuyển đổi số trong học tập suốt đời”.",
                "br",
            ),
            P("Tuần lễ diễn ra từ ngày 14 đến 20/10/2026 trên địa bàn toàn huyện.", "br"),
            P("Các hoạt động chính trong Tuần lễ:", "bold"),
            P("Tổ chức thư viện lưu động, ngày hội đọc sách tại các trường học và nhà văn hóa thôn, buôn.", "uli"),
            P("Mở lớp hướng dẫn kỹ năng số cơ bản cho người dân tại 16 trung tâm học tập cộng đồng.", "uli"),
            P("Tuyên dương “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” tiêu biểu.", "uli"),
            P(
                "Phát biểu tại buổi lễ, đại diện Hội Khuyến học huyện đề nghị các xã, thị trấn đa dạng "
                "hóa hình thức học tập, gắn Tuần lễ với phong trào thi đua xây dựng nông thôn mới, để "
                "mỗi người dân đều có cơ hội học tập thường xuyên, suốt đời."
            ),
        ],
        opts={"when": "2026-10-15 09:30", "by": "Quản trị viên"},
    ),
    Story(
        104,
        "ron-rang-le-khai-giang-nam-hoc-moi-2026-2027",
        "Rộn ràng Lễ khai giảng năm học mới 2026-2027 tại các trường học trên địa bàn huyện",
        "tin-tuc-su-kien",
        "2026-09-05T08:00:00+07:00",
        [
            P(
                "Sáng 05/9, cùng với cả nước, gần 48.000 học sinh các cấp học trên địa bàn huyện Krông Pắc "
                "náo nức tựu trường, dự Lễ khai giảng năm học mới 2026-2027.",
                "lead",
            ),
            P(
                "Năm học 2026-2027, toàn huyện có 96 trường mầm non, tiểu học, THCS với 1.512 lớp. Các "
                "trường đã chuẩn bị chu đáo cơ sở vật chất, sách giáo khoa, đồ dùng dạy học; 100% học "
                "sinh lớp 1 được học 2 buổi/ngày."
            ),
            Img(
                img("09", "khai-giang-2026.jpg"),
                "Học sinh Trường TH Lê Lợi trong ngày khai giảng",
                "Học sinh Trường TH Lê Lợi trong ngày khai giảng",
                "em",
            ),
            P(
                "Tại các điểm trường, lãnh đạo huyện, các xã, thị trấn đã đến dự, đánh trống khai giảng "
                "và trao tặng hàng trăm suất học bổng, xe đạp cho học sinh có hoàn cảnh khó khăn."
            ),
            P(
                "Ngay sau lễ khai giảng, các trường bước vào tuần học đầu tiên theo kế hoạch thời gian "
                "năm học của UBND tỉnh Đắk Lắk, bảo đảm 35 tuần thực học."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Nhóm PV - Ảnh: CLB Nhiếp ảnh Trường THCS Nguyễn Du</strong></p>'),
        ],
        authors=["Nhóm PV"],
        photographers=["CLB Nhiếp ảnh Trường THCS Nguyễn Du"],
        summary=(
            "Sáng 05/9, cùng với cả nước, gần 48.000 học sinh các cấp học trên địa bàn huyện Krông Pắc "
            "náo nức tựu trường, dự Lễ khai giảng năm học mới 2026-2027."
        ),
        opts={"when": "2026-09-05 08:00", "full": img("09", "khai-giang-cover.jpg")},
    ),
    Story(
        125,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        "Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027: 72 giáo viên đạt danh hiệu",
        "chuyen-mon",
        "2026-11-23T14:20:00+07:00",
        [
            P(
                "Từ ngày 09 đến 20/11/2026, Phòng GD&ĐT tổ chức Hội thi Giáo viên dạy giỏi cấp huyện bậc "
                "Tiểu học năm học 2026-2027 tại 4 cụm trường: Phước An, Ea Kly, Ea Phê và Vụ Bổn."
            ),
            P(
                "Hội thi có 96 giáo viên dự thi. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng "
                "giảng dạy và dạy 2 tiết thực hành (1 tiết bốc thăm, 1 tiết tự chọn) theo Chương trình "
                "GDPT 2018. Kết quả có 72 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện, cụ thể:"
            ),
            P("Môn | Số dự thi | Số đạt | Tỷ lệ", "th"),
            P("Tiếng Việt | 34 | 27 | 79,4%", "td"),
            P("Toán | 30 | 23 | 76,7%", "td"),
            P("Tiếng Anh | 12 | 8 | 66,7%", "td"),
            P("Tin học và Công nghệ | 10 | 8 | 80,0%", "td"),
            P("Giáo dục thể chất | 10 | 6 | 60,0%", "td"),
            P(
                "Qua hội thi, Phòng GD&ĐT đề nghị các trường nhân rộng các tiết dạy tốt thông qua sinh "
                "hoạt chuyên môn theo nghiên cứu bài học, đồng thời chọn 15 giáo viên tiêu biểu tham gia "
                "Hội thi cấp tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Trần Thị Mai Phương, Phó Trưởng phòng</strong></p>'),
        ],
        authors=["Trần Thị Mai Phương"],
        opts={"when": "2026-11-23 14:20", "by": "Quản trị viên"},
    ),
    Story(
        116,
        "tap-huan-trien-khai-thong-tu-22-2021-tt-bgddt-ve-danh-gia-hoc-sinh-thcs",
        "Tập huấn triển khai Thông tư 22/2021/TT-BGDĐT về đánh giá học sinh THCS",
        "chuyen-mon",
        "2026-10-28T08:45:00+07:00",
        [
            P(
                "Nhằm thống nhất cách thức kiểm tra, đánh giá học sinh theo Chương trình GDPT 2018, trong "
                "hai ngày 26 và 27/10/2026, Phòng GD&ĐT huyện Krông Pắc tổ chức tập huấn Thông tư "
                "22/2021/TT-BGDĐT cho 215 cán bộ quản lý và tổ trưởng chuyên môn các trường THCS."
            ),
            P("Nội dung tập huấn", "h3"),
            P("Đánh giá bằng nhận xét và đánh giá bằng điểm số đối với từng nhóm môn học.", "li"),
            P("Xây dựng ma trận, bản đặc tả và đề kiểm tra định kỳ theo hướng phát triển năng lực.", "li"),
            P("Sử dụng phần mềm quản lý trường học để cập nhật kết quả rèn luyện, học tập.", "li"),
            P("Yêu cầu sau tập huấn", "h3"),
            P(
                "Các trường tổ chức tập huấn lại cho 100% giáo viên trước ngày 15/11/2026; tổ chuyên môn "
                "xây dựng ngân hàng câu hỏi dùng chung, nộp về Phòng qua hệ thống quản lý văn bản."
            ),
            Img(img("10", "tap-huan-tt22.jpg"), None, None, "none"),
            Raw('<p style="text-align: right;"><em>Tổ THCS</em></p>'),
        ],
        authors=["Tổ THCS"],
        opts={"when": "2026-10-28 08:45"},
    ),
    Story(
        109,
        "chuyen-de-doi-moi-sinh-hoat-to-chuyen-mon-theo-nghien-cuu-bai-hoc",
        "Chuyên đề: Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học ở trường tiểu học",
        "chuyen-mon",
        "2026-10-02T15:10:00+07:00",
        [
            P(
                "Sinh hoạt chuyên môn theo nghiên cứu bài học (NCBH) không nhằm đánh giá, xếp loại giờ "
                "dạy mà tập trung tìm hiểu việc học của học sinh: học sinh học như thế nào, gặp khó khăn "
                "gì, giáo viên cần điều chỉnh nội dung, phương pháp ra sao để mọi học sinh đều được tham "
                "gia vào quá trình học tập. Đây là điểm khác biệt cơ bản so với cách dự giờ truyền thống "
                "vốn chú trọng vào hoạt động của người dạy."
            ),
            P(
                "Ngày 30/9/2026, tại Trường TH Nguyễn Bỉnh Khiêm (xã Ea Phê), Phòng GD&ĐT tổ chức chuyên "
                "đề cấp huyện với tiết minh họa môn Tiếng Việt lớp 3, bài “Ngày khai trường”, do cô Lê Thị "
                "Hồng Vân thực hiện. Người dự giờ ngồi ở vị trí quan sát được nét mặt, thao tác của học "
                "sinh, ghi chép cụ thể những biểu hiện của từng nhóm."
            ),
            Img(img("10", "chuyen-de-ncbh.jpg"), None, None, "none"),
            P(
                "Trong phần thảo luận, các thầy cô chia sẻ những điều quan sát được, đặc biệt là trường hợp "
                "các em chưa tích cực, từ đó đề xuất cách giao nhiệm vụ phù hợp hơn. Không khí trao đổi "
                "cởi mở, tôn trọng, không có sự phê phán người dạy."
            ),
            P(
                "“Khi giáo viên chuyển trọng tâm từ bài dạy sang việc học của học trò, tiết học trở nên "
                "nhẹ nhàng và hiệu quả hơn”, cô Vân chia sẻ.",
                "quote",
            ),
            P(
                "Kết thúc chuyên đề, Phòng GD&ĐT yêu cầu mỗi tổ chuyên môn tổ chức ít nhất 2 lần sinh "
                "hoạt theo NCBH mỗi học kỳ, lưu hồ sơ minh chứng bằng video và phiếu quan sát."
            ),
            Raw('<p style="text-align: right;"><strong>Hồng Nhung</strong></p>'),
        ],
        authors=["Hồng Nhung"],
        opts={"when": "2026-10-02 15:10", "by": "Quản trị viên"},
    ),
    Story(
        129,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các trường học",
        "thong-bao",
        "2026-12-03T07:30:00+07:00",
        [
            P(
                "Căn cứ Công văn số 2468/SGDĐT-VP ngày 30/11/2026 của Sở GD&ĐT Đắk Lắk, Phòng GD&ĐT huyện "
                "Krông Pắc thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P("Cán bộ, giáo viên, nhân viên và học sinh nghỉ 01 ngày: Thứ Sáu, ngày 01/01/2027.", "uli"),
            P("Các trường đi học lại bình thường từ Thứ Hai, ngày 04/01/2027.", "uli"),
            P(
                "Hiệu trưởng các trường phân công trực bảo vệ cơ quan, bảo đảm an toàn tài sản, phòng "
                "chống cháy nổ trong thời gian nghỉ; báo cáo đột xuất về Phòng (qua Tổ Văn phòng, điện "
                "thoại 0262 3521 368) khi có tình huống phát sinh."
            ),
            Raw('<p style="text-align: right;"><strong>TỔ VĂN PHÒNG</strong></p>'),
        ],
        authors=["TỔ VĂN PHÒNG"],  # as printed: a unit signing in capitals (k2_pagebreak_tct, movabletype_tct); harmonised after the first crawl
        opts={"when": "2026-12-03 07:30", "by": "Quản trị viên"},
    ),
    Story(
        120,
        "thong-bao-tuyen-dung-vien-chuc-giao-vien-nam-2026",
        "Thông báo tuyển dụng viên chức giáo viên năm 2026",
        "thong-bao",
        "2026-11-10T14:00:00+07:00",
        [
            P(
                "UBND huyện Krông Pắc thông báo tuyển dụng viên chức giáo viên làm việc tại các trường "
                "mầm non, tiểu học, THCS công lập trực thuộc năm 2026."
            ),
            P("1. Chỉ tiêu tuyển dụng", "bold"),
            P("Vị trí | Chỉ tiêu | Hạng chức danh", "th"),
            P("Giáo viên mầm non | 18 | Hạng III", "td"),
            P("Giáo viên tiểu học (văn hóa) | 22 | Hạng III", "td"),
            P("Giáo viên tiếng Anh tiểu học | 6 | Hạng III", "td"),
            P("Giáo viên THCS môn Khoa học tự nhiên | 5 | Hạng III", "td"),
            P("2. Thời gian, địa điểm nhận phiếu đăng ký", "bold"),
            P(
                "Từ ngày 11/11/2026 đến hết ngày 10/12/2026 (trong giờ hành chính), tại Phòng Nội vụ "
                "huyện Krông Pắc, số 01 Giải Phóng, thị trấn Phước An."
            ),
            Raw("<p><em>Nguồn: UBND huyện Krông Pắc</em></p>"),
        ],
        source="UBND huyện Krông Pắc",
        opts={"when": "2026-11-10 14:00"},
    ),
    Story(
        113,
        "lich-tiep-cong-dan-cua-truong-phong-gd-dt-quy-iv-nam-2026",
        "Lịch tiếp công dân của Trưởng phòng GD&ĐT quý IV năm 2026",
        "thong-bao",
        "2026-10-19T10:40:00+07:00",
        [
            P(
                "Thực hiện Luật Tiếp công dân, Phòng GD&ĐT huyện Krông Pắc thông báo lịch tiếp công dân "
                "định kỳ của Trưởng phòng quý IV năm 2026 tại phòng tiếp dân của cơ quan:"
            ),
            P("Tháng | Ngày tiếp | Người tiếp", "th"),
            P("Tháng 10 | Thứ Năm, 22/10/2026 | Trưởng phòng Nguyễn Thị Kim Oanh", "td"),
            P("Tháng 11 | Thứ Năm, 19/11/2026 | Trưởng phòng Nguyễn Thị Kim Oanh", "td"),
            P("Tháng 12 | Thứ Năm, 17/12/2026 | Phó Trưởng phòng Trần Thị Mai Phương", "td"),
            P(
                "Ngoài lịch trên, công dân có thể gửi đơn thư, kiến nghị qua hộp thư góp ý đặt tại cổng "
                "cơ quan hoặc qua địa chỉ thư điện tử pgdkrongpac@daklak.edu.vn."
            ),
            Raw('<p style="text-align: right;">BBT</p>'),
        ],
        opts={"when": "2026-10-19 10:40", "by": "Quản trị viên"},
    ),
    Story(
        123,
        "co-giao-h-nhi-va-hanh-trinh-15-nam-gieo-chu-o-buon-ea-yieng",
        "Cô giáo H’Nhi và hành trình 15 năm “gieo chữ” ở buôn Ea Yiêng",
        "guong-sang",
        "2026-11-18T09:00:00+07:00",
        [
            P(
                "Mười lăm năm gắn bó với điểm trường buôn Ea Yiêng, cô giáo H’Nhi Niê (Trường TH Ea "
                "Yiêng) đã dìu dắt hàng trăm học trò người Ê Đê vượt qua rào cản ngôn ngữ để tự tin đến "
                "lớp.",
                "lead",
            ),
            P(
                "Năm 2011, tốt nghiệp Trường Cao đẳng Sư phạm Đắk Lắk, cô H’Nhi xung phong về dạy ở điểm "
                "trường cách trung tâm xã gần 12 km. Khi ấy con đường đất đỏ mùa mưa lầy lội, nhiều hôm "
                "cô phải dắt xe đạp hàng cây số mới đến được lớp học ba gian lợp tôn."
            ),
            P(
                "Phần lớn học sinh lớp 1 chưa nói sõi tiếng Việt. Cô tự làm bộ thẻ chữ song ngữ Việt - Ê "
                "Đê, dạy các em qua bài hát, câu chuyện của buôn làng; buổi tối cô đến từng nhà vận động "
                "phụ huynh cho con đi học đều."
            ),
            Img(
                img("11", "co-giao-hnhi.jpg"),
                "Cô H’Nhi hướng dẫn học sinh lớp 1 luyện đọc",
                "Cô H’Nhi hướng dẫn học sinh lớp 1 luyện đọc",
                "em",
            ),
            P(
                "“Ngày các em đọc được trọn một câu tiếng Việt, mình thấy mọi vất vả đều xứng đáng”, cô "
                "H’Nhi tâm sự.",
                "quote",
            ),
            P(
                "Nhiều năm liền cô đạt danh hiệu Chiến sĩ thi đua cơ sở; năm 2026, cô là một trong 65 nhà "
                "giáo được Chủ tịch UBND huyện tặng Giấy khen nhân Ngày Nhà giáo Việt Nam."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Thanh Thủy</strong></p>'),
            Raw('<p style="text-align: right;"><em>(Theo Báo Đắk Lắk)</em></p>'),
        ],
        authors=["Hoàng Thanh Thủy"],
        source="Báo Đắk Lắk",
        summary=(
            "Mười lăm năm gắn bó với điểm trường buôn Ea Yiêng, cô giáo H’Nhi Niê (Trường TH Ea "
            "Yiêng) đã dìu dắt hàng trăm học trò người Ê Đê vượt qua rào cản ngôn ngữ để tự tin đến "
            "lớp."
        ),
        opts={"when": "2026-11-18 09:00", "by": "Quản trị viên"},
    ),
    Story(
        110,
        "em-y-khoa-bya-hoc-sinh-ngheo-vuot-kho-dat-giai-nhi-hoc-sinh-gioi-cap-tinh",
        "Em Y Khoa Byă – học sinh nghèo vượt khó đạt giải Nhì học sinh giỏi cấp tỉnh",
        "guong-sang",
        "2026-10-08T16:30:00+07:00",
        [
            P(
                "Nhà ở buôn Ea Kmar, xã Ea Kênh, bố mẹ làm thuê theo mùa rẫy, em Y Khoa Byă, học sinh lớp "
                "9A1 Trường THCS Lê Quý Đôn, vẫn luôn là học sinh giỏi toàn diện suốt 4 năm học."
            ),
            P(
                "Tại Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2025-2026, Y Khoa đạt giải Nhì môn "
                "Toán, là học sinh người dân tộc thiểu số duy nhất của huyện đạt giải ở môn này."
            ),
            Img(
                img("10", "y-khoa-bya.jpg"),
                "Em Y Khoa Byă (giữa) nhận Giấy khen của Phòng GD&ĐT",
                "Em Y Khoa Byă (giữa) nhận Giấy khen của Phòng GD&ĐT",
                "center",
            ),
            P(
                "Không có máy tính, Y Khoa mượn sách của thư viện trường, tự giải lại các đề thi của những "
                "năm trước; buổi tối em học dưới ánh đèn dầu những hôm mất điện. Thầy cô và bạn bè trong "
                "lớp góp tiền mua cho em bộ sách nâng cao và một chiếc xe đạp mới."
            ),
            P(
                "Ước mơ của Y Khoa là thi đỗ vào Trường THPT chuyên Nguyễn Du, sau này trở thành kỹ sư "
                "công nghệ thông tin để về giúp buôn làng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Liên đội Trường THCS Lê Quý Đôn</strong></p>'),
        ],
        authors=["Liên đội Trường THCS Lê Quý Đôn"],
        photographers=["Liên đội Trường THCS Lê Quý Đôn"],
        opts={"when": "2026-10-08 16:30"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def article_path(story_id: int, slug: str, cat: str) -> str:
    return f"/tin-tuc/{cat}/{story_id}-{slug}.html"


def path_of(story: Story) -> str:
    return article_path(story.id, story.slug, story.cat)


PRINT_QUERY = "tmpl=component&print=1&layout=default"


def print_path(story: Story) -> str:
    return f"{path_of(story)}?{PRINT_QUERY}"


GOLD = [
    gold_record(s, path_of(s), CATEGORIES[s.cat], alt_paths=(print_path(s),)) for s in STORIES
]
for _g, _s in zip(GOLD, STORIES, strict=True):
    if _s.opts.get("full"):
        _g["images"].insert(0, {"path": _s.opts["full"], "caption": None})


# --- the pages that are not articles -----------------------------------------------------------


class Ghost:
    """A listed item whose page is not an article: deleted (soft 404) or members-only."""

    def __init__(self, gid: int, slug: str, title: str, cat: str, when: str, kind: str, intro: str):
        self.id, self.slug, self.title, self.cat, self.kind, self.intro = gid, slug, title, cat, kind, intro
        self.opts = {"when": when}

    @property
    def path(self) -> str:
        return article_path(self.id, self.slug, self.cat)

    def views(self) -> int:
        return 40 + self.id * 3


GHOSTS = [
    Ghost(
        126,
        "giao-luu-van-nghe-chao-mung-ngay-20-11-tai-truong-th-hoa-an",
        "Giao lưu văn nghệ chào mừng ngày 20/11 tại Trường TH Hòa An",
        "tin-tuc-su-kien",
        "2026-11-25 11:05",
        "deleted",
        "Chiều 18/11, Trường TH Hòa An tổ chức chương trình giao lưu văn nghệ chào mừng Ngày Nhà giáo Việt Nam…",
    ),
    Ghost(
        121,
        "ket-qua-kiem-tra-cong-tac-quan-ly-tai-chinh-cac-truong-hoc-nam-2026",
        "Kết quả kiểm tra công tác quản lý tài chính các trường học năm 2026 (dành cho CBQL)",
        "tin-tuc-su-kien",
        "2026-11-12 08:20",
        "members",
        "Phòng GD&ĐT thông báo kết quả kiểm tra công tác quản lý tài chính, tài sản tại 24 trường học…",
    ),
    Ghost(
        122,
        "ke-hoach-thao-giang-cum-chuyen-mon-so-2-hoc-ky-i",
        "Kế hoạch thao giảng cụm chuyên môn số 2 học kỳ I",
        "chuyen-mon",
        "2026-11-16 09:50",
        "notfound",
        "Kế hoạch tổ chức thao giảng, dự giờ cụm chuyên môn số 2 (Ea Phê, Ea Kuăng, Krông Búk)…",
    ),
    Ghost(
        115,
        "thong-bao-dieu-chinh-lich-hop-giao-ban-hieu-truong-thang-10",
        "Thông báo điều chỉnh lịch họp giao ban hiệu trưởng tháng 10",
        "thong-bao",
        "2026-10-22 15:00",
        "error404",
        "Phòng GD&ĐT thông báo điều chỉnh thời gian họp giao ban hiệu trưởng tháng 10/2026…",
    ),
]
GHOST_BY_ID = {g.id: g for g in GHOSTS}

STATIC_PAGES = {
    "gioi-thieu-chung": "Giới thiệu chung",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
    "chuc-nang-nhiem-vu": "Chức năng nhiệm vụ",
}
DOC_PATH = "/van-ban/140-cong-van-so-512-pgddt-cm.html"
QA_PATH = "/hoi-dap/141-con-toi-hoc-lop-5-co-duoc-mien-hoc-phi-ban-tru-khong.html"

NON_ARTICLES = [
    GHOSTS[0].path,  # "Bài viết không tồn tại hoặc đã bị xóa."
    GHOSTS[2].path,  # "Không tìm thấy trang yêu cầu"
    GHOSTS[3].path,  # "404 - Không tìm thấy bài viết" + search box
    GHOSTS[1].path,  # members only: login form
    f"/tin-tuc/{EMPTY_CATEGORY[0]}.html",
    "/gioi-thieu/chuc-nang-nhiem-vu.html",
    DOC_PATH,
    QA_PATH,
    "/tin-tuc/tin-tuc-su-kien.html?start=6",
]
#: reachable single-article pages that are not articles either, left out of NON_ARTICLES only to
#: keep that list short
MORE_NON_ARTICLES = ["/gioi-thieu/gioi-thieu-chung.html", "/gioi-thieu/co-cau-to-chuc.html"]


# --- formatting ----------------------------------------------------------------------------------


def _when(item) -> _dt.datetime:
    return _dt.datetime.strptime(item.opts["when"], "%Y-%m-%d %H:%M")


def date_lc2(item) -> str:
    """Joomla vi-VN DATE_FORMAT_LC2: "Thứ năm, 12 Tháng 11 2026 08:20"."""
    w = _when(item)
    return f"{WEEKDAYS[w.weekday()]}, {w.day:02d} Tháng {w.month} {w.year} {w:%H:%M}"


def date_iso(item) -> str:
    return _when(item).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def info_block(item, with_cat: bool = True, createdby: str | None = None) -> str:
    cat = (
        f'<dd class="category-name">Danh mục: <a href="/tin-tuc/{item.cat}.html" itemprop="genre">'
        f"{esc(CATEGORIES[item.cat])}</a></dd>"
        if with_cat
        else ""
    )
    by = (
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'Viết bởi <span itemprop="name">{esc(createdby)}</span></dd>'
        if createdby
        else ""
    )
    return f"""<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
{by}
{cat}
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>
<time datetime="{date_iso(item)}" itemprop="datePublished">Được đăng: {date_lc2(item)}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>
<meta itemprop="interactionCount" content="UserPageVisits:{item.views()}">Lượt xem: {item.views()}</dd>
</dl>"""


def hits_only(views: int) -> str:
    return f"""<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>
<meta itemprop="interactionCount" content="UserPageVisits:{views}">Lượt xem: {views}</dd>
</dl>"""


def _image(block: Img) -> str:
    tag = f'<img src="{esc(block.src)}" alt="{esc(block.printed or "")}" width="600" height="400">'
    cap = esc(block.printed or "")
    if block.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if block.style == "figure":
        return f'<figure class="image">{tag}<figcaption>{cap}</figcaption></figure>'
    if block.style == "center":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;">{cap}</p>'
    return f'<p style="text-align: center;">{tag}</p>'


def render_body(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(b))
        elif b.style in ("li", "uli", "br", "th", "td"):
            group = {"td": ("th", "td"), "th": ("th", "td")}.get(b.style, (b.style,))
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in group:
                run.append(blocks[i])
                i += 1
            if b.style in ("li", "uli"):
                tag = "ol" if b.style == "li" else "ul"
                items = "\n".join(f"<li>{text(p.text)}</li>" for p in run)
                out.append(f"<{tag}>\n{items}\n</{tag}>")
            elif b.style == "br":
                out.append("<p>" + "<br>\n".join(text(p.text) for p in run) + "</p>")
            else:
                rows = []
                for p in run:
                    cell = "th" if p.style == "th" else "td"
                    cells = "".join(f"<{cell}>{text(c)}</{cell}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table class="table table-bordered" style="width: 100%;" border="1">\n<tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody>\n</table>"
                )
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "bold":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{text(b.text)}</p>\n</blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}&nbsp;</p>')
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        None,
        [(title, f"/gioi-thieu/{alias}.html") for alias, title in STATIC_PAGES.items()],
    ),
    (
        "Tin tức",
        "/tin-tuc/tin-tuc-su-kien.html",
        [(name, f"/tin-tuc/{key}.html") for key, name in CATEGORIES.items()]
        + [(EMPTY_CATEGORY[1], f"/tin-tuc/{EMPTY_CATEGORY[0]}.html")],
    ),
    ("Văn bản", "/van-ban.html", []),
    ("Hỏi - Đáp", "/hoi-dap.html", []),
    ("Liên hệ", "/lien-he.html", []),
]


def menu_html(active: str) -> str:
    items = []
    for label, href, children in MENU:
        cls = "sp-menu-item" + (" sp-has-child" if children else "") + (" active" if label == active else "")
        head = (
            f'<a href="{href}">{esc(label)}</a>'
            if href
            else f'<span class="sp-menu-heading">{esc(label)}</span>'
        )
        sub = ""
        if children:
            lis = "".join(
                f'<li class="sp-menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in children
            )
            sub = (
                '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;">'
                f'<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{lis}</ul></div></div>'
            )
        items.append(f'<li class="{cls}">{head}{sub}</li>')
    return '<ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">' + "".join(items) + "</ul>"


def breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    lis = [
        '<li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li>',
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item">'
        '<a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a>'
        '<meta itemprop="position" content="1"></li>',
    ]
    for pos, (label, href) in enumerate(trail, start=2):
        if href:
            lis.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<meta itemprop="position" content="{pos}"></li>'
            )
        else:
            lis.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                f'class="breadcrumb-item active"><span itemprop="name">{esc(label)}</span>'
                f'<meta itemprop="position" content="{pos}"></li>'
            )
    return '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">' + "".join(lis) + "</ol>"


def _sorted(items):
    return sorted(items, key=_when, reverse=True)


def _link_of(item) -> str:
    return item.path if isinstance(item, Ghost) else path_of(item)


def sidebar() -> str:
    # "Tin mới cập nhật" is a cached mod_articles_latest: it still lists the deleted post
    latest = _sorted([s for s in STORIES] + [GHOSTS[0]])[:5]
    latest_li = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{_link_of(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in latest
    )
    popular = [BY_ID[124], GHOSTS[2], BY_ID[123], GHOSTS[3], BY_ID[120]]
    popular_li = "".join(
        f'<li><a href="{_link_of(s)}"><span>{esc(s.title)}</span></a></li>' for s in popular
    )
    return f"""<aside id="sp-right" class="col-lg-3"><div class="sp-column">
<div class="sp-module"><h3 class="sp-module-title">Tìm kiếm</h3><div class="sp-module-content">
<div class="search"><form action="/tim-kiem.html" method="get">
<input name="searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm...">
<input type="hidden" name="task" value="search"></form></div></div></div>
<div class="sp-module"><h3 class="sp-module-title">Tin mới cập nhật</h3><div class="sp-module-content">
<ul class="latestnews">{latest_li}</ul></div></div>
<div class="sp-module"><h3 class="sp-module-title">Tin xem nhiều</h3><div class="sp-module-content">
<ul class="mostread">{popular_li}</ul></div></div>
<div class="sp-module"><h3 class="sp-module-title">Thăm dò ý kiến</h3><div class="sp-module-content">
<form action="#" method="post" name="form2" class="acypoll">
<p class="poll-question">Bạn đánh giá thế nào về cổng thông tin của Phòng?</p>
<label><input type="radio" name="voteid" value="1"> Rất hữu ích</label><br>
<label><input type="radio" name="voteid" value="2"> Hữu ích</label><br>
<label><input type="radio" name="voteid" value="3"> Cần cải tiến thêm</label><br>
<input type="submit" name="task_button" class="btn btn-primary" value="Biểu quyết">
<a href="#" rel="nofollow">Kết quả</a></form></div></div>
<div class="sp-module"><h3 class="sp-module-title">Liên kết website</h3><div class="sp-module-content">
<ul class="weblinks"><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://daklak.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Đắk Lắk</a></li>
<li><a href="https://krongpac.daklak.gov.vn" target="_blank" rel="noopener">UBND huyện Krông Pắc</a></li>
<li><a href="https://truonghocketnoi.edu.vn" target="_blank" rel="noopener">Trường học kết nối</a></li></ul></div></div>
<div class="sp-module"><h3 class="sp-module-title">Thống kê truy cập</h3><div class="sp-module-content">
<div class="vrvisitorcounter"><table cellpadding="0" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vonline.png" alt="online"> Đang online</td><td style="text-align:right">27</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vtoday.png" alt="today"> Hôm nay</td><td style="text-align:right">1.146</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vyesterday.png" alt="yesterday"> Hôm qua</td><td style="text-align:right">1.503</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vall.png" alt="all"> Tổng truy cập</td><td style="text-align:right">2.874.315</td></tr>
</tbody></table></div></div></div>
</div></aside>"""


def layout(title: str, component: str, trail: list[tuple[str, str | None]], active: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/templates/shaper_helixultimate/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/presets/preset2.css" rel="stylesheet">
<script src="/media/jui/js/jquery.min.js?8f2a7c1d"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
</head>
<body class="site helix-ultimate com-content layout-default task-none itemid-101 vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column"><div class="sp-module"><div class="sp-module-content">
<div class="custom"><p><span class="fa fa-calendar"></span> {TODAY}</p></div></div></div></div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column"><ul class="sp-contact-info">
<li class="sp-contact-phone"><span class="fas fa-phone"></span> <a href="tel:02623521368">0262 3521 368</a></li>
<li class="sp-contact-email"><span class="far fa-envelope"></span> <a href="mailto:pgdkrongpac@daklak.edu.vn">pgdkrongpac@daklak.edu.vn</a></li>
</ul></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">
<img class="logo-image" src="/images/logo/logo-pgd-krongpac.png" alt="{esc(SITE_FULL)}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center">
<nav class="sp-megamenu-wrapper d-flex" role="navigation">{menu_html(active)}</nav>
</div></div></div></div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column">
<div class="sp-page-title"><div class="container">{breadcrumbs(trail)}</div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-9" role="main"><div class="sp-column">
<div id="system-message-container" aria-live="polite"></div>
{component}
</div></main>
{sidebar()}
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-12"><div class="sp-column">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</strong></p>
<p>Địa chỉ: Số 02 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3521 368 - Fax: 0262 3521 369 - Email: pgdkrongpac@daklak.edu.vn</p>
<span class="sp-copyright">© 2026 {esc(SITE_FULL)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</span>
</div></div></div></div></div></footer>
</div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>"""


def page(title: str, component: str, trail, active: str = "", status: int = 200) -> Response:
    return html(layout(f"{title} - {SITE_TITLE}", component, trail, active), status=status)


def not_found() -> Response:
    body = """<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8"><title>404 - Lỗi: 404</title></head>
<body class="error-page"><h1>404</h1><h2>Không tìm thấy trang</h2>
<p><a href="/">Trang chủ</a></p></body></html>"""
    return html(body, status=404)


# --- pages ---------------------------------------------------------------------------------------


def icons(story: Story) -> str:
    link = hashlib.sha1(path_of(story).encode()).hexdigest()
    return f"""<div class="icons"><div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-label="Công cụ người dùng">
<span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu">
<li class="print-icon"><a href="{path_of(story)}?tmpl=component&amp;print=1&amp;layout=default" title="In bài viết &lt; {esc(story.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=shaper_helixultimate&amp;link={link}" title="Gửi liên kết này tới bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> E-mail</a></li>
</ul></div></div>"""


def article_component(story: Story, printing: bool = False) -> str:
    full = story.opts.get("full")
    full_html = (
        f'<div class="pull-none item-image"><img src="{full}" alt="" itemprop="image"></div>' if full else ""
    )
    share = ""
    related = ""
    if not printing:
        newer = [s for s in _sorted(STORIES) if s.cat == story.cat and _when(s) > _when(story)][-4:]
        if newer:
            lis = "".join(
                f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span class="small">({_when(s):%d/%m/%Y})</span></li>'
                for s in newer
            )
            related = (
                '<div class="related-items"><h3 class="related-title">Tin mới hơn</h3>'
                f'<ul class="relateditems">{lis}</ul></div>'
            )
        share = """<div class="article-social-share"><div class="social-share-icon"><ul>
<li><a class="facebook" href="https://www.facebook.com/sharer.php?u=https://pgdkrongpac.edu.vn/" target="_blank" rel="noopener"><span class="fab fa-facebook"></span></a></li>
<li><a class="twitter" href="https://twitter.com/share?url=https://pgdkrongpac.edu.vn/" target="_blank" rel="noopener"><span class="fab fa-twitter"></span></a></li>
<li><a class="zalo" href="https://sp.zalo.me/share_inline?url=https://pgdkrongpac.edu.vn/" target="_blank" rel="noopener">Zalo</a></li>
</ul></div></div>"""
    tools = "" if printing else icons(story)
    print_btn = (
        '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
        '<span class="icon-print" aria-hidden="true"></span> In</a></div>'
        if printing
        else ""
    )
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
{print_btn}
<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>
{tools}
{info_block(story, createdby=story.opts.get("by"))}
{full_html}
<div itemprop="articleBody">
{render_body(story.blocks)}
</div>
{share}
</div>
{related}"""


def article_page(request: Request, story: Story) -> Response:
    if request.query == PRINT_QUERY:
        body = f"""<!DOCTYPE html>
<html lang="vi-vn"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<title>{esc(story.title)} - {esc(SITE_TITLE)}</title>
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet"></head>
<body class="contentpane modal"><div id="system-message-container"></div>
{article_component(story, printing=True)}
</body></html>"""
        return html(body)
    if request.query:
        return not_found()
    name = CATEGORIES[story.cat]
    trail = [("Tin tức", "/tin-tuc/tin-tuc-su-kien.html"), (name, f"/tin-tuc/{story.cat}.html"), (story.title, None)]
    return page(story.title, article_component(story), trail, "Tin tức")


def ghost_page(request: Request, ghost: Ghost) -> Response:
    name = CATEGORIES[ghost.cat]
    trail = [("Tin tức", "/tin-tuc/tin-tuc-su-kien.html"), (name, f"/tin-tuc/{ghost.cat}.html")]
    if ghost.kind == "deleted":
        comp = """<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div itemprop="articleBody">
<p style="text-align: center;"><strong>Bài viết không tồn tại hoặc đã bị xóa.</strong></p>
</div></div>"""
        return page(name, comp, trail, "Tin tức")
    if ghost.kind == "notfound":
        comp = """<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">Không tìm thấy trang yêu cầu</h2></div>
<div itemprop="articleBody"><p><a href="/">« Quay về trang chủ</a></p></div>
</div>"""
        return page("Không tìm thấy trang yêu cầu", comp, trail, "Tin tức")
    if ghost.kind == "error404":
        comp = """<div class="item-page error-page">
<h1 class="error-code">404 - Không tìm thấy bài viết</h1>
<div itemprop="articleBody">
<p><strong>Bạn không thể truy cập trang này vì:</strong></p>
<ol>
<li>dấu trang/yêu thích đã quá hạn</li>
<li>một máy tìm kiếm có danh sách quá hạn cho trang web này</li>
<li>địa chỉ bị gõ sai</li>
<li>bạn không có quyền truy cập trang này</li>
<li>Không tìm thấy tài nguyên được yêu cầu.</li>
<li>Đã xảy ra lỗi trong khi xử lý yêu cầu của bạn.</li>
</ol>
<p><strong>Xin thử một trong những trang sau:</strong></p>
<div class="search"><form action="/tim-kiem.html" method="get" class="form-inline">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm...">
<button class="button btn btn-primary" type="submit">Tìm kiếm</button>
<input type="hidden" name="task" value="search"></form></div>
<p><a href="/" title="Đi đến trang chủ">Trang chủ</a></p>
<p>Nếu khó khăn vẫn còn, vui lòng liên hệ với quản trị hệ thống của trang web này.</p>
</div></div>"""
        return page("404 - Không tìm thấy bài viết", comp, trail, "Tin tức")
    comp = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">{esc(ghost.title)}</h2></div>
{hits_only(ghost.views())}
<div itemprop="articleBody">
<div class="alert alert-warning"><p>Bạn cần đăng nhập để xem nội dung này</p></div>
<div class="login">
<form action="/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
<fieldset>
<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Tên đăng nhập<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required autofocus></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mật khẩu<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required></div></div>
<div class="control-group"><div class="control-label"><label for="remember">Ghi nhớ</label></div>
<div class="controls"><input id="remember" type="checkbox" name="remember" class="inputbox" value="yes"></div></div>
<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">Đăng nhập</button></div></div>
<input type="hidden" name="return" value="{hashlib.md5(ghost.path.encode()).hexdigest()}">
<input type="hidden" name="{hashlib.md5(b"token").hexdigest()}" value="1">
</fieldset></form></div>
<ul class="nav nav-tabs nav-stacked">
<li><a href="/dang-nhap.html?view=reset">Quên mật khẩu?</a></li>
<li><a href="/dang-nhap.html?view=remind">Quên tên đăng nhập?</a></li>
</ul>
</div></div>"""
    return page(ghost.title, comp, [*trail, (ghost.title, None)], "Tin tức")


def blog_item(item) -> str:
    href = _link_of(item)
    intro = item.intro if isinstance(item, Ghost) else collapse(next(b.text for b in item.blocks if isinstance(b, P)))
    if not isinstance(item, Ghost) and len(intro) > 220:
        intro = intro[:200].rsplit(" ", 1)[0] + "…"
    thumb = ""
    if not isinstance(item, Ghost) and (item.opts.get("full") or item.images):
        src = item.opts.get("full") or item.images[0].src
        thumb = f'<div class="pull-left item-image"><a href="{href}"><img src="{src}" alt="" itemprop="thumbnailUrl" width="180"></a></div>'
    return f"""<div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{href}" itemprop="url">{esc(item.title)}</a></h2></div>
{info_block(item)}
{thumb}
<p>{esc(intro)}</p>
<p class="readmore"><a class="btn" href="{href}" itemprop="url" aria-label="Xem thêm: {esc(item.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Xem thêm: {esc(item.title)}</a></p>
</div>"""


def pagination(base: str, start: int, total: int) -> str:
    pages = (total + PER_PAGE - 1) // PER_PAGE
    if pages <= 1:
        return ""
    cur = start // PER_PAGE + 1
    sep = "&amp;" if "?" in base else "?"

    def href(n: int) -> str:
        return base if n == 1 else f"{base}{sep}start={(n - 1) * PER_PAGE}"

    lis = []
    if cur > 1:
        lis.append(f'<li><a title="Bắt đầu" href="{href(1)}" class="pagenav">Bắt đầu</a></li>')
        lis.append(f'<li><a title="Trước" href="{href(cur - 1)}" class="pagenav">Trước</a></li>')
    else:
        lis.append('<li class="disabled"><a>Bắt đầu</a></li><li class="disabled"><a>Trước</a></li>')
    for n in range(1, pages + 1):
        if n == cur:
            lis.append(f'<li class="active hidden-phone"><a>{n}</a></li>')
        else:
            lis.append(f'<li class="hidden-phone"><a title="{n}" href="{href(n)}" class="pagenav">{n}</a></li>')
    if cur < pages:
        lis.append(f'<li><a title="Tiếp" href="{href(cur + 1)}" class="pagenav">Tiếp</a></li>')
        lis.append(f'<li><a title="Cuối" href="{href(pages)}" class="pagenav">Cuối</a></li>')
    else:
        lis.append('<li class="disabled"><a>Tiếp</a></li><li class="disabled"><a>Cuối</a></li>')
    return (
        f'<div class="pagination"><p class="counter pull-right">Trang {cur} của {pages}</p>'
        f'<ul class="pagination-list">{"".join(lis)}</ul></div>'
    )


def start_of(request: Request) -> int | None:
    params = request.params
    if set(params) - {"start"}:
        return None
    raw = params.get("start", "0")
    if not raw.isdigit() or int(raw) % PER_PAGE:
        return None
    return int(raw)


def blog(items: list, start: int, base: str, heading: str, featured: bool = False) -> str | None:
    if start and start >= len(items):
        return None
    chunk = items[start : start + PER_PAGE]
    rows = "\n".join(
        f'<div class="items-row cols-1 row-{n} row-fluid clearfix"><div class="span12">{blog_item(it)}</div></div>'
        for n, it in enumerate(chunk)
    )
    cls = "blog-featured" if featured else "blog"
    head = "" if featured else f'<div class="page-header"><h1>{esc(heading)}</h1></div>'
    return f"""<div class="{cls}" itemscope itemtype="https://schema.org/Blog">
{head}
<div class="items-leading clearfix"></div>
{rows}
{pagination(base, start, len(items))}
</div>"""


def home(request: Request) -> Response:
    start = start_of(request)
    if start is None:
        return not_found()
    comp = blog(_sorted(STORIES), start, "/", "Trang chủ", featured=True)
    if comp is None:
        return not_found()
    return page("Trang chủ", comp, [], "Trang chủ")


def category(request: Request, key: str) -> Response:
    start = start_of(request)
    if start is None:
        return not_found()
    base = f"/tin-tuc/{key}.html"
    if key == EMPTY_CATEGORY[0]:
        if start:
            return not_found()
        comp = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>{esc(EMPTY_CATEGORY[1])}</h1></div>
<div class="category-desc clearfix"><p>Tin về công tác thi đua, khen thưởng của ngành giáo dục huyện Krông Pắc.</p></div>
<p>Chưa có bài viết nào trong chuyên mục này.</p>
</div>"""
        trail = [("Tin tức", "/tin-tuc/tin-tuc-su-kien.html"), (EMPTY_CATEGORY[1], None)]
        return page(EMPTY_CATEGORY[1], comp, trail, "Tin tức")
    name = CATEGORIES[key]
    items = _sorted([s for s in STORIES if s.cat == key] + [g for g in GHOSTS if g.cat == key])
    comp = blog(items, start, base, name)
    if comp is None:
        return not_found()
    trail = [("Tin tức", "/tin-tuc/tin-tuc-su-kien.html"), (name, None)]
    return page(name if not start else f"{name} - Trang {start // PER_PAGE + 1}", comp, trail, "Tin tức")


def single_page(title: str, body: str, trail, active: str, hits: int | None) -> Response:
    comp = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
{hits_only(hits) if hits is not None else ""}
<div itemprop="articleBody">
{body}
</div></div>"""
    return page(title, comp, trail, active)


STAFF = [
    ("Nguyễn Thị Kim Oanh", "Trưởng phòng", "0905 112 468"),
    ("Trần Thị Mai Phương", "Phó Trưởng phòng", "0914 236 175"),
    ("Phạm Văn Hải", "Phó Trưởng phòng", "0983 407 219"),
    ("Lê Thị Hồng Nhung", "Chuyên viên phụ trách Tiểu học", "0935 558 024"),
    ("Y Sơn Niê", "Chuyên viên phụ trách THCS", "0978 613 442"),
    ("Võ Thị Thanh Tâm", "Chuyên viên phụ trách Mầm non", "0947 290 386"),
    ("Nguyễn Thị Thu Hà", "Kế toán - Văn phòng", "0262 3521 368"),
]

DUTIES = [
    "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện Krông Pắc, có chức năng tham mưu, "
    "giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện; chịu "
    "sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND huyện, đồng thời chịu sự chỉ đạo, kiểm "
    "tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở GD&ĐT Đắk Lắk.",
    "1. Trình UBND huyện ban hành quyết định, chỉ thị, kế hoạch dài hạn, 05 năm và hằng năm về phát triển "
    "giáo dục mầm non, giáo dục tiểu học, giáo dục trung học cơ sở trên địa bàn huyện.",
    "2. Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông "
    "tin, tuyên truyền, phổ biến, giáo dục pháp luật về giáo dục và đào tạo.",
    "3. Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện chương trình, "
    "kế hoạch giáo dục; công tác tuyển sinh, quản lý học sinh, đánh giá và cấp văn bằng, chứng chỉ theo "
    "quy định.",
    "4. Tham mưu với UBND huyện về quy hoạch mạng lưới trường lớp, việc thành lập, sáp nhập, chia, tách, "
    "giải thể các cơ sở giáo dục công lập; cho phép thành lập các cơ sở giáo dục ngoài công lập.",
    "5. Chủ trì, phối hợp với Phòng Nội vụ tham mưu về tuyển dụng, bổ nhiệm, điều động, luân chuyển, đánh "
    "giá, xếp loại đội ngũ cán bộ quản lý, giáo viên, nhân viên các trường trực thuộc.",
    "6. Quản lý, hướng dẫn và kiểm tra việc thực hiện tiêu chuẩn cơ sở vật chất, thiết bị dạy học, kiểm "
    "định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia.",
    "7. Thực hiện công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, "
    "lãng phí trong lĩnh vực giáo dục theo quy định của pháp luật.",
    "8. Thực hiện công tác thống kê, thông tin, báo cáo định kỳ và đột xuất về tình hình giáo dục trên địa "
    "bàn với UBND huyện và Sở GD&ĐT; thực hiện các nhiệm vụ khác do UBND huyện giao.",
]


def static_page(alias: str) -> Response:
    title = STATIC_PAGES[alias]
    trail = [("Giới thiệu", None), (title, None)]
    if alias == "gioi-thieu-chung":
        body = """<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Krông Pắc được thành lập năm 1976, trụ sở đặt tại số 02 Giải Phóng, thị trấn Phước An. Hiện nay Phòng quản lý 96 trường mầm non, tiểu học, trung học cơ sở với gần 48.000 học sinh và hơn 2.600 cán bộ, giáo viên, nhân viên.</p>
<p style="text-align: justify;">Trải qua gần 50 năm xây dựng và phát triển, ngành giáo dục huyện nhà đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba (2006), hạng Nhì (2016); nhiều năm liền được UBND tỉnh tặng Cờ thi đua xuất sắc.</p>
<p style="text-align: center;"><img src="/images/gioi-thieu/tru-so-pgd.jpg" alt="Trụ sở Phòng GD&amp;ĐT" width="600" height="380"></p>"""
        return single_page(title, body, trail, "Giới thiệu", None)
    if alias == "co-cau-to-chuc":
        rows = "\n".join(
            f"<tr><td>{n}</td><td>{esc(name)}</td><td>{esc(post)}</td><td>{esc(phone)}</td></tr>"
            for n, (name, post, phone) in enumerate(STAFF, start=1)
        )
        body = f"""<p>Danh sách lãnh đạo, chuyên viên Phòng Giáo dục và Đào tạo huyện Krông Pắc:</p>
<table class="table table-bordered" border="1" style="width: 100%;"><tbody>
<tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
{rows}
</tbody></table>"""
        return single_page(title, body, trail, "Giới thiệu", 1873)
    paras = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in DUTIES)
    body = f'<p style="text-align: center;"><strong>CHỨC NĂNG, NHIỆM VỤ CỦA PHÒNG GD&amp;ĐT</strong></p>\n{paras}'
    return single_page(title, body, trail, "Giới thiệu", None)


DOC_FIELDS = [
    ("so-ky-hieu", "Số ký hiệu", "512/PGDĐT-CM"),
    ("ngay-ban-hanh", "Ngày ban hành", "20/11/2026"),
    ("co-quan-ban-hanh", "Cơ quan ban hành", "Phòng GD&ĐT huyện Krông Pắc"),
    ("trich-yeu", "Trích yếu", "V/v hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026-2027"),
    ("nguoi-ky", "Người ký", "Trần Thị Mai Phương"),
]
DOC_FILE = "/images/van-ban/2026/512-pgddt-cm.pdf"


def document_page() -> Response:
    fields = "\n".join(
        f'<li class="field-entry {cls}"><span class="field-label">{esc(label)}: </span>'
        f'<span class="field-value">{esc(value)}</span></li>'
        for cls, label, value in DOC_FIELDS
    )
    body = f"""<ul class="fields-container">
{fields}
<li class="field-entry file-dinh-kem"><span class="field-label">File đính kèm: </span>
<span class="field-value"><a href="{DOC_FILE}" target="_blank">512-pgddt-cm.pdf</a> (186 KB)</span></li>
</ul>"""
    trail = [("Văn bản", "/van-ban.html"), ("Công văn số 512/PGDĐT-CM", None)]
    return single_page("Công văn số 512/PGDĐT-CM", body, trail, "Văn bản", 312)


def documents_list() -> Response:
    comp = f"""<div class="category-list"><div class="page-header"><h1>Văn bản</h1></div>
<table class="category table table-striped table-bordered table-hover">
<thead><tr><th>Tiêu đề</th><th>Ngày ban hành</th><th>Lượt xem</th></tr></thead>
<tbody><tr class="cat-list-row0"><td class="list-title"><a href="{DOC_PATH}">Công văn số 512/PGDĐT-CM</a></td>
<td class="list-date small">20/11/2026</td><td class="list-hits"><span class="badge badge-info">Lượt xem: 312</span></td></tr></tbody>
</table></div>"""
    return page("Văn bản", comp, [("Văn bản", None)], "Văn bản")


def qa_page() -> Response:
    title = "Con tôi học lớp 5, có được miễn tiền bán trú không?"
    body = """<p><strong>Người hỏi:</strong> Phụ huynh Nguyễn Văn Hùng (xã Ea Kly)</p>
<p><strong>Câu hỏi:</strong> Gia đình tôi thuộc hộ cận nghèo, con tôi đang học lớp 5 và ăn bán trú tại trường. Xin hỏi cháu có được miễn, giảm tiền bán trú không và thủ tục thế nào?</p>
<p><strong>Trả lời:</strong></p>
<p style="text-align: justify;">Phòng GD&amp;ĐT huyện Krông Pắc trả lời như sau: học sinh tiểu học công lập được miễn học phí theo quy định; riêng tiền ăn bán trú là khoản thu thỏa thuận, không thuộc diện miễn. Tuy nhiên học sinh thuộc hộ cận nghèo ở xã khu vực II được xem xét hỗ trợ tiền ăn theo Nghị định 116/2016/NĐ-CP nếu đáp ứng điều kiện về khoảng cách từ nhà đến trường.</p>
<p style="text-align: justify;">Phụ huynh liên hệ nhà trường để được hướng dẫn làm hồ sơ (đơn đề nghị, giấy chứng nhận hộ cận nghèo) trong tháng 9 hoặc tháng 1 hằng năm.</p>
<p style="text-align: right;"><em>Phòng GD&amp;ĐT Krông Pắc</em></p>"""
    trail = [("Hỏi - Đáp", "/hoi-dap.html"), (title, None)]
    return single_page(title, body, trail, "Hỏi - Đáp", 158)


def qa_list() -> Response:
    comp = f"""<div class="category-list"><div class="page-header"><h1>Hỏi - Đáp</h1></div>
<table class="category table table-striped table-bordered table-hover"><tbody>
<tr class="cat-list-row0"><td class="list-title"><a href="{QA_PATH}">Con tôi học lớp 5, có được miễn tiền bán trú không?</a></td>
<td class="list-hits"><span class="badge badge-info">Lượt xem: 158</span></td></tr></tbody></table>
<p><a class="btn btn-primary" href="/lien-he.html">Gửi câu hỏi</a></p></div>"""
    return page("Hỏi - Đáp", comp, [("Hỏi - Đáp", None)], "Hỏi - Đáp")


def contact_page() -> Response:
    comp = """<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo huyện Krông Pắc</span></h2></div>
<dl class="contact-address dl-horizontal" itemprop="address">
<dd><span class="contact-street">Số 02 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</span></dd>
<dd><span class="contact-telephone">0262 3521 368</span></dd></dl>
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">
<input type="text" name="jform[contact_name]" placeholder="Họ tên"><input type="email" name="jform[contact_email]" placeholder="Email">
<textarea name="jform[contact_message]" rows="8"></textarea><button class="btn btn-primary" type="submit">Gửi</button></form></div>"""
    return page("Liên hệ", comp, [("Liên hệ", None)], "Liên hệ")


def search_page(request: Request) -> Response:
    word = collapse(unquote_plus(request.params.get("searchword", ""))).casefold()
    hits = [s for s in _sorted(STORIES) if word and word in s.title.casefold()]
    rows = "\n".join(
        f'<dt class="result-title">{n}. <a href="{path_of(s)}">{esc(s.title)}</a></dt>'
        f'<dd class="result-category"><span class="small">({esc(CATEGORIES[s.cat])})</span></dd>'
        for n, s in enumerate(hits, start=1)
    )
    comp = f"""<div class="search"><h1 class="page-title">Tìm kiếm</h1>
<div class="searchintro"><p>Tìm kiếm: <span class="badge badge-info">{len(hits)}</span> kết quả.</p></div>
<dl class="search-results">{rows}</dl></div>"""
    return page("Tìm kiếm", comp, [("Tìm kiếm", None)])


def mailto_page() -> Response:
    body = """<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8"><title>Gửi liên kết này tới bạn bè</title></head>
<body class="contentpane modal"><div id="mailto-window"><h2>Gửi liên kết này tới bạn bè.</h2>
<form action="/component/mailto/?task=send" method="post" class="form-validate">
<input type="text" name="mailto" placeholder="Gửi tới email"><input type="text" name="sender" placeholder="Người gửi">
<input type="text" name="from" placeholder="Email của bạn"><input type="text" name="subject" placeholder="Tiêu đề">
<button type="submit" class="button">Gửi</button></form></div></body></html>"""
    return html(body)


ARTICLE_RE = re.compile(r"/tin-tuc/([a-z-]+)/(\d+)-([a-z0-9-]+)\.html")


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/templates/", "/media/", "/modules/")) or path == "/favicon.ico":
            if path == DOC_FILE:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method not in ("GET", "HEAD"):
            return not_found()
        if path in ("/", "/index.php"):
            return home(request)
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)\.html", path):
            key = m.group(1)
            if key in CATEGORIES or key == EMPTY_CATEGORY[0]:
                return category(request, key)
            return not_found()
        if m := ARTICLE_RE.fullmatch(path):
            cat, sid, slug = m.group(1), int(m.group(2)), m.group(3)
            story = BY_ID.get(sid)
            if story and story.slug == slug and story.cat == cat:
                return article_page(request, story)
            ghost = GHOST_BY_ID.get(sid)
            if ghost and ghost.slug == slug and ghost.cat == cat and not request.query:
                return ghost_page(request, ghost)
            return not_found()
        if request.query and path != "/tim-kiem.html" and path != "/component/mailto/":
            return not_found()
        if m := re.fullmatch(r"/gioi-thieu/([a-z-]+)\.html", path):
            return static_page(m.group(1)) if m.group(1) in STATIC_PAGES else not_found()
        if path == DOC_PATH:
            return document_page()
        if path == "/van-ban.html":
            return documents_list()
        if path == QA_PATH:
            return qa_page()
        if path == "/hoi-dap.html":
            return qa_list()
        if path == "/lien-he.html":
            return contact_page()
        if path == "/tim-kiem.html":
            return search_page(request)
        if path == "/component/mailto/":
            return mailto_page()
        return not_found()


def build_site() -> JoomlaSite:
    return JoomlaSite()
