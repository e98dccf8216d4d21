"""Trường Chính trị Lê Hữu Trác tỉnh Hưng Yên: a Laravel 8 vendor CMS (Blade, Bootstrap 4).

Platform
--------
A provincial vendor's Laravel 8 "CMS cổng thông tin" as sold to political schools around 2021-2023:
Blade layouts on Bootstrap 4 (navbar with ``dropdown-toggle`` parents, ``breadcrumb`` /
``breadcrumb-item``, ``media`` list items, Laravel's own ``pagination::bootstrap-4`` view with
absolute page links and a ``?page=1`` link back to the first page), posts written in CKEditor 4
(``config.entities`` left on, image2 plugin for captioned ``<figure class="image">``), pictures
uploaded through laravel-filemanager (``/storage/photos/shares/…``, thumbnails in ``thumbs/``),
files in ``/storage/files/shares/…``, Carbon with the ``vi`` locale for dates, a vendor comment
box (``@csrf`` form), "Tin cùng chuyên mục" under the text and a visitor counter in the sidebar.

URL scheme
----------
- ``/`` home: carousel of the 4 newest posts (``/bai-viet/<id>-<slug>`` links), a block of the
  4 newest posts of each category (``/tin-tuc/<slug>.html`` links), a notice ticker.
- ``/tin-tuc`` all posts, ``/danh-muc/<slug>`` one category; both ``?page=<n>``, 5 a page,
  Laravel's paginator "‹ 1 2 3 ›" with absolute URLs; page 2+ links back to ``?page=1``.
- articles ``/tin-tuc/<slug>.html`` (canonical) and ``/bai-viet/<id>-<slug>`` (same page, same
  ``rel=canonical``); the route reads the id only, so any slug after ``<id>-`` serves the post.
  ``/tin-tuc/<old-slug>.html`` of a renamed post 301s to the new slug. A trailing slash 301s to
  the path without it (Laravel's .htaccess). An unknown ``.html`` slug or id answers 200 with a
  "Bài viết không tồn tại" notice inside the full layout (the vendor's controller).
- ``/tim-kiem?q=`` search (header form, GET), ``simplePaginate``.
- other pages: ``/gioi-thieu/<slug>``, ``/lien-he``, ``/van-ban`` and ``/van-ban/<id>-<slug>``,
  ``/thu-vien-anh`` and ``/thu-vien-anh/<id>-<slug>``, ``/video`` and ``/video/<id>-<slug>``.

Page templates
--------------
Header band (logo, "Thứ Bảy, 05/12/2026", search form), navbar (Trang chủ, Giới thiệu ▾,
Tin tức ▾ with the three categories, Văn bản, Thư viện ▾, Liên hệ), breadcrumb, main column,
sidebar (Thông báo, Đọc nhiều with ``/bai-viet/`` links, Văn bản mới, Liên kết website select,
poll form, visitor counter "Đang online / Hôm nay / Tổng truy cập"), footer with address.
Article: ``article.ctbv`` > ``h1.ctbv-tde``, ``div.ctbv-ttin`` (date span, view count, the CMS
account of the poster), share bar, ``div.ctbv-mta`` (the post's "mô tả" field, when filled),
``div#ndung.ctbv-nd`` (the CKEditor HTML, then the vendor's attachment box *inside* it), tags,
"Cập nhật lần cuối" line, comment box; then "Tin cùng chuyên mục" (3 newest others of the
category) outside the article.

How the gold articles are reached
---------------------------------
Categories: "Tin hoạt động" (6 posts + 1 post filed under Đào tạo - Bồi dưỡng that is also
tagged to it), "Đào tạo - Bồi dưỡng" (4), "Nghiên cứu - Trao đổi" (3). ``/tin-tuc`` has 3 pages
(5, 5, 3). The two oldest "Tin hoạt động" posts (ids 1037, 1030) are linked only from page 2 of
``/danh-muc/tin-hoat-dong`` and page 2 of ``/tin-tuc``; 1040 only from the listings (page 1 of
its category, page 2 of ``/tin-tuc``); the posts of the two smaller categories from their single
category page, the home's category blocks and "Tin cùng chuyên mục"; 1052, 1049, 1046, 1043 also
from the carousel, and 1052, 1046, 1033, 1042, 1035 from "Đọc nhiều" (``/bai-viet/`` form).

Traps
-----
1. Two URL forms and stale slugs (duplicates). Listings and "Tin cùng chuyên mục" link
   ``/tin-tuc/<slug>.html``; the home carousel and the "Đọc nhiều" sidebar link
   ``/bai-viet/<id>-<slug>``; a box inside one text links ``/bai-viet/1043-<old slug>`` (the post
   was renamed; the route ignores the slug) and all serve 200 with the same page.
   Gold: ``path`` = ``/tin-tuc/<slug>.html`` (its ``rel=canonical``), the ``/bai-viet/`` forms in
   ``alt_paths``; one record per post.
2. Carbon's ``diffForHumans`` for recent posts: the header band of posts less than a week old
   prints only "1 ngày trước" / "3 ngày trước", the exact time being in the span's ``title``
   tooltip ("04/12/2026 08:30"). Gold: that exact time, "2026-12-04T08:30:00+07:00".
3. The app runs with ``'timezone' => 'UTC'``: ``article:published_time`` / ``modified_time``
   metas print Laravel's JSON form in UTC ("2026-12-04T01:30:00.000000Z"), seven hours off the
   printed local time; the post printed "00:00" (an imported post) has a meta of the previous
   day 17:00Z. Gold: the local time the page prints (+07:00); the imported post is the day
   alone "2026-10-09" (midnight), not 2026-10-08.
4. Double escaping in ``<title>`` and ``og:title``: titles were saved with ``&quot;`` entities
   and Blade's ``{{ }}`` escapes them again (``&amp;quot;``), and listings print the same
   ``&quot;`` literally; only the ``h1`` (``{!! !!}``) reads right. Gold: the h1's title with
   real quotation marks.
5. CKEditor 4's filling-character sequence (seven U+200B) saved into the text of post 1037,
   once inside a sentence and once as a paragraph of nothing else. Gold: no U+200B in the
   body and no empty paragraph.
6. Lazy images in the text: the vendor's output filter rewrites ``<img src>`` in posts to
   ``src="/frontend/images/lazy-placeholder.gif"`` with the real file in ``data-src`` (posts
   1049, 1040, 1030; the 1030 files have ``%20`` in their names). Gold: the ``data-src`` paths
   as printed, no placeholder.
7. The "mô tả" box above the text: filled by hand it is the sapo (posts 1052, 1046, 1042, 1027:
   ``summary``, and the body's first paragraph, as it is not repeated in the text); left empty
   the vendor fills it with ``Str::limit(strip_tags(content), 160)``, a copy of the start of the
   text cut mid-word with "..." (posts 1049, 1040, 1024). Gold for those: ``summary`` null, the
   body starting with the full first paragraph of the text and not the cut copy.
8. Many-to-many categories: post 1049 is listed under "Tin hoạt động" and "Đào tạo - Bồi
   dưỡng"; its breadcrumb prints "Đào tạo - Bồi dưỡng". Gold: that category. The breadcrumb's
   last item is the title cut to 60 characters with "...", never the category.
9. Widgets inside the text's container ``#ndung``: an editor-inserted "Tin liên quan" box in
   mid-text (post 1042), the vendor's "Tệp đính kèm" box at its end (posts 1033, 1052); the
   comment box (names, dates, comment paragraphs) follows the container. Gold: none of them
   in the body; comment dates are not the publication date.
10. A dead link that answers 200: the "Tin liên quan" box of post 1042 links a removed post
    whose page is the layout with "Bài viết không tồn tại hoặc đã bị gỡ bỏ!". Gold: no record.
11. image2 captions with the photographer appended: ``<figcaption>… <em>(Ảnh: Quang Huy)</em>
    </figcaption>``. Gold: caption without the credit, the name a photographer.
12. Bylines at the top of the research papers (1046, 1024): right-aligned name with degree and
    post on the next line above the text. Gold: the name without degree or post, not body.
    The header band's "bientap01"/"tct_admin" account is nobody.
13. ``og:url`` uses ``APP_URL``, the production host (``https://tct.hungyen.gov.vn/…``), while
    ``rel=canonical`` uses the served host. Gold: canonical is the served ``.html`` path.

Gold decisions on ambiguous points
----------------------------------
- A figcaption "X (Ảnh: Y)" -> caption "X", Y in photographers (Y also counted once if a
  byline names them). A caption that is only "Ảnh: Y" would be None (none here).
- The hand-filled "mô tả" box is the sapo even when it is a plain ``<p>`` inside a bold div.
- "Tin: X - Ảnh: Y" -> authors [X], photographers [Y]; "Tin, ảnh: X" -> X in both.
- A byline "Name (Chi bộ …)" -> the name alone.
- The references "Tài liệu tham khảo" of the research papers and their entries are body; the
  footnote calls "[1]" stay in their sentences.
- A unit signing alone at the end, right-aligned ("Phòng Quản lý đào tạo") is the author.
- "Nguồn: Báo Hưng Yên" / "Theo Cổng thông tin điện tử …" closing lines -> source.
- Table rows are paragraphs, cells joined by " | "; list items are paragraphs.
"""

from __future__ import annotations

import datetime as _dt
import re
from html.entities import codepoint2name
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "laravel_vendor_cms_tct"
PLATFORM = "Laravel 8 vendor CMS (Blade, Bootstrap 4, CKEditor 4 image2, laravel-filemanager)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị Lê Hữu Trác tỉnh Hưng Yên"
APP_URL = "https://tct.hungyen.gov.vn"
TODAY_PRINTED = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
ZW = "\u200b" * 7

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
}

# --- the posts -------------------------------------------------------------------------------

IMG = "/storage/photos/shares"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align:right">{inner}</p>')


STORIES: list[Story] = [
    Story(
        id=1052,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-k46-he-khong-tap-trung-tai-huyen-van-lam",
        title="Khai giảng lớp Trung cấp lý luận chính trị K46 hệ không tập trung tại huyện Văn Lâm",
        cat="tin-hoat-dong",
        published_at="2026-12-04T08:30:00+07:00",
        summary=(
            "Sáng 04/12, tại Trung tâm Chính trị huyện Văn Lâm, Trường Chính trị Lê Hữu Trác tổ "
            "chức Lễ khai giảng lớp Trung cấp lý luận chính trị K46 hệ không tập trung cho 82 "
            "học viên là cán bộ, công chức cấp huyện và cấp xã."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Vũ Đình Hải, Hiệu trưởng Nhà trường; đồng chí Lê Văn "
                "Thịnh, Phó Bí thư Thường trực Huyện ủy Văn Lâm; lãnh đạo Ban Tuyên giáo Huyện ủy, "
                "Trung tâm Chính trị huyện cùng toàn thể học viên của lớp."
            ),
            Img(
                f"{IMG}/2026/12/khai-giang-k46-van-lam-1.jpg",
                "TS. Vũ Đình Hải, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "TS. Vũ Đình Hải, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                style="fig",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh: chương trình Trung cấp lý "
                "luận chính trị được thiết kế nhằm trang bị cho học viên những kiến thức cơ bản, hệ "
                "thống về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, quan điểm, đường lối của Đảng, "
                "chính sách, pháp luật của Nhà nước; đồng thời bồi dưỡng kỹ năng lãnh đạo, quản lý "
                "gắn với thực tiễn cơ sở."
            ),
            P(
                "Khóa học kéo dài 8 tháng, gồm 4 phần học với 19 học phần, được tổ chức học vào "
                "các ngày thứ Năm, thứ Sáu và thứ Bảy hằng tuần. Ngoài thời gian học trên lớp, học "
                "viên sẽ đi nghiên cứu thực tế tại một số địa phương trong và ngoài tỉnh, viết tiểu "
                "luận và làm bài thi tốt nghiệp theo quy định."
            ),
            P(
                "Đồng chí đề nghị các học viên xác định rõ động cơ, thái độ học tập đúng đắn, chấp "
                "hành nghiêm Quy chế học viên của Nhà trường, tích cực trao đổi, thảo luận, liên hệ "
                "những vấn đề lý luận với thực tiễn công tác tại cơ quan, đơn vị mình."
            ),
            Img(
                f"{IMG}/2026/12/khai-giang-k46-van-lam-2.jpg",
                "Các học viên lớp Trung cấp lý luận chính trị K46 dự lễ khai giảng",
                "Các học viên lớp Trung cấp lý luận chính trị K46 dự lễ khai giảng",
                style="fig",
            ),
            P(
                "Thay mặt học viên, đồng chí Nguyễn Thị Thu, Phó Chủ tịch UBND xã Lạc Đạo, lớp "
                "trưởng, hứa sẽ cùng tập thể lớp đoàn kết, nỗ lực phấn đấu hoàn thành tốt chương "
                "trình học tập, xứng đáng với sự quan tâm của cấp ủy, chính quyền địa phương."
            ),
            _right("<strong>Tin, ảnh: Phạm Thu Trang</strong>"),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Phạm Thu Trang"],
        opts={
            "dt": "2026-12-04 08:30",
            "rel": "1 ngày trước",
            "poster": "bientap01",
            "desc": "hand",
            "files": [("Chuong-trinh-TCLLCT-K46-Van-Lam.pdf", "186 KB")],
            "comments": [
                (
                    "Trần Văn Khải",
                    "04/12/2026 20:41",
                    "Chúc các đồng chí học viên lớp K46 học tập tốt, hoàn thành khóa học đạt kết "
                    "quả cao!",
                ),
                (
                    "Lê Thị Ngọc Ánh",
                    "05/12/2026 07:12",
                    "Lớp học mở tại huyện giúp anh chị em cán bộ cơ sở đỡ vất vả đi lại, rất thiết "
                    "thực.",
                ),
            ],
            "tags": ["khai giảng", "trung cấp lý luận chính trị", "Văn Lâm"],
            "thumb": "khai-giang-k46-van-lam-1.jpg",
        },
    ),
    Story(
        id=1049,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-12-02T16:00:00+07:00",
        blocks=[
            P(
                "Chiều 02/12, Trường Chính trị Lê Hữu Trác phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ "
                "chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm "
                "2026. Lớp học có 96 học viên là trưởng thôn, tổ trưởng tổ dân phố, chi hội trưởng "
                "các đoàn thể và đảng viên mới của các xã, phường trên địa bàn thành phố Hưng Yên."
            ),
            P(
                "Trong thời gian 5 ngày, các học viên đã được nghiên cứu 9 chuyên đề về quan điểm "
                "của Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công tác "
                "phòng, chống \"diễn biến hòa bình\", bạo loạn lật đổ; bảo vệ chủ quyền biển, đảo; "
                "phòng, chống tội phạm sử dụng công nghệ cao và xây dựng phong trào toàn dân bảo vệ "
                "an ninh Tổ quốc ở cơ sở."
            ),
            Img(
                f"{IMG}/2026/12/be-giang-qpan-dt4-1.jpg",
                "Đại tá Nguyễn Quang Vinh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho các học viên",
                "Đại tá Nguyễn Quang Vinh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho các học viên",
                style="lazyfig",
            ),
            P("Kết thúc khóa học, 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó:"),
            P("Loại giỏi: 41 học viên, chiếm 42,7%;", "li"),
            P("Loại khá: 50 học viên, chiếm 52,1%;", "li"),
            P("Loại trung bình: 5 học viên, chiếm 5,2%.", "li"),
            P(
                "Phát biểu bế giảng, đồng chí Phó Hiệu trưởng Nhà trường ghi nhận tinh thần học tập "
                "nghiêm túc của các học viên và đề nghị mỗi học viên sau khi trở về địa phương tích "
                "cực tuyên truyền, vận động nhân dân chấp hành tốt các chủ trương, chính sách về quốc "
                "phòng, an ninh, góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội ngay từ "
                "cơ sở."
            ),
            Img(
                f"{IMG}/2026/12/be-giang-qpan-dt4-2.jpg",
                "Các học viên chụp ảnh lưu niệm cùng lãnh đạo Nhà trường",
                "Các học viên chụp ảnh lưu niệm cùng lãnh đạo Nhà trường",
                style="lazyfig",
            ),
            _right("<em>Tin: Nguyễn Mạnh Cường - Ảnh: Đỗ Hải Yến</em>"),
        ],
        authors=["Nguyễn Mạnh Cường"],
        photographers=["Đỗ Hải Yến"],
        opts={
            "dt": "2026-12-02 16:00",
            "rel": "3 ngày trước",
            "poster": "tct_admin",
            "desc": "auto",
            "also": ["tin-hoat-dong"],
            "tags": ["quốc phòng an ninh", "đối tượng 4"],
            "thumb": "be-giang-qpan-dt4-1.jpg",
            "upd": "03/12/2026 07:58",
        },
    ),
    Story(
        id=1046,
        slug="nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
        title=(
            "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương ở "
            "Trường Chính trị Lê Hữu Trác"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-25T09:15:00+07:00",
        summary=(
            "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong giảng dạy lý luận chính trị. "
            "Bài viết phân tích thực trạng và đề xuất một số giải pháp nhằm đưa thực tiễn tỉnh "
            "Hưng Yên vào bài giảng của đội ngũ giảng viên Trường Chính trị Lê Hữu Trác."
        ),
        sapo_outside=True,
        blocks=[
            _right(
                "<strong><em>ThS. Đỗ Văn Tuấn</em></strong><br />"
                "<em>Trưởng khoa Xây dựng Đảng</em>"
            ),
            P("1. Sự cần thiết gắn giảng dạy lý luận chính trị với thực tiễn địa phương", "h3"),
            P(
                "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng xác định phải \"đổi mới mạnh mẽ "
                "nội dung, chương trình, phương pháp đào tạo, bồi dưỡng cán bộ theo hướng thiết "
                "thực, hiệu quả, gắn lý luận với thực tiễn\"[1]. Đối với các trường chính trị tỉnh, "
                "học viên phần lớn là cán bộ đang công tác ở cấp huyện, cấp xã, vì vậy nhu cầu được "
                "giải đáp những vấn đề đặt ra từ chính địa phương mình là rất lớn."
            ),
            P(
                "Thực tiễn tỉnh Hưng Yên những năm gần đây có nhiều chuyển biến: tốc độ công nghiệp "
                "hóa nhanh, các khu công nghiệp mở rộng, cơ cấu lao động nông thôn thay đổi, kéo theo "
                "những vấn đề mới về đất đai, môi trường, an ninh trật tự và công tác dân vận. Đây là "
                "nguồn tư liệu quý để giảng viên minh họa, làm sáng tỏ các nội dung lý luận."
            ),
            P("2. Thực trạng", "h3"),
            P(
                "Qua khảo sát 312 học viên các lớp Trung cấp lý luận chính trị năm 2025 - 2026, có "
                "78,5% học viên đánh giá bài giảng đã liên hệ tốt với thực tiễn địa phương; tuy "
                "nhiên vẫn còn 21,5% cho rằng phần liên hệ còn chung chung, số liệu chưa được cập "
                "nhật[2]. Một số giảng viên trẻ chưa có nhiều kinh nghiệm thực tế ở cơ sở nên lúng "
                "túng khi trả lời các câu hỏi của học viên."
            ),
            P("3. Một số giải pháp", "h3"),
            P(
                "Một là, định kỳ tổ chức cho giảng viên đi thực tế tại các sở, ngành, địa phương "
                "trong tỉnh; mỗi giảng viên có ít nhất một chuyên đề thực tế trong năm gắn với "
                "môn học mình phụ trách."
            ),
            P(
                "Hai là, xây dựng ngân hàng tư liệu thực tiễn của tỉnh dùng chung cho các khoa, "
                "được cập nhật sau mỗi kỳ họp Hội đồng nhân dân tỉnh và mỗi hội nghị Ban Chấp hành "
                "Đảng bộ tỉnh."
            ),
            P(
                "Ba là, đổi mới phương pháp giảng dạy theo hướng nêu vấn đề, tình huống, mời báo cáo "
                "viên là lãnh đạo các sở, ngành trực tiếp trao đổi với học viên về những vấn đề "
                "nóng của địa phương."
            ),
            P("Tài liệu tham khảo", "b"),
            P(
                "[1] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. "
                "Chính trị quốc gia Sự thật, Hà Nội, 2021, t.I, tr.169."
            ),
            P(
                "[2] Trường Chính trị Lê Hữu Trác: Báo cáo kết quả khảo sát học viên năm học "
                "2025 - 2026, Hưng Yên, 2026."
            ),
        ],
        authors=["Đỗ Văn Tuấn"],
        opts={
            "dt": "2026-11-25 09:15",
            "poster": "bientap01",
            "desc": "hand",
            "tags": ["nghiên cứu khoa học", "phương pháp giảng dạy"],
            "thumb": "nckh-giang-day-thuc-tien.jpg",
        },
    ),
    Story(
        id=1043,
        slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, viên chức, người lao động năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-11-20T14:00:00+07:00",
        blocks=[
            P(
                "Sáng 20/11, Trường Chính trị Lê Hữu Trác tổ chức Hội nghị cán bộ, viên chức, người "
                "lao động năm học 2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học vừa "
                "qua, bàn biện pháp thực hiện nhiệm vụ năm học mới."
            ),
            Img(
                f"{IMG}/2026/11/hoi-nghi-vc-2026-1.jpg",
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                style="pcap",
            ),
            P(
                "Năm học 2025 - 2026, Nhà trường đã mở 27 lớp đào tạo, bồi dưỡng với hơn 2.600 lượt "
                "học viên, vượt 8% kế hoạch; tổ chức thành công 01 hội thảo khoa học cấp tỉnh và 04 "
                "đề tài khoa học cấp cơ sở. Tập thể Nhà trường được UBND tỉnh tặng Bằng khen vì có "
                "thành tích xuất sắc trong công tác đào tạo, bồi dưỡng cán bộ."
            ),
            P(
                "Hội nghị đã thảo luận, thống nhất các chỉ tiêu chủ yếu năm học 2026 - 2027:"
            ),
            P("Mở từ 25 đến 30 lớp đào tạo, bồi dưỡng các loại;", "li"),
            P("100% giảng viên thực hiện đủ định mức giờ giảng và đi thực tế theo quy định;", "li"),
            P("Phấn đấu có 01 đề tài khoa học cấp tỉnh được nghiệm thu.", "li"),
            P(
                "Tại Hội nghị, cán bộ, viên chức đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 "
                "và ký giao ước thi đua giữa các khoa, phòng."
            ),
            _right("<strong>Phòng Tổ chức - Hành chính</strong>"),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={
            "dt": "2026-11-20 14:00",
            "poster": "tct_admin",
            "desc": None,
            "old_slug": "hoi-nghi-can-bo-vien-chuc-nam-hoc-2026-2027",
            "tags": ["hội nghị viên chức"],
            "thumb": "hoi-nghi-vc-2026-1.jpg",
            "upd": "21/11/2026 10:05",
        },
    ),
    Story(
        id=1042,
        slug="truong-chinh-tri-le-huu-trac-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường Chính trị Lê Hữu Trác long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-hoat-dong",
        published_at="2026-11-19T20:10:00+07:00",
        summary=(
            "Chiều 19/11, Trường Chính trị Lê Hữu Trác tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026) và tôn vinh các nhà giáo tiêu biểu năm học "
            "2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự và chúc mừng Nhà trường có đồng chí Phó Trưởng ban Tuyên giáo và Dân vận "
                "Tỉnh ủy, lãnh đạo Sở Nội vụ, Sở Giáo dục và Đào tạo cùng các thế hệ nhà giáo đã "
                "nghỉ hưu."
            ),
            Img(
                f"{IMG}/2026/11/ky-niem-20-11-2026-1.jpg",
                "Các đại biểu dự Lễ kỷ niệm",
                "Các đại biểu dự Lễ kỷ niệm",
                style="fig",
            ),
            P(
                "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng khẳng định: "
                "trải qua các thời kỳ xây dựng và phát triển, đội ngũ cán bộ, giảng viên Nhà trường "
                "luôn giữ vững phẩm chất chính trị, tận tụy với nghề, góp phần đào tạo hàng vạn cán "
                "bộ cho hệ thống chính trị của tỉnh."
            ),
            Raw(
                '<div class="box-tlq" style="border:1px solid #ccc;padding:8px 12px;margin:10px 0;'
                'background:#f7f7f7"><p><strong>Tin liên quan:</strong></p><ul>'
                '<li><a href="/bai-viet/1043-hoi-nghi-can-bo-vien-chuc-nam-hoc-2026-2027">'
                "Hội nghị cán bộ, viên chức năm học 2026 - 2027</a></li>"
                '<li><a href="/tin-tuc/hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026.html">'
                "Hội thi giảng viên dạy giỏi cấp trường năm 2026</a></li></ul></div>"
            ),
            P(
                "Năm học 2025 - 2026, Nhà trường có 02 giảng viên đạt giải Nhì, giải Ba Hội thi "
                "giảng viên dạy giỏi các trường chính trị khu vực đồng bằng sông Hồng; 06 giảng "
                "viên được công nhận giảng viên dạy giỏi cấp trường."
            ),
            P(
                "Dịp này, Nhà trường đã trao Giấy khen cho 09 tập thể và 21 cá nhân có thành tích "
                "xuất sắc trong năm học, đồng thời tặng quà các nhà giáo lão thành."
            ),
            _right("<strong>Thu Trang</strong>"),
        ],
        authors=["Thu Trang"],
        opts={
            "dt": "2026-11-19 20:10",
            "poster": "bientap01",
            "desc": "hand",
            "tags": ["20/11", "Ngày Nhà giáo Việt Nam"],
            "thumb": "ky-niem-20-11-2026-1.jpg",
        },
    ),
    Story(
        id=1040,
        slug="cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-chao-mung-ngay-nha-giao-viet-nam",
        title="Công đoàn Trường tổ chức Giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-18T16:20:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 16 đến 18/11, Công đoàn "
                "Trường Chính trị Lê Hữu Trác tổ chức Giải bóng chuyền hơi năm 2026 với sự tham gia "
                "của 06 đội đến từ các khoa, phòng."
            ),
            P(
                "Giải được tổ chức theo thể thức đấu vòng tròn một lượt tính điểm, mỗi đội có ít "
                "nhất 02 vận động viên nữ trên sân. Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện "
                "tinh thần đoàn kết, giao lưu giữa các đơn vị."
            ),
            Img(
                f"{IMG}/2026/11/bong-chuyen-hoi-2026-1.jpg",
                "Trận chung kết giữa đội Khoa Lý luận cơ sở và đội Phòng Quản lý đào tạo (Ảnh: Minh Đức)",
                "Trận chung kết giữa đội Khoa Lý luận cơ sở và đội Phòng Quản lý đào tạo",
                style="lazyfig-credit",
            ),
            P(
                "Kết quả, đội Khoa Lý luận cơ sở giành giải Nhất; giải Nhì thuộc về đội Phòng Quản "
                "lý đào tạo; đồng giải Ba là đội Khoa Xây dựng Đảng và đội Khoa Nhà nước và pháp "
                "luật."
            ),
            P(
                "Ban Tổ chức cũng trao giải phong cách cho đội Phòng Tổ chức - Hành chính, đội có "
                "nhiều cổ động viên nhất."
            ),
            _right("<em>Minh Đức</em>"),
        ],
        authors=["Minh Đức"],
        photographers=["Minh Đức"],
        opts={
            "dt": "2026-11-18 16:20",
            "poster": "congdoan",
            "desc": "auto",
            "comments": [
                (
                    "Phạm Hồng Nhung",
                    "18/11/2026 21:03",
                    "Giải năm nay vui quá, chúc mừng Khoa Lý luận cơ sở!",
                ),
            ],
            "tags": ["công đoàn", "thể thao"],
            "thumb": "bong-chuyen-hoi-2026-1.jpg",
        },
    ),
    Story(
        id=1037,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-tu-hoc-tu-ren-theo-guong-bac",
        title='Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề "Tự học, tự rèn theo tấm gương Bác Hồ"',
        cat="tin-hoat-dong",
        published_at="2026-11-12T15:45:00+07:00",
        blocks=[
            P(
                "Chiều 11/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026 "
                "với chủ đề \"Tự học, tự rèn theo tấm gương Bác Hồ\".",
                "zw",
            ),
            Raw(f"<p>{ZW}</p>"),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã trình bày những nội dung cơ bản của tư "
                "tưởng Hồ Chí Minh về tự học: học ở trường, học ở sách vở, học lẫn nhau và học nhân "
                "dân; học suốt đời, \"học hỏi là một việc phải tiếp tục suốt đời\"."
            ),
            Img(
                f"{IMG}/2026/11/chi-bo-xdd-chuyen-de-q4.jpg",
                "Đảng viên Chi bộ Khoa Xây dựng Đảng thảo luận tại buổi sinh hoạt",
                "Đảng viên Chi bộ Khoa Xây dựng Đảng thảo luận tại buổi sinh hoạt",
                style="fig",
            ),
            P(
                "Các đảng viên đã thảo luận sôi nổi, liên hệ bản thân trong việc tự nghiên cứu, cập "
                "nhật kiến thức mới, nâng cao trình độ ngoại ngữ, tin học để đáp ứng yêu cầu chuyển "
                "đổi số trong giảng dạy.",
                "zw",
            ),
            P(
                "Kết luận buổi sinh hoạt, Chi bộ đề ra 03 nhiệm vụ trọng tâm: mỗi đảng viên đăng ký "
                "một nội dung tự học cụ thể; tổ chức dự giờ, góp ý bài giảng hằng tháng; đưa kết quả "
                "tự học vào tiêu chí đánh giá, xếp loại đảng viên cuối năm."
            ),
            _right("<strong>Nguyễn Thị Thanh Hoa</strong> (Chi bộ Khoa Xây dựng Đảng)"),
        ],
        authors=["Nguyễn Thị Thanh Hoa"],
        opts={
            "dt": "2026-11-12 15:45",
            "poster": "bientap01",
            "desc": None,
            "tags": ["chi bộ", "học tập và làm theo Bác"],
            "thumb": "chi-bo-xdd-chuyen-de-q4.jpg",
        },
    ),
    Story(
        id=1035,
        slug="hoi-thao-khoa-hoc-di-san-y-hoc-cua-hai-thuong-lan-ong-le-huu-trac",
        title=(
            'Hội thảo khoa học "Di sản y học của Hải Thượng Lãn Ông Lê Hữu Trác với giáo dục y '
            'đức hiện nay"'
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-08T14:30:00+07:00",
        blocks=[
            P(
                "Ngày 07/11, Trường Chính trị Lê Hữu Trác phối hợp với Sở Y tế và Hội Đông y tỉnh "
                "tổ chức Hội thảo khoa học \"Di sản y học của Hải Thượng Lãn Ông Lê Hữu Trác với "
                "giáo dục y đức hiện nay\", nhân kỷ niệm 306 năm Ngày sinh danh y (1720 - 2026)."
            ),
            P(
                "Hội thảo nhận được 34 bài tham luận của các nhà khoa học, thầy thuốc, giảng viên "
                "trong và ngoài tỉnh, trong đó 9 tham luận được trình bày trực tiếp. Các ý kiến tập "
                "trung làm rõ tư tưởng \"y đức\" trong bộ Hải Thượng y tông tâm lĩnh, giá trị của "
                "9 điều y huấn cách ngôn và ý nghĩa của di sản đối với việc rèn luyện đạo đức người "
                "thầy thuốc hôm nay."
            ),
            Img(
                f"{IMG}/2026/11/hoi-thao-hai-thuong-lan-ong-1.jpg",
                "PGS.TS Trần Văn Thuấn trình bày tham luận tại Hội thảo (Ảnh: Ngọc Lan)",
                "PGS.TS Trần Văn Thuấn trình bày tham luận tại Hội thảo",
                style="fig-credit",
            ),
            P("Cơ cấu tham luận gửi Hội thảo:"),
            P("Nhóm tác giả | Số tham luận", "trh"),
            P("Trường Chính trị Lê Hữu Trác | 12", "tr"),
            P("Ngành Y tế tỉnh Hưng Yên | 14", "tr"),
            P("Các học viện, trường đại học | 8", "tr"),
            P(
                "Phát biểu bế mạc, đồng chí Hiệu trưởng Nhà trường cho biết các tham luận sẽ được "
                "biên tập, xuất bản thành kỷ yếu và là nguồn tư liệu để Nhà trường đưa nội dung giáo "
                "dục truyền thống quê hương vào các chương trình bồi dưỡng."
            ),
            _right("<strong>Ngọc Lan</strong>"),
            Raw("<p><em>Nguồn: Báo Hưng Yên</em></p>"),
        ],
        authors=["Ngọc Lan"],
        photographers=["Ngọc Lan"],
        source="Báo Hưng Yên",
        opts={
            "dt": "2026-11-08 14:30",
            "poster": "tct_admin",
            "desc": None,
            "tags": ["hội thảo khoa học", "Hải Thượng Lãn Ông"],
            "thumb": "hoi-thao-hai-thuong-lan-ong-1.jpg",
        },
    ),
    Story(
        id=1033,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-47",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 47",
        cat="dao-tao-boi-duong",
        published_at="2026-11-05T09:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, "
                "Trường Chính trị Lê Hữu Trác thông báo tuyển sinh lớp Trung cấp lý luận chính trị "
                "hệ tập trung khóa 47 như sau:"
            ),
            P("1. Đối tượng", "b"),
            P(
                "Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp "
                "phòng và tương đương ở cấp tỉnh, cấp huyện; cán bộ chủ chốt cấp xã chưa có trình "
                "độ trung cấp lý luận chính trị."
            ),
            P("2. Điều kiện", "b"),
            P("Là đảng viên chính thức;", "li"),
            P("Có trình độ chuyên môn từ trung cấp trở lên;", "li"),
            P("Tuổi đời không quá 45 đối với nam và không quá 40 đối với nữ tính đến ngày nhập học.", "li"),
            P("3. Thời gian", "b"),
            P("Nội dung | Thời gian", "trh"),
            P("Nhận hồ sơ | Từ 10/11 đến 30/12/2026", "tr"),
            P("Khai giảng | Ngày 12/01/2027", "tr"),
            P("Thời gian học | 06 tháng, học tập trung tại Trường", "tr"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo, Trường Chính trị Lê Hữu Trác. Điện thoại liên "
                "hệ: 0221.3863.217."
            ),
            _right("<strong>Phòng Quản lý đào tạo</strong>"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "dt": "2026-11-05 09:00",
            "poster": "tct_admin",
            "desc": None,
            "files": [
                ("TB-tuyen-sinh-TCLLCT-K47.pdf", "312 KB"),
                ("Mau-ho-so-du-tuyen-K47.pdf", "95 KB"),
            ],
            "tags": ["tuyển sinh", "trung cấp lý luận chính trị"],
            "thumb": "tuyen-sinh-k47.jpg",
        },
    ),
    Story(
        id=1030,
        slug="doan-cong-tac-truong-chinh-tri-le-huu-trac-lam-viec-voi-truong-chinh-tri-tinh-thai-binh",
        title="Đoàn công tác Trường Chính trị Lê Hữu Trác làm việc với Trường Chính trị tỉnh Thái Bình",
        cat="tin-hoat-dong",
        published_at="2026-10-28T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 27/10, đoàn công tác Trường Chính trị Lê Hữu Trác do đồng chí Hiệu trưởng làm "
                "trưởng đoàn đã đến thăm, trao đổi kinh nghiệm với Trường Chính trị tỉnh Thái Bình."
            ),
            Img(f"{IMG}/2026/10/Thai%20Binh%2001.jpg", None, None, style="lazy"),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi về công tác xây dựng trường chính trị chuẩn "
                "mức 1, đổi mới phương pháp giảng dạy, ứng dụng công nghệ thông tin trong quản lý đào "
                "tạo và công tác nghiên cứu khoa học của giảng viên."
            ),
            P(
                "Lãnh đạo Trường Chính trị tỉnh Thái Bình chia sẻ kinh nghiệm xây dựng phần mềm quản "
                "lý học viên, ngân hàng đề thi trực tuyến và mô hình \"giảng viên phụ trách địa "
                "bàn\" giúp giảng viên gắn bó hơn với cơ sở."
            ),
            Img(
                f"{IMG}/2026/10/Thai%20Binh%2002.jpg",
                "Hai đoàn chụp ảnh lưu niệm",
                "Hai đoàn chụp ảnh lưu niệm",
                style="lazy",
            ),
            P(
                "Kết thúc chuyến công tác, hai trường thống nhất ký kết chương trình phối hợp giai "
                "đoạn 2026 - 2030 về trao đổi giảng viên, báo cáo viên và tổ chức hội thảo khoa học "
                "chung."
            ),
            _right("<em>Tin, ảnh: Đỗ Hải Yến</em>"),
        ],
        authors=["Đỗ Hải Yến"],
        photographers=["Đỗ Hải Yến"],
        opts={
            "dt": "2026-10-28 10:00",
            "poster": "bientap01",
            "desc": None,
            "tags": ["hợp tác", "Thái Bình"],
            "thumb": "Thai%20Binh%2001.jpg",
        },
    ),
    Story(
        id=1027,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-dien-bien",
        title="Học viên lớp Cao cấp lý luận chính trị hệ không tập trung đi nghiên cứu thực tế tại tỉnh Điện Biên",
        cat="dao-tao-boi-duong",
        published_at="2026-10-22T07:45:00+07:00",
        summary=(
            "Từ ngày 18 đến 21/10, 74 học viên lớp Cao cấp lý luận chính trị hệ không tập trung "
            "tỉnh Hưng Yên đã đi nghiên cứu thực tế tại tỉnh Điện Biên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã đến dâng hương tại Đền thờ liệt sĩ chiến trường Điện Biên Phủ, thăm Di tích "
                "Đồi A1, Hầm chỉ huy Chiến dịch và Bảo tàng Chiến thắng lịch sử Điện Biên Phủ."
            ),
            Img(
                f"{IMG}/2026/10/dien-bien-cc-1.jpg",
                "Đoàn học viên dâng hương tại Đền thờ liệt sĩ chiến trường Điện Biên Phủ (Ảnh: Quang Huy)",
                "Đoàn học viên dâng hương tại Đền thờ liệt sĩ chiến trường Điện Biên Phủ",
                style="fig-credit",
            ),
            P(
                "Tại buổi làm việc với Ban Tuyên giáo Tỉnh ủy Điện Biên, học viên được nghe giới "
                "thiệu về tình hình phát triển kinh tế - xã hội, công tác giảm nghèo bền vững và "
                "giữ gìn bản sắc văn hóa các dân tộc của tỉnh."
            ),
            P(
                "Đoàn cũng đã khảo sát mô hình du lịch cộng đồng tại bản Mường Phăng và mô hình "
                "trồng cà phê gắn với chế biến sâu tại huyện Mường Ảng."
            ),
            Img(
                f"{IMG}/2026/10/dien-bien-cc-2.jpg",
                "Học viên tìm hiểu mô hình du lịch cộng đồng tại bản Mường Phăng",
                "Học viên tìm hiểu mô hình du lịch cộng đồng tại bản Mường Phăng",
                style="fig",
            ),
            P(
                "Chuyến nghiên cứu thực tế giúp học viên có thêm tư liệu để hoàn thành tiểu luận "
                "cuối khóa, đồng thời là dịp để giáo dục truyền thống cách mạng cho cán bộ."
            ),
            _right("<strong>Quang Huy</strong>"),
        ],
        authors=["Quang Huy"],
        photographers=["Quang Huy"],
        opts={
            "dt": "2026-10-22 07:45",
            "poster": "bientap01",
            "desc": "hand",
            "tags": ["cao cấp lý luận chính trị", "nghiên cứu thực tế"],
            "thumb": "dien-bien-cc-1.jpg",
        },
    ),
    Story(
        id=1024,
        slug="phat-huy-vai-tro-nguoi-dung-dau-cap-uy-co-so-trong-cong-tac-xay-dung-dang",
        title=(
            "Phát huy vai trò người đứng đầu cấp ủy cơ sở trong công tác xây dựng Đảng ở tỉnh "
            "Hưng Yên hiện nay"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-15T10:30:00+07:00",
        blocks=[
            _right(
                "<strong>TS. Nguyễn Thị Hồng Nhung</strong><br />"
                "<em>Phó Hiệu trưởng Nhà trường</em>"
            ),
            P(
                "Người đứng đầu cấp ủy cơ sở có vai trò quyết định đến chất lượng lãnh đạo của tổ "
                "chức cơ sở đảng. Thực tiễn ở tỉnh Hưng Yên cho thấy, nơi nào bí thư cấp ủy gương "
                "mẫu, sâu sát thì nơi đó tổ chức đảng vững mạnh, nhân dân đồng thuận."
            ),
            P("Thực trạng", "h3"),
            P(
                "Toàn tỉnh hiện có hơn 800 tổ chức cơ sở đảng. Kết quả đánh giá, xếp loại chất "
                "lượng những năm gần đây như sau:"
            ),
            P("Năm | Số tổ chức cơ sở đảng | Hoàn thành xuất sắc nhiệm vụ", "trh"),
            P("2023 | 812 | 19,8%", "tr"),
            P("2024 | 809 | 20,6%", "tr"),
            P("2025 | 806 | 21,3%", "tr"),
            P(
                "Bên cạnh kết quả đạt được, vẫn còn một số bí thư cấp ủy cơ sở chưa thực sự chủ "
                "động, còn né tránh va chạm trong tự phê bình và phê bình; việc nắm bắt tâm tư của "
                "đảng viên và nhân dân có lúc chưa kịp thời."
            ),
            P("Giải pháp", "h3"),
            P(
                "Thứ nhất, cụ thể hóa trách nhiệm nêu gương của người đứng đầu bằng các quy định "
                "của cấp ủy cấp trên, gắn với đánh giá cán bộ hằng năm."
            ),
            P(
                "Thứ hai, đổi mới nội dung bồi dưỡng bí thư cấp ủy cơ sở tại Trường Chính trị theo "
                "hướng tăng kỹ năng xử lý tình huống, kỹ năng dân vận và chuyển đổi số."
            ),
            P(
                "Thứ ba, tăng cường kiểm tra, giám sát, kịp thời thay thế những người đứng đầu yếu "
                "về năng lực, giảm sút uy tín."
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "dt": "2026-10-15 10:30",
            "poster": "bientap01",
            "desc": "auto",
            "tags": ["xây dựng Đảng", "người đứng đầu"],
            "thumb": "nguoi-dung-dau-cap-uy.jpg",
        },
    ),
    Story(
        id=1021,
        slug="boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-mat-tran-co-so-nam-2026",
        title="Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ Mặt trận cơ sở năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-10-09",
        blocks=[
            P(
                "Từ ngày 06 đến 08/10, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Trường Chính trị Lê "
                "Hữu Trác mở lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 120 cán bộ là Chủ tịch, "
                "Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn."
            ),
            Img(
                f"{IMG}/2026/10/boi-duong-mat-tran-2026.jpg",
                "Quang cảnh lớp bồi dưỡng",
                "Quang cảnh lớp bồi dưỡng",
                style="pcap",
            ),
            P(
                "Các học viên được truyền đạt những chuyên đề về công tác giám sát và phản biện xã "
                "hội; vận động xây dựng khối đại đoàn kết toàn dân tộc; tổ chức Ngày hội Đại đoàn "
                "kết toàn dân tộc ở khu dân cư và kỹ năng tiếp nhận, xử lý ý kiến, kiến nghị của cử "
                "tri."
            ),
            P(
                "Lớp học góp phần nâng cao năng lực, kỹ năng nghiệp vụ cho đội ngũ cán bộ Mặt trận "
                "cơ sở, đáp ứng yêu cầu nhiệm vụ trong tình hình mới."
            ),
            Raw(
                '<p style="text-align:right"><em>Theo Cổng thông tin điện tử Ủy ban MTTQ tỉnh '
                "Hưng Yên</em></p>"
            ),
        ],
        source="Cổng thông tin điện tử Ủy ban MTTQ tỉnh Hưng Yên",
        opts={
            "dt": "2026-10-09 00:00",
            "poster": "tct_admin",
            "desc": None,
            "tags": ["Mặt trận Tổ quốc"],
            "thumb": "boi-duong-mat-tran-2026.jpg",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}

#: the home carousel (4 newest) and "Đọc nhiều" link the /bai-viet/ form
MOST_READ = [1052, 1046, 1033, 1042, 1035]
REMOVED_SLUG = "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026"


def _dt_of(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M")


NEWEST_FIRST = sorted(STORIES, key=_dt_of, reverse=True)

# --- text as this platform prints it -----------------------------------------------------------


def ck(markup: str) -> str:
    """CKEditor 4 with ``config.entities`` on: every character HTML has a name for is written as
    that entity (``&agrave;``, ``&ecirc;``, ``&ldquo;``); Vietnamese letters without one stay raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def blade(value: str) -> str:
    """Blade's ``{{ }}`` on a value that was saved with ``&quot;`` already (escaped twice)."""
    return esc(value.replace('"', "&quot;"))


_WEEKDAYS = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]


def carbon_vi(moment: _dt.datetime) -> str:
    """``isoFormat('dddd, DD/MM/YYYY HH:mm')`` with Carbon's vi locale (lower-case weekday)."""
    return f"{_WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y %H:%M}"


def utc_json(moment: _dt.datetime) -> str:
    """Laravel's JSON form of a Carbon date with ``'timezone' => 'UTC'``: local minus 7 hours."""
    return (moment - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def str_limit(value: str, limit: int = 160) -> str:
    """Laravel's ``Str::limit``: cut at ``limit`` characters, right-trim, append "..."."""
    return value if len(value) <= limit else value[:limit].rstrip() + "..."


def first_text(story: Story) -> str:
    return next(b.text for b in story.blocks if isinstance(b, P))


def excerpt(story: Story) -> str:
    if story.opts.get("desc") == "hand":
        return story.summary or ""
    return str_limit(first_text(story))


def art_url(story: Story) -> str:
    return f"/tin-tuc/{story.slug}.html"


def id_url(story: Story) -> str:
    return f"/bai-viet/{story.id}-{story.slug}"


def thumb(story: Story) -> str:
    return f"{IMG}/thumbs/{story.opts['thumb']}"


def in_cat(slug: str) -> list[Story]:
    return [s for s in NEWEST_FIRST if s.cat == slug or slug in s.opts.get("also", [])]


# --- chrome ---------------------------------------------------------------------------------

_NAV = (
    '<nav class="navbar navbar-expand-lg navbar-dark bg-tct" id="menu-chinh"><div class="container">'
    '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mnu">'
    '<span class="navbar-toggler-icon"></span></button>'
    '<div class="collapse navbar-collapse" id="mnu"><ul class="navbar-nav mr-auto">'
    '<li class="nav-item"><a class="nav-link" href="/"><i class="fas fa-home"></i> Trang chủ</a></li>'
    '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd1" '
    'role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">Giới thiệu</a>'
    '<div class="dropdown-menu" aria-labelledby="dd1">'
    '<a class="dropdown-item" href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien">Lịch sử hình thành</a>'
    '<a class="dropdown-item" href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></div></li>'
    '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/tin-tuc" id="dd2" '
    'role="button" data-toggle="dropdown">Tin tức</a><div class="dropdown-menu" aria-labelledby="dd2">'
    '<a class="dropdown-item" href="/tin-tuc">Tất cả tin tức</a>'
    + "".join(f'<a class="dropdown-item" href="/danh-muc/{k}">{esc(v)}</a>' for k, v in CATS.items())
    + "</div></li>"
    '<li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li>'
    '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd3" '
    'data-toggle="dropdown">Thư viện</a><div class="dropdown-menu" aria-labelledby="dd3">'
    '<a class="dropdown-item" href="/thu-vien-anh">Thư viện ảnh</a>'
    '<a class="dropdown-item" href="/video">Video</a></div></li>'
    '<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>'
    "</ul></div></div></nav>"
)


def _sidebar() -> str:
    most = "".join(
        f'<li class="list-group-item"><a href="{id_url(BY_ID[i])}">{blade(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    notice = BY_ID[1033]
    return (
        '<aside class="col-lg-4 col-md-12 cot-phai">'
        '<div class="card mb-3 khoi-tb"><div class="card-header tieude-khoi">THÔNG BÁO</div>'
        f'<div class="card-body"><marquee direction="up" scrollamount="2" height="90">'
        f'<a href="{art_url(notice)}">{blade(notice.title)}</a></marquee></div></div>'
        '<div class="card mb-3 khoi-docnhieu"><div class="card-header tieude-khoi">ĐỌC NHIỀU</div>'
        f'<ul class="list-group list-group-flush">{most}</ul></div>'
        '<div class="card mb-3"><div class="card-header tieude-khoi">VĂN BẢN MỚI</div>'
        '<ul class="list-group list-group-flush"><li class="list-group-item">'
        '<a href="/van-ban/15-ke-hoach-so-125-kh-tct-mo-lop-trung-cap-ly-luan-chinh-tri-k47">'
        "Kế hoạch số 125-KH/TCT mở lớp Trung cấp lý luận chính trị K47</a></li></ul></div>"
        '<div class="card mb-3"><div class="card-header tieude-khoi">LIÊN KẾT WEBSITE</div>'
        '<div class="card-body"><select class="form-control" onchange="window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://hungyen.gov.vn">Cổng TTĐT tỉnh Hưng Yên</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://baohungyen.vn">Báo Hưng Yên</option></select></div></div>'
        '<div class="card mb-3"><div class="card-header tieude-khoi">THĂM DÒ Ý KIẾN</div>'
        '<div class="card-body"><form method="POST" action="/binh-chon">'
        '<input type="hidden" name="_token" value="Xk2fQ9rT0aLmN7uV4cB1yE8wH3jZ5pD6sG0kR2tq">'
        "<p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Nhà trường?</p>"
        '<div class="form-check"><input class="form-check-input" type="radio" name="pa" value="1">'
        "<label>Rất hữu ích</label></div>"
        '<div class="form-check"><input class="form-check-input" type="radio" name="pa" value="2">'
        "<label>Hữu ích</label></div>"
        '<div class="form-check"><input class="form-check-input" type="radio" name="pa" value="3">'
        "<label>Cần cải thiện</label></div>"
        '<button type="submit" class="btn btn-sm btn-danger">Bình chọn</button></form></div></div>'
        '<div class="card mb-3 thong-ke"><div class="card-header tieude-khoi">THỐNG KÊ TRUY CẬP</div>'
        '<div class="card-body small"><p><i class="fas fa-user"></i> Đang online: <b>27</b></p>'
        "<p>Hôm nay: <b>418</b></p><p>Tháng này: <b>6.102</b></p>"
        "<p>Tổng truy cập: <b>1.284.551</b></p></div></div>"
        '<a href="https://dichvucong.hungyen.gov.vn" target="_blank">'
        '<img src="/frontend/images/banner-dvc.png" class="img-fluid mb-2" alt="Dịch vụ công"></a>'
        "</aside>"
    )


def layout(request: Request, title: str, main: str, *, head: str = "", crumbs: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="csrf-token" content="Xk2fQ9rT0aLmN7uV4cB1yE8wH3jZ5pD6sG0kR2tq">\n'
        f"<title>{title}</title>\n{head}"
        '<link rel="icon" href="/favicon.ico">\n'
        '<link href="/css/app.css?id=4f8e1b2c9d0a7e6f5b3c" rel="stylesheet">\n'
        '<link href="/frontend/css/style.css?v=2.3.1" rel="stylesheet">\n</head>\n<body>\n'
        '<div class="top-bar"><div class="container d-flex justify-content-between small">'
        f'<span class="ngay-hom-nay"><i class="far fa-calendar"></i> {TODAY_PRINTED}</span>'
        '<span><a href="/lien-he">Liên hệ</a> | <a href="https://mail.hungyen.gov.vn">Thư điện tử</a></span>'
        "</div></div>"
        '<header class="header-tct"><div class="container d-flex align-items-center">'
        '<a href="/" class="logo"><img src="/frontend/images/logo-tct.png" alt="Logo"></a>'
        '<div class="ten-truong ml-3"><p class="dong1">ĐẢNG CỘNG SẢN VIỆT NAM - TỈNH ỦY HƯNG YÊN</p>'
        '<p class="dong2">TRƯỜNG CHÍNH TRỊ LÊ HỮU TRÁC</p></div>'
        '<form class="form-inline ml-auto" action="/tim-kiem" method="GET">'
        '<input class="form-control form-control-sm" type="search" name="q" placeholder="Tìm kiếm...">'
        '<button class="btn btn-sm btn-light" type="submit"><i class="fas fa-search"></i></button>'
        "</form></div></header>\n"
        f"{_NAV}\n"
        f'<div class="container mt-3">{crumbs}<div class="row">'
        f'<div class="col-lg-8 col-md-12 cot-trai">{main}</div>{_sidebar()}</div></div>\n'
        '<footer class="footer-tct mt-4"><div class="container py-3 small">'
        "<p><strong>TRƯỜNG CHÍNH TRỊ LÊ HỮU TRÁC TỈNH HƯNG YÊN</strong></p>"
        "<p>Địa chỉ: Số 12 đường Chùa Chuông, phường Hiến Nam, thành phố Hưng Yên, tỉnh Hưng Yên</p>"
        "<p>Điện thoại: 0221.3863.215 - Fax: 0221.3863.216 - Email: truongchinhtri@hungyen.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: TS. Vũ Đình Hải - Hiệu trưởng</p>"
        "<p>Giấy phép số 18/GP-TTĐT ngày 14/3/2022 của Sở Thông tin và Truyền thông tỉnh Hưng Yên</p>"
        "<p>&copy; 2022 Bản quyền thuộc Trường Chính trị Lê Hữu Trác. Thiết kế bởi HYSoft</p>"
        "</div></footer>\n"
        '<script src="/js/app.js?id=9a7c3e1f0b2d4c6e8a0b"></script>\n'
        '<script src="/frontend/js/lazysizes.min.js" async></script>\n</body>\n</html>\n'
    )


def crumbs(*items: tuple[str, str | None]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/"><i class="fas fa-home"></i> Trang chủ</a></li>']
    for label, href in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb bc-tct">{"".join(lis)}</ol></nav>'


# --- listings -------------------------------------------------------------------------------


def paginator(request: Request, page: int, last: int, *, simple: bool = False) -> str:
    """Laravel's ``pagination::bootstrap-4`` (or ``simple-bootstrap-4``) view, vi lang file."""
    if last <= 1:
        return ""
    base = base_url(request) + request.path
    extra = {k: v for k, v in request.params.items() if k != "page"}
    prefix = "".join(f"{k}={v}&" for k, v in extra.items())

    def url(n: int) -> str:
        return esc(f"{base}?{prefix}page={n}")

    out = ['<nav>\n        <ul class="pagination">']
    if page <= 1:
        out.append(
            '            <li class="page-item disabled" aria-disabled="true" '
            'aria-label="&laquo; Trang trước">\n'
            '                <span class="page-link" aria-hidden="true">&lsaquo;</span>\n            </li>'
        )
    else:
        out.append(
            f'            <li class="page-item">\n                <a class="page-link" href="{url(page - 1)}" '
            'rel="prev" aria-label="&laquo; Trang trước">&lsaquo;</a>\n            </li>'
        )
    if not simple:
        for n in range(1, last + 1):
            if n == page:
                out.append(
                    f'                    <li class="page-item active" aria-current="page">'
                    f'<span class="page-link">{n}</span></li>'
                )
            else:
                out.append(
                    f'                    <li class="page-item"><a class="page-link" href="{url(n)}">{n}</a></li>'
                )
    if page < last:
        out.append(
            f'            <li class="page-item">\n                <a class="page-link" href="{url(page + 1)}" '
            'rel="next" aria-label="Trang sau &raquo;">&rsaquo;</a>\n            </li>'
        )
    else:
        out.append(
            '            <li class="page-item disabled" aria-disabled="true" aria-label="Trang sau &raquo;">\n'
            '                <span class="page-link" aria-hidden="true">&rsaquo;</span>\n            </li>'
        )
    out.append("        </ul>\n    </nav>")
    return "\n".join(out)


def _page_no(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def list_item(story: Story) -> str:
    moment = _dt_of(story)
    return (
        '<div class="media tin-item pb-3 mb-3 border-bottom">'
        f'<a class="tin-anh mr-3" href="{art_url(story)}"><img src="{thumb(story)}" '
        f'class="img-fluid" width="220" alt="{blade(story.title)}"></a>'
        '<div class="media-body">'
        f'<h5 class="tin-ten"><a href="{art_url(story)}">{blade(story.title)}</a></h5>'
        f'<p class="tin-ngay text-muted small mb-1"><i class="far fa-clock"></i> {moment:%d/%m/%Y}</p>'
        f'<p class="tin-mota">{esc(excerpt(story))}</p></div></div>'
    )


def listing(request: Request, heading: str, stories: list[Story], trail: tuple) -> Response:
    page = _page_no(request)
    last = max(1, -(-len(stories) // PER_PAGE))
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(list_item(s) for s in chunk) or (
        '<div class="alert alert-info">Không có bài viết nào trong chuyên mục này.</div>'
    )
    main = (
        f'<div class="khoi-ds"><h2 class="tieude-cm">{esc(heading)}</h2>{items}'
        f'<div class="d-flex justify-content-center">{paginator(request, page, last)}</div></div>'
    )
    title = f"{esc(heading)} - {esc(SITE_NAME)}" + (f" - Trang {page}" if page > 1 else "")
    return html(layout(request, title, main, crumbs=crumbs(*trail)))


# --- the article page -----------------------------------------------------------------------


def _img_tag(img: Img, lazy: bool) -> str:
    if lazy:
        return (
            f'<img alt="" class="lazyload" data-src="{img.src}" height="533" '
            'src="/frontend/images/lazy-placeholder.gif" width="800" />'
        )
    return f'<img alt="" height="533" src="{img.src}" width="800" />'


def _render_img(img: Img) -> str:
    lazy = img.style.startswith("lazy")
    tag = _img_tag(img, lazy)
    if "fig" in img.style:
        cap = esc(img.printed or "")
        if img.style.endswith("credit"):
            main, _, credit = (img.printed or "").rpartition(" (")
            cap = f"{esc(main)} <em>({esc(credit)}</em>"
        return (
            '<div style="text-align:center"><figure class="image" style="display:inline-block">'
            f"{tag}<figcaption>{cap}</figcaption></figure></div>"
        )
    out = f'<p style="text-align:center">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


def _render_p(par: P, index: int) -> str:
    body = esc(par.text)
    if par.style == "zw":
        head, sep, tail = body.partition(", ")
        return f'<p style="text-align:justify">{head}{sep}{ZW}{tail}</p>'
    if par.style == "h3":
        return f"<h3><strong>{body}</strong></h3>"
    if par.style == "b":
        return f"<p><strong>{body}</strong></p>"
    # vary the paragraphs the way editors leave them: justified, plain, double spaces
    if index % 3 == 1:
        return f"<p>{body.replace('. ', '.&nbsp; ', 1)}</p>"
    return f'<p style="text-align:justify">{body}</p>'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "tr", "trh"):
            group = [block]
            kind = "li" if block.style == "li" else "tr"
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and (blocks[i + 1].style == "li") == (kind == "li")
                and blocks[i + 1].style in ("li", "tr", "trh")
            ):
                i += 1
                group.append(blocks[i])
            if kind == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for p in group:
                    cells = p.text.split(" | ")
                    if p.style == "trh":
                        rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="1" cellspacing="1" style="width:100%">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
        elif isinstance(block, P):
            out.append(_render_p(block, i))
        elif isinstance(block, Img):
            out.append(_render_img(block))
        else:
            out.append(block.html)
        out.append("\n")
        i += 1
    return "".join(out)


def _date_span(story: Story) -> str:
    moment = _dt_of(story)
    if story.opts.get("rel"):
        return (
            f'<span class="ct-ngay mr-3" data-toggle="tooltip" title="{moment:%d/%m/%Y %H:%M}">'
            f'<i class="far fa-calendar-alt"></i> {story.opts["rel"]}</span>'
        )
    return f'<span class="ct-ngay mr-3"><i class="far fa-calendar-alt"></i> {carbon_vi(moment)}</span>'


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    lis = "".join(
        f'<li><i class="far fa-file-pdf text-danger"></i> <a href="/storage/files/shares/{name}" '
        f'target="_blank">{name}</a> <span class="text-muted">({size})</span> '
        f'<a class="btn btn-xs btn-outline-primary" href="/storage/files/shares/{name}" download>'
        "Tải về</a></li>"
        for name, size in files
    )
    return (
        f'<div class="ctbv-dinhkem mt-3"><p class="mb-1"><i class="fas fa-paperclip"></i> '
        f"<strong>Tệp đính kèm:</strong></p><ul class=\"list-unstyled\">{lis}</ul></div>"
    )


def _comments(story: Story) -> str:
    items = story.opts.get("comments", [])
    entries = "".join(
        f'<div class="bl-item media mb-2"><img src="/frontend/images/avatar.png" class="mr-2" width="36">'
        f'<div class="media-body"><b>{esc(name)}</b> <small class="text-muted">{when}</small>'
        f"<p>{esc(said)}</p></div></div>"
        for name, when, said in items
    )
    return (
        f'<div class="ctbv-binhluan mt-4"><h4 class="tieude-bl">Bình luận ({len(items)})</h4>{entries}'
        f'<form method="POST" action="/binh-luan/{story.id}">'
        '<input type="hidden" name="_token" value="Xk2fQ9rT0aLmN7uV4cB1yE8wH3jZ5pD6sG0kR2tq">'
        '<div class="form-row"><div class="col"><input class="form-control" name="ho_ten" '
        'placeholder="Họ tên"></div><div class="col"><input class="form-control" name="email" '
        'placeholder="Email"></div></div><textarea class="form-control mt-2" name="noi_dung" '
        'rows="3" placeholder="Nội dung bình luận"></textarea>'
        '<button class="btn btn-primary btn-sm mt-2" type="submit">Gửi bình luận</button>'
        '<p class="small text-muted">Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.</p>'
        "</form></div>"
    )


def _related(story: Story) -> str:
    others = [s for s in in_cat(story.cat) if s.id != story.id][:3]
    lis = "".join(
        f'<li><a href="{art_url(s)}">{blade(s.title)}</a> '
        f'<span class="text-muted small">({_dt_of(s):%d/%m/%Y})</span></li>'
        for s in others
    )
    return (
        '<div class="tin-cung-cm mt-4"><h3 class="tieude-cm"><span>Tin cùng chuyên mục</span></h3>'
        f"<ul>{lis}</ul></div>"
    )


def article_page(request: Request, story: Story) -> Response:
    moment = _dt_of(story)
    cat_name = CATS[story.cat]
    canonical = base_url(request) + art_url(story)
    desc = excerpt(story)
    head = (
        f'<meta name="description" content="{esc(desc)}">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{blade(story.title)}">\n'
        f'<meta property="og:description" content="{esc(desc)}">\n'
        f'<meta property="og:url" content="{APP_URL}{art_url(story)}">\n'
        f'<meta property="og:image" content="{APP_URL}{thumb(story)}">\n'
        f'<meta property="article:published_time" content="{utc_json(moment)}">\n'
    )
    if story.opts.get("upd"):
        upd = _dt.datetime.strptime(story.opts["upd"], "%d/%m/%Y %H:%M")
        head += f'<meta property="article:modified_time" content="{utc_json(upd)}">\n'
    short = story.title if len(story.title) <= 60 else story.title[:60].rstrip() + "..."
    trail = crumbs(("Tin tức", "/tin-tuc"), (cat_name, f"/danh-muc/{story.cat}"), (short, None))
    mota = ""
    if story.opts.get("desc"):
        mota = f'<div class="ctbv-mta font-weight-bold mb-3"><p>{esc(desc)}</p></div>'
    share_url = esc(canonical)
    tags = "".join(f'<span class="badge badge-light mr-1">{esc(t)}</span>' for t in story.opts.get("tags", []))
    updated = ""
    if story.opts.get("upd"):
        updated = f'<p class="small text-muted text-right">Cập nhật lần cuối: {story.opts["upd"]}</p>'
    main = (
        f'<article class="ctbv" id="bv-{story.id}">'
        f'<h1 class="ctbv-tde">{esc(story.title)}</h1>'
        f'<div class="ctbv-ttin d-flex flex-wrap text-muted small mb-2">{_date_span(story)}'
        f'<span class="ct-xem mr-3"><i class="far fa-eye"></i> {story.views()}</span>'
        f'<span class="ct-nguoidang"><i class="far fa-user"></i> {story.opts["poster"]}</span></div>'
        '<div class="ctbv-chiase mb-3">'
        f'<a class="btn btn-sm btn-fb" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={share_url}">'
        '<i class="fab fa-facebook-f"></i> Chia sẻ</a> '
        f'<div class="zalo-share-button" data-href="{share_url}" data-oaid="579745863508352884" '
        'data-layout="1" data-color="blue"></div> '
        '<a class="btn btn-sm btn-light" href="javascript:window.print()"><i class="fas fa-print"></i> In bài</a> '
        '<a class="btn btn-sm btn-light" href="javascript:void(0)" onclick="zoomText(1)">A+</a>'
        '<a class="btn btn-sm btn-light" href="javascript:void(0)" onclick="zoomText(-1)">A-</a></div>'
        f"{mota}"
        f'<div class="ctbv-nd ck-content" id="ndung">\n{ck(render_blocks(story.blocks))}{_files(story)}</div>'
        f'<div class="ctbv-tukhoa mt-3"><i class="fas fa-tags"></i> Từ khóa: {tags}</div>'
        f"{updated}{_comments(story)}</article>{_related(story)}"
    )
    title = f"{blade(story.title)} - {esc(SITE_NAME)}"
    return html(layout(request, title, main, head=head, crumbs=trail))


def missing_post(request: Request) -> Response:
    """The vendor's controller: no post -> a notice in the layout, status 200."""
    main = (
        '<div class="alert alert-warning mt-3"><h4>Thông báo</h4>'
        "<p>Bài viết không tồn tại hoặc đã bị gỡ bỏ!</p>"
        '<a href="/" class="btn btn-sm btn-primary">Về trang chủ</a></div>'
    )
    return html(layout(request, f"Thông báo - {esc(SITE_NAME)}", main, crumbs=crumbs(("Thông báo", None))))


# --- home and the other pages ---------------------------------------------------------------


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{id_url(s)}">'
        f'<img src="{thumb(s)}" class="d-block w-100" alt="{blade(s.title)}"></a>'
        f'<div class="carousel-caption"><h5><a href="{id_url(s)}">{blade(s.title)}</a></h5></div></div>'
        for n, s in enumerate(NEWEST_FIRST[:4])
    )
    blocks = []
    for slug, name in CATS.items():
        posts = in_cat(slug)[:4]
        first, rest = posts[0], posts[1:]
        lis = "".join(
            f'<li><a href="{art_url(s)}">{blade(s.title)}</a> '
            f'<span class="small text-muted">({_dt_of(s):%d/%m})</span></li>'
            for s in rest
        )
        blocks.append(
            f'<div class="khoi-cm mb-4"><div class="khoi-cm-head d-flex justify-content-between">'
            f'<h3><a href="/danh-muc/{slug}">{esc(name)}</a></h3>'
            f'<a class="xem-tat" href="/danh-muc/{slug}">Xem tất cả &raquo;</a></div>'
            f'<div class="row"><div class="col-md-6"><a href="{art_url(first)}"><img src="{thumb(first)}" '
            f'class="img-fluid"></a><h5><a href="{art_url(first)}">{blade(first.title)}</a></h5>'
            f"<p>{esc(excerpt(first))}</p></div>"
            f'<div class="col-md-6"><ul class="ds-tin">{lis}</ul></div></div></div>'
        )
    main = (
        '<div id="slide-noibat" class="carousel slide mb-4" data-ride="carousel">'
        f'<div class="carousel-inner">{slides}</div>'
        '<a class="carousel-control-prev" href="#slide-noibat" role="button" data-slide="prev">'
        '<span class="carousel-control-prev-icon"></span></a>'
        '<a class="carousel-control-next" href="#slide-noibat" role="button" data-slide="next">'
        '<span class="carousel-control-next-icon"></span></a></div>' + "".join(blocks)
    )
    head = '<meta name="description" content="Cổng thông tin điện tử Trường Chính trị Lê Hữu Trác tỉnh Hưng Yên">\n'
    return html(layout(request, esc(SITE_NAME), main, head=head))


def _static_page(request: Request, heading: str, inner: str, trail: tuple) -> Response:
    main = f'<div class="trang-tinh"><h1 class="tieude-trang">{esc(heading)}</h1>{inner}</div>'
    return html(layout(request, f"{esc(heading)} - {esc(SITE_NAME)}", main, crumbs=crumbs(*trail)))


DOC_PATH = "/van-ban/15-ke-hoach-so-125-kh-tct-mo-lop-trung-cap-ly-luan-chinh-tri-k47"
ALBUM_PATH = "/thu-vien-anh/3-le-khai-giang-lop-trung-cap-ly-luan-chinh-tri-k46"
VIDEO_PATH = "/video/7-phong-su-truong-chinh-tri-le-huu-trac-40-nam-xay-dung-va-truong-thanh"


def _history(request: Request) -> Response:
    inner = (
        "<p>Trường Chính trị Lê Hữu Trác tỉnh Hưng Yên tiền thân là Trường Đảng tỉnh Hải Hưng, "
        "được thành lập năm 1968. Năm 1997, khi tái lập tỉnh Hưng Yên, Trường được thành lập lại "
        "theo Quyết định của Ban Thường vụ Tỉnh ủy.</p>"
        "<p>Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy về "
        "công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.</p>"
        "<p>Qua hơn 50 năm xây dựng và phát triển, Nhà trường đã được Đảng, Nhà nước tặng thưởng "
        "Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.</p>"
    )
    return _static_page(request, "Lịch sử hình thành và phát triển", inner, (("Giới thiệu", None),))


def _structure(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>"
        for a, b in [
            ("Ban Giám hiệu", "TS. Vũ Đình Hải - Hiệu trưởng; TS. Nguyễn Thị Hồng Nhung - Phó Hiệu trưởng"),
            ("Phòng Tổ chức - Hành chính", "Trưởng phòng: ThS. Lương Văn Bình"),
            ("Phòng Quản lý đào tạo", "Trưởng phòng: ThS. Hoàng Thị Mai"),
            ("Khoa Lý luận cơ sở", "Trưởng khoa: ThS. Trần Quốc Việt"),
            ("Khoa Xây dựng Đảng", "Trưởng khoa: ThS. Đỗ Văn Tuấn"),
            ("Khoa Nhà nước và pháp luật", "Trưởng khoa: ThS. Phạm Văn Lợi"),
        ]
    )
    inner = f'<table class="table table-bordered"><tbody>{rows}</tbody></table>'
    return _static_page(request, "Cơ cấu tổ chức", inner, (("Giới thiệu", None),))


def _contact(request: Request) -> Response:
    inner = (
        "<p><strong>TRƯỜNG CHÍNH TRỊ LÊ HỮU TRÁC TỈNH HƯNG YÊN</strong></p>"
        "<p>Địa chỉ: Số 12 đường Chùa Chuông, phường Hiến Nam, thành phố Hưng Yên</p>"
        "<p>Điện thoại: 0221.3863.215 - Email: truongchinhtri@hungyen.gov.vn</p>"
        '<form method="POST" action="/lien-he">'
        '<input type="hidden" name="_token" value="Xk2fQ9rT0aLmN7uV4cB1yE8wH3jZ5pD6sG0kR2tq">'
        '<input class="form-control mb-2" name="ho_ten" placeholder="Họ và tên">'
        '<input class="form-control mb-2" name="email" placeholder="Email">'
        '<textarea class="form-control mb-2" name="noi_dung" placeholder="Nội dung"></textarea>'
        '<button class="btn btn-primary" type="submit">Gửi liên hệ</button></form>'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="100%" height="300"></iframe>'
    )
    return _static_page(request, "Liên hệ", inner, (("Liên hệ", None),))


def _docs(request: Request) -> Response:
    inner = (
        '<table class="table table-striped"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        "<th>Trích yếu</th></tr></thead><tbody>"
        f'<tr><td>125-KH/TCT</td><td>02/11/2026</td><td><a href="{DOC_PATH}">Kế hoạch mở lớp '
        "Trung cấp lý luận chính trị K47 hệ tập trung</a></td></tr></tbody></table>"
    )
    return _static_page(request, "Văn bản", inner, (("Văn bản", None),))


def _doc(request: Request) -> Response:
    inner = (
        '<table class="table table-bordered vb-chitiet"><tbody>'
        "<tr><th>Số ký hiệu</th><td>125-KH/TCT</td></tr>"
        "<tr><th>Ngày ban hành</th><td>02/11/2026</td></tr>"
        "<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Trường Chính trị Lê Hữu Trác</td></tr>"
        "<tr><th>Người ký</th><td>Vũ Đình Hải</td></tr>"
        "<tr><th>Trích yếu</th><td>Kế hoạch mở lớp Trung cấp lý luận chính trị K47 hệ tập trung</td></tr>"
        '<tr><th>Tệp đính kèm</th><td><a href="/storage/files/shares/125-KH-TCT.pdf">125-KH-TCT.pdf</a></td></tr>'
        "</tbody></table>"
    )
    return _static_page(
        request, "Kế hoạch số 125-KH/TCT", inner, (("Văn bản", "/van-ban"), ("125-KH/TCT", None))
    )


def _albums(request: Request) -> Response:
    inner = (
        f'<div class="row"><div class="col-md-4"><a href="{ALBUM_PATH}">'
        f'<img src="{IMG}/thumbs/khai-giang-k46-van-lam-1.jpg" class="img-fluid"></a>'
        f'<p><a href="{ALBUM_PATH}">Lễ khai giảng lớp Trung cấp lý luận chính trị K46</a></p></div></div>'
    )
    return _static_page(request, "Thư viện ảnh", inner, (("Thư viện ảnh", None),))


def _album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-md-4 mb-3"><a href="{IMG}/album/k46-{n}.jpg" data-fancybox="gallery">'
        f'<img src="{IMG}/album/thumbs/k46-{n}.jpg" class="img-fluid"></a></div>'
        for n in range(1, 7)
    )
    inner = f'<p class="text-muted small">06 ảnh - 04/12/2026</p><div class="row">{pics}</div>'
    return _static_page(
        request,
        "Lễ khai giảng lớp Trung cấp lý luận chính trị K46",
        inner,
        (("Thư viện ảnh", "/thu-vien-anh"), ("Album", None)),
    )


def _videos(request: Request) -> Response:
    inner = (
        f'<p><a href="{VIDEO_PATH}">Phóng sự: Trường Chính trị Lê Hữu Trác - 40 năm xây dựng và '
        "trưởng thành</a></p>"
    )
    return _static_page(request, "Video", inner, (("Video", None),))


def _video(request: Request) -> Response:
    inner = (
        '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
        'src="https://www.youtube.com/embed/Hy7tCt2026x" allowfullscreen></iframe></div>'
        '<p class="text-muted small mt-2">Nguồn: Đài Phát thanh và Truyền hình Hưng Yên</p>'
    )
    return _static_page(
        request,
        "Phóng sự: Trường Chính trị Lê Hữu Trác - 40 năm xây dựng và trưởng thành",
        inner,
        (("Video", "/video"), ("Phóng sự", None)),
    )


def _search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        inner = '<div class="alert alert-info">Vui lòng nhập từ khóa tìm kiếm.</div>'
        return _static_page(request, "Tìm kiếm", inner, (("Tìm kiếm", None),))
    found = [s for s in NEWEST_FIRST if q.lower() in s.title.lower()]
    page = _page_no(request)
    chunk = found[(page - 1) * PER_PAGE : page * PER_PAGE]
    last = max(1, -(-len(found) // PER_PAGE))
    items = "".join(list_item(s) for s in chunk) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    inner = (
        f'<p>Tìm thấy {len(found)} kết quả cho từ khóa "<b>{esc(q)}</b>"</p>{items}'
        f"{paginator(request, page, last, simple=True)}"
    )
    return _static_page(request, "Kết quả tìm kiếm", inner, (("Tìm kiếm", None),))


def laravel_404() -> Response:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not Found</title></head>'
        '<body class="antialiased"><div class="flex items-center pt-8 sm:pt-0">'
        '<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">404</div>'
        '<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Not Found</div></div></body></html>'
    )
    return html(page, status=404)


# --- the site -------------------------------------------------------------------------------

_PAGES = {
    "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien": _history,
    "/gioi-thieu/co-cau-to-chuc": _structure,
    "/lien-he": _contact,
    "/van-ban": _docs,
    DOC_PATH: _doc,
    "/thu-vien-anh": _albums,
    ALBUM_PATH: _album,
    "/video": _videos,
    VIDEO_PATH: _video,
    "/tim-kiem": _search,
}

_ART = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html$")
_BYID = re.compile(r"^/bai-viet/(\d+)(?:-[^/]*)?$")
_CAT = re.compile(r"^/danh-muc/([a-z0-9-]+)$")


class Site:
    """The portal: routes as ``routes/web.php`` of the vendor's app would."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/storage/", "/frontend/", "/css/", "/js/")) or path == "/favicon.ico":
            if path.startswith("/storage/files/") and path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if len(path) > 1 and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return listing(request, "Tin tức", NEWEST_FIRST, (("Tin tức", None),))
        if m := _CAT.match(path):
            slug = m.group(1)
            if slug not in CATS:
                return laravel_404()
            return listing(request, CATS[slug], in_cat(slug), (("Tin tức", "/tin-tuc"), (CATS[slug], None)))
        if m := _ART.match(path):
            slug = m.group(1)
            if slug in BY_SLUG:
                return article_page(request, BY_SLUG[slug])
            if slug in OLD_SLUGS:
                return redirect(art_url(OLD_SLUGS[slug]), 301)
            return missing_post(request)
        if m := _BYID.match(unquote(path)):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else missing_post(request)
        if path in _PAGES:
            return _PAGES[path](request)
        return laravel_404()


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [id_url(story)]
    if story.opts.get("old_slug"):
        alts.append(f"/bai-viet/{story.id}-{story.opts['old_slug']}")
    return alts


GOLD = [
    gold_record(s, art_url(s), CATS[s.cat], canonical_path=art_url(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    DOC_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
]

