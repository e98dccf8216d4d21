"""Trường THCS Phan Bội Châu (TP Tam Kỳ, Quảng Nam) on Joomla 4 with the Cassiopeia template,
lightly customised: a green header band, a left column of modules, article markup from
com_content (``com-content-article item-page``; the text in
``<div itemprop="articleBody" class="com-content-article__body article-body">``).

What this portal is about
-------------------------
The editors lay out photos with the TinyMCE/JCE editor in every way a school editor does, and
the gold reads each photo with the caption as printed (or null). Captions are never body text.

- ``table1``: a photo in a one-cell table, the caption in the next row
  (``<table><tr><td><img></td></tr><tr><td><em>…</em></td></tr></table>``);
- ``pair-table``: TWO photos side by side in one table row, each with its own caption in the
  row below (caption i belongs to photo i);
- ``pair-p``: two photos side by side in one ``<p>`` (no table) with ONE italic caption line under
  both: the gold gives that caption to BOTH photos;
- ``grid``: a 2x2 photo grid table: row of two images, row of two captions, twice;
- ``float``: a photo floated left (``style="float: left; …"``) inside a paragraph of text: no
  caption, the paragraph is body text;
- ``above``: a bold "Ảnh 1: …" line right BEFORE the photo: the caption as printed (prefix kept).
  Only the sports-day post does this and it does it for every photo ("Ảnh 1:", "Ảnh 2:", …);
- ``none`` followed by a plain paragraph: a long three-sentence paragraph continuing the story
  is NOT a caption (caption null, the paragraph is body);
- ``credit``: a caption line and then a credit line "(Ảnh: Nguyễn Văn Hùng)": caption = the
  first line, photographer "Nguyễn Văn Hùng";
- plus the everyday forms: centred italic line (``em``), centred plain line (``plain``),
  ``<figure class="image"><figcaption>`` (``figure``), image and italic line in one ``<p>``
  split by ``<br>`` (``br-em``), a photo with nothing under it (``none``).

URL scheme (SEF URLs with URL rewriting, "Remove IDs from URLs" off)
--------------------------------------------------------------------
- ``/`` home: featured articles (the 4 newest), intro text + "Đọc thêm" links.
- ``/tin-tuc``: blog of all three categories, 5 per page, ``?start=5``, ``?start=10``.
- ``/tin-tuc/<cat-alias>``: category blog, 5 per page, ``?start=5`` (Joomla's pagination:
  "Đầu", "Trước", 1, 2, "Tiếp", "Cuối"). Cat aliases ``hoat-dong``, ``doan-doi``, ``chuyen-mon``.
- ``/tin-tuc/<cat-alias>/<id>-<alias>``: an article.
- ``…/<id>-<alias>?tmpl=component&print=1``: the print view of the share bar ("In bài"): the same
  article without the template (a duplicate: gold ``alt_paths``).
- ``/gioi-thieu``: a single-article menu item (same article layout, no info block, no date).
- ``/lien-he``: com_contact form. ``/thu-vien-anh``: a gallery page (title + a grid of
  thumbnails linking to the full images, no text). ``/component/tags/tag/<alias>``: tag pages.
- Images ``/images/tin-tuc/2026/<mm>/<file>``; blog intro images carry Joomla 4's
  ``#joomlaImage://local-images/…?width=…&height=…`` fragment; template files under
  ``/templates/cassiopeia/`` and ``/media/``.

How each gold article is reached
--------------------------------
- The 4 newest: home page, "Bài viết mới" module (5 newest) on every page, /tin-tuc page 1.
- Every article: its category blog and the /tin-tuc blog. Hoạt động has 6 articles, so its
  oldest ("Khai mạc Hội khỏe Phù Đổng cấp trường") is only on ``/tin-tuc/hoat-dong?start=5``
  and ``/tin-tuc?start=10`` (it has no tags and is in no "Bài viết liên quan" list).
- The three oldest of all are only on page 3 of ``/tin-tuc`` or their category blog page.
- "Bài viết liên quan" under an article lists the 3 newest other articles of its category.

Page chrome
-----------
Header band "Thứ Sáu, 04/12/2026" (today, never a publication date) with the school name,
Cassiopeia navbar, breadcrumbs ("Bạn đang ở: Trang chủ / Tin tức / Hoạt động / <title>"), left
sidebar modules ("Bài viết mới", "Thống kê truy cập" with Đang online / Hôm nay / Tổng truy cập,
"Liên kết website", a poll "Thăm dò ý kiến"), footer with address and phone.

Article page::

    <div class="com-content-article item-page">
      <div class="page-header"><h1 itemprop="headline">…</h1></div>
      <dl class="article-info text-muted"><dt>Chi tiết</dt>
        <dd class="category-name">Danh mục: <a>Hoạt động</a></dd>
        <dd class="published"><time datetime="2026-11-18T08:15:32+07:00">Được đăng: 18 Tháng 11 2026</time></dd>
        [<dd class="modified">Cập nhật lần cuối: …</dd>]
        <dd class="hits">Lượt xem: 210</dd></dl>
      <ul class="tags">…</ul>
      <div itemprop="articleBody" class="com-content-article__body article-body">…</div>
      share bar (Facebook, Zalo, "In bài", "Gửi email"), "Bài viết liên quan"
    </div>

Traps
-----
- All the photo/caption layouts above; a results table (``Họ và tên | Môn | Xếp loại``) in the
  same post as a photo table: the results table is body (one paragraph per row), the photo
  tables are not.
- The ``<time datetime>`` carries a clock the page never prints: gold is the date only.
  Some articles print "Cập nhật lần cuối" (a later date): not the publication date.
- Print views (``?tmpl=component&print=1``) duplicate every article.
- "Giới thiệu" uses the article layout without the info block; the gallery page is a title and
  thumbnails; category pages 2, tag pages are listings.
- Bylines at the end, in many forms: "Tin, ảnh: Tổ Văn phòng" (a unit, author and
  photographer), "Lê Thị Hồng Vân - GV Ngữ văn" (the post is dropped), "ThS. Nguyễn Văn Tuấn -
  Phó Hiệu trưởng" (degree and post dropped), "Tin: …; Ảnh: …", a right-aligned bare name,
  "BBT" (nobody). A "<br>" inside a paragraph makes two paragraphs.

Gold decisions
--------------
title the ``h1``; published_at the "Được đăng" day; category the breadcrumb's section (= the
"Danh mục" link); summary only where the editor wrote a bold lead paragraph (also the first
body paragraph); images in page order with their captions as printed; intro images of the
blog listings are not on the article page and not in gold.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "photo_grid_captions_thcs"
PLATFORM = "Joomla 4 + Cassiopeia (lightly customised), SEF URLs with ids"
START_PATH = "/"

TODAY_HEADER = "Thứ Sáu, 04/12/2026"
SCHOOL = "Trường THCS Phan Bội Châu"
PER_PAGE = 5

CATEGORIES = {
    "hoat-dong": "Hoạt động",
    "doan-doi": "Đoàn - Đội",
    "chuyen-mon": "Chuyên môn",
}
TAGS = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "doc-sach": "Đọc sách",
    "lien-doi": "Liên đội",
    "chuyen-de": "Chuyên đề",
    "the-thao": "Thể thao",
}


def im(month: int, name: str) -> str:
    return f"/images/tin-tuc/2026/{month:02d}/{name}"


HUNG = "(Ảnh: Nguyễn Văn Hùng)"

# --- the articles ----------------------------------------------------------------------------
# opts: time (the datetime attribute's clock), hits, tags, modified (dd/mm/yyyy printed),
# intro (intro image of the blog listing). P styles: "" (justify), "plain", "lead" (bold lead),
# "h3", "li", "td" (table rows), "quote", "br" (consecutive lines of one <p> split by <br>).

STORIES: list[Story] = [
    Story(
        58,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Long trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "hoat-dong",
        "2026-11-20",
        [
            P(
                "Sáng ngày 19/11/2026, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 "
                "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá "
                "nhân có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt”.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có ông Phan Thanh Tùng, Phó Chủ tịch UBND phường An Mỹ; đại diện "
                "Phòng GD&ĐT thành phố Tam Kỳ; Ban đại diện Cha mẹ học sinh cùng các thế hệ thầy cô "
                "giáo đã từng công tác tại trường."
            ),
            Img(
                im(11, "le-20-11-dai-bieu.jpg"),
                "Các đại biểu dự buổi lễ",
                "Các đại biểu dự buổi lễ",
                "pair-table",
            ),
            Img(
                im(11, "le-20-11-van-nghe.jpg"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8/3",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8/3",
                "pair-table",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Huỳnh Văn Lợi, Hiệu trưởng nhà trường, ôn lại truyền "
                "thống vẻ vang của ngành Giáo dục Việt Nam và điểm lại những kết quả nổi bật của nhà "
                "trường trong năm học 2025-2026: tỷ lệ học sinh lên lớp đạt 99,6%, 100% học sinh lớp "
                "9 được công nhận tốt nghiệp THCS, 27 học sinh đạt giải học sinh giỏi cấp thành phố "
                "và 6 học sinh đạt giải cấp tỉnh."
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Nguyễn Ngọc Bảo Trân, lớp 9/1, bày tỏ lòng biết "
                "ơn sâu sắc đối với các thầy cô giáo đã tận tụy dìu dắt các em trên con đường học tập."
            ),
            Img(
                im(11, "le-20-11-khen-thuong.jpg"),
                "Hiệu trưởng nhà trường trao Giấy khen cho các giáo viên có thành tích xuất sắc",
                "Hiệu trưởng nhà trường trao Giấy khen cho các giáo viên có thành tích xuất sắc",
                "table1",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "trường và 3 tổ chuyên môn có thành tích xuất sắc trong đợt thi đua chào mừng ngày "
                "20/11."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        photographers=["Tổ Văn phòng"],
        summary=(
            "Sáng ngày 19/11/2026, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá "
            "nhân có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt”."
        ),
        opts={
            "time": "15:42:10",
            "hits": 412,
            "tags": ["ngay-nha-giao-viet-nam"],
            "intro": im(11, "le-20-11-thumb.jpg"),
        },
    ),
    Story(
        61,
        "ngay-hoi-doc-sach-tuoi-hoc-tro-nam-2026",
        "Sôi nổi Ngày hội đọc sách “Tuổi học trò với sách” năm 2026",
        "hoat-dong",
        "2026-11-27",
        [
            P(
                "Nhằm xây dựng và phát triển văn hóa đọc trong nhà trường, chiều ngày 26/11/2026, "
                "Thư viện Trường THCS Phan Bội Châu phối hợp với tổ Ngữ văn tổ chức Ngày hội đọc sách "
                "với chủ đề “Tuổi học trò với sách” cho toàn thể học sinh khối 6 và khối 7."
            ),
            Img(
                im(11, "doc-sach-1.jpg"),
                "Khai mạc Ngày hội đọc sách",
                "Khai mạc Ngày hội đọc sách",
                "grid",
            ),
            Img(
                im(11, "doc-sach-2.jpg"),
                "Gian trưng bày sách của lớp 6/2",
                "Gian trưng bày sách của lớp 6/2",
                "grid",
            ),
            Img(
                im(11, "doc-sach-3.jpg"),
                "Học sinh thi giới thiệu sách",
                "Học sinh thi giới thiệu sách",
                "grid",
            ),
            Img(
                im(11, "doc-sach-4.jpg"),
                "Đọc sách tại “Góc đọc xanh” sân trường",
                "Đọc sách tại “Góc đọc xanh” sân trường",
                "grid",
            ),
            P(
                "Ngày hội gồm nhiều hoạt động phong phú như trưng bày sách theo chủ đề, thi giới "
                "thiệu sách hay, vẽ tranh bìa sách, đố vui về các tác phẩm văn học trong chương "
                "trình. Mỗi lớp xây dựng một gian trưng bày với những cuốn sách do chính các em "
                "quyên góp."
            ),
            Img(im(11, "doc-sach-5.jpg"), None, None, "float"),
            P(
                "Ở phần thi giới thiệu sách, em Trần Khánh Linh, lớp 7/4, đã chinh phục ban giám "
                "khảo với bài giới thiệu cuốn “Cho tôi xin một vé đi tuổi thơ” của nhà văn Nguyễn Nhật "
                "Ánh. Bằng giọng kể hồn nhiên, em đưa khán giả trở về với những trò chơi, những kỷ "
                "niệm tuổi thơ trong trẻo. Ban tổ chức trao giải Nhất cho em cùng phần quà là bộ sách "
                "do Thư viện tỉnh tặng."
            ),
            P(
                "Kết thúc ngày hội, Thư viện nhà trường tiếp nhận hơn 650 cuốn sách, truyện các loại "
                "do học sinh quyên góp để bổ sung cho tủ sách lớp học và “Góc đọc xanh” ở sân trường."
            ),
            Raw('<p style="text-align: right;"><em>Lê Thị Hồng Vân - GV Ngữ văn</em></p>'),
        ],
        authors=["Lê Thị Hồng Vân"],
        opts={
            "time": "09:20:44",
            "hits": 187,
            "tags": ["doc-sach"],
            "intro": im(11, "doc-sach-thumb.jpg"),
        },
    ),
    Story(
        55,
        "hoi-thao-giao-vien-chao-mung-20-11",
        "Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam",
        "hoat-dong",
        "2026-11-14",
        [
            P(
                "Trong hai ngày 12 và 13/11/2026, Công đoàn Trường THCS Phan Bội Châu tổ chức Hội "
                "thao giáo viên với ba nội dung: bóng chuyền hơi, cầu lông và kéo co. Tham gia hội "
                "thao có 54 cán bộ, giáo viên, nhân viên thuộc 6 tổ chuyên môn và tổ Văn phòng."
            ),
            P(
                "Dưới đây là một số hình ảnh của hội thao:",
                "plain",
            ),
            Img(
                im(11, "hoi-thao-1.jpg"),
                "Ảnh 1: Thầy Hiệu trưởng phát biểu khai mạc hội thao",
                "Ảnh 1: Thầy Hiệu trưởng phát biểu khai mạc hội thao",
                "above",
            ),
            Img(
                im(11, "hoi-thao-2.jpg"),
                "Ảnh 2: Trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Ngữ văn",
                "Ảnh 2: Trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Ngữ văn",
                "above",
            ),
            Img(
                im(11, "hoi-thao-3.jpg"),
                "Ảnh 3: Phần thi kéo co đầy hào hứng",
                "Ảnh 3: Phần thi kéo co đầy hào hứng",
                "above",
            ),
            P(
                "Sau hai ngày thi đấu sôi nổi, tổ Toán - Tin giành giải Nhất toàn đoàn, tổ Khoa học "
                "tự nhiên giành giải Nhì, tổ Ngữ văn và tổ Văn phòng đồng giải Ba."
            ),
            P(
                "Hội thao là dịp để cán bộ, giáo viên rèn luyện sức khỏe, giao lưu, gắn kết, tạo "
                "không khí vui tươi chào mừng Ngày Nhà giáo Việt Nam 20/11."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Quốc Bảo</strong></p>'),
        ],
        authors=["Phạm Quốc Bảo"],
        photographers=["Phạm Quốc Bảo"],
        opts={"time": "16:05:00", "hits": 265, "tags": ["the-thao", "ngay-nha-giao-viet-nam"]},
    ),
    Story(
        52,
        "don-doan-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia",
        "Đón Đoàn kiểm tra công nhận lại trường đạt chuẩn quốc gia mức độ 1",
        "hoat-dong",
        "2026-11-06",
        [
            P(
                "Ngày 05/11/2026, Đoàn kiểm tra của UBND tỉnh Quảng Nam do ông Nguyễn Văn Sáu, Phó "
                "Giám đốc Sở GD&ĐT làm trưởng đoàn, đã đến kiểm tra công nhận lại Trường THCS Phan "
                "Bội Châu đạt chuẩn quốc gia mức độ 1 sau 5 năm."
            ),
            Img(
                im(11, "kiem-tra-chuan-1.jpg"),
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "credit",
            ),
            Raw(f'<p style="text-align: center;"><em>{esc(HUNG)}</em></p>'),
            P("Đoàn đã kiểm tra thực tế các tiêu chuẩn:", "plain"),
            P("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường;", "li"),
            P("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh;", "li"),
            P("Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học;", "li"),
            P("Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội;", "li"),
            P("Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục.", "li"),
            Img(
                im(11, "kiem-tra-chuan-2.jpg"),
                "Đoàn kiểm tra thực tế phòng học bộ môn Tin học",
                "Đoàn kiểm tra thực tế phòng học bộ môn Tin học",
                "figure",
            ),
            P(
                "Kết luận buổi kiểm tra, trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà "
                "trường; hồ sơ minh chứng khoa học, đầy đủ; cơ sở vật chất được đầu tư đồng bộ. Đoàn "
                "thống nhất đề nghị UBND tỉnh công nhận lại trường đạt chuẩn quốc gia mức độ 1."
            ),
            Raw('<p style="text-align: right;">Tin: Trần Thị Thu Hà</p>'),
        ],
        authors=["Trần Thị Thu Hà"],
        photographers=["Nguyễn Văn Hùng"],
        opts={"time": "10:30:12", "hits": 233, "modified": "08/11/2026"},
    ),
    Story(
        49,
        "hoc-sinh-trai-nghiem-tai-lang-bich-hoa-tam-thanh",
        "Học sinh khối 8 trải nghiệm tại Làng bích họa Tam Thanh",
        "hoat-dong",
        "2026-10-30",
        [
            P(
                "Thực hiện kế hoạch giáo dục năm học 2026-2027, ngày 28/10/2026, nhà trường tổ chức "
                "cho 312 học sinh khối 8 tham gia hoạt động trải nghiệm tại Làng bích họa Tam Thanh, "
                "thành phố Tam Kỳ."
            ),
            Img(
                im(10, "tam-thanh-1.jpg"),
                "Học sinh tìm hiểu những bức bích họa trên tường nhà dân làng chài",
                "Học sinh tìm hiểu những bức bích họa trên tường nhà dân làng chài",
                "pair-p",
            ),
            Img(
                im(10, "tam-thanh-2.jpg"),
                "Học sinh tìm hiểu những bức bích họa trên tường nhà dân làng chài",
                "Học sinh tìm hiểu những bức bích họa trên tường nhà dân làng chài",
                "pair-p",
            ),
            P(
                "Tại đây, các em được nghe giới thiệu về lịch sử hình thành làng bích họa - dự án "
                "hợp tác giữa UBND thành phố Tam Kỳ và các họa sĩ Hàn Quốc từ năm 2016. Các em cũng "
                "được trò chuyện với những ngư dân trong làng về nghề biển truyền thống."
            ),
            Img(im(10, "tam-thanh-3.jpg"), None, None, "none"),
            P(
                "Buổi chiều, các em chia thành từng nhóm để thực hiện nhiệm vụ học tập đã được giao "
                "trước khi đi. Mỗi nhóm ghi chép, chụp ảnh và phỏng vấn người dân để hoàn thành sản "
                "phẩm là một bài thuyết trình về di sản văn hóa biển của quê hương. Các sản phẩm tốt "
                "sẽ được trưng bày trong tiết sinh hoạt dưới cờ tuần tới."
            ,
                "plain",
            ),
            P(
                "Chuyến trải nghiệm giúp học sinh thêm hiểu, thêm yêu quê hương Quảng Nam và có ý "
                "thức giữ gìn, phát huy các giá trị văn hóa địa phương."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Mỹ Duyên</strong></p>'),
        ],
        authors=["Nguyễn Thị Mỹ Duyên"],
        opts={"time": "14:12:56", "hits": 198, "intro": im(10, "tam-thanh-thumb.jpg")},
    ),
    Story(
        44,
        "khai-mac-hoi-khoe-phu-dong-cap-truong",
        "Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        "hoat-dong",
        "2026-10-16",
        [
            P(
                "Sáng ngày 15/10/2026, Trường THCS Phan Bội Châu tổ chức khai mạc Hội khỏe Phù Đổng "
                "cấp trường năm học 2026-2027 với sự tham gia của gần 400 vận động viên là học sinh "
                "của 28 lớp."
            ),
            Img(im(10, "hkpd-khai-mac.jpg"), None, None, "none"),
            P("Hội khỏe năm nay gồm các môn thi đấu:", "plain"),
            P("Điền kinh: chạy 60m, 100m, nhảy xa, nhảy cao;", "li"),
            P("Bóng đá nam (sân 7 người);", "li"),
            P("Cờ vua, đá cầu, bóng bàn.", "li"),
            Img(
                im(10, "hkpd-dieu-hanh.jpg"),
                "Màn đồng diễn thể dục của học sinh khối 6",
                "Màn đồng diễn thể dục của học sinh khối 6",
                "em",
            ),
            P(
                "Các trận đấu diễn ra vào các buổi chiều trong tuần từ ngày 15/10 đến 30/10/2026. "
                "Kết quả hội khỏe là căn cứ để nhà trường chọn vận động viên tham dự Hội khỏe Phù "
                "Đổng cấp thành phố vào tháng 12."
            ),
            Raw('<p style="text-align: right;">BBT</p>'),
        ],
        opts={"time": "11:00:00", "hits": 341},
    ),
]

STORIES += [
    Story(
        60,
        "lien-doi-hoi-dien-van-nghe-chao-mung-20-11",
        "Liên đội tổ chức Hội diễn văn nghệ “Tri ân thầy cô”",
        "doan-doi",
        "2026-11-24",
        [
            P(
                "Hướng tới kỷ niệm Ngày Nhà giáo Việt Nam 20/11, Liên đội Trường THCS Phan Bội Châu "
                "tổ chức Hội diễn văn nghệ “Tri ân thầy cô” với sự tham gia của 28 chi đội."
            ),
            P(
                "Các tiết mục tập trung ca ngợi công ơn thầy cô, tình bạn, mái trường và quê hương "
                "Quảng Nam. Nhiều tiết mục được dàn dựng công phu, kết hợp hát, múa và kịch ngắn."
            ),
            Img(
                im(11, "hoi-dien-1.jpg"),
                "Tiết mục múa “Bụi phấn” của chi đội 9/2",
                "Tiết mục múa “Bụi phấn” của chi đội 9/2",
                "grid",
            ),
            Img(
                im(11, "hoi-dien-2.jpg"),
                "Tốp ca “Người thầy” của chi đội 7/1",
                "Tốp ca “Người thầy” của chi đội 7/1",
                "grid",
            ),
            Img(
                im(11, "hoi-dien-3.jpg"),
                "Tiểu phẩm “Lớp học vui vẻ” của chi đội 8/5",
                "Tiểu phẩm “Lớp học vui vẻ” của chi đội 8/5",
                "grid",
            ),
            Img(
                im(11, "hoi-dien-4.jpg"),
                "Ban giám khảo chấm thi",
                "Ban giám khảo chấm thi",
                "grid",
            ),
            P(
                "Kết quả, chi đội 9/2 đạt giải Nhất; chi đội 7/1 và 8/5 đạt giải Nhì; các chi đội "
                "6/3, 8/1, 9/4 đạt giải Ba."
            ),
            Img(
                im(11, "hoi-dien-trao-giai.jpg"),
                "Cô Tổng phụ trách Đội trao giải cho các chi đội",
                "Cô Tổng phụ trách Đội trao giải cho các chi đội",
                "plain",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Liên đội</strong></p>'),
        ],
        authors=["Liên đội"],
        photographers=["Liên đội"],
        opts={
            "time": "17:25:31",
            "hits": 156,
            "tags": ["lien-doi", "ngay-nha-giao-viet-nam"],
            "intro": im(11, "hoi-dien-thumb.jpg"),
        },
    ),
    Story(
        57,
        "doan-truong-ra-quan-ngay-chu-nhat-xanh",
        "Đoàn trường ra quân “Ngày Chủ nhật xanh” làm sạch bãi biển Tam Thanh",
        "doan-doi",
        "2026-11-16",
        [
            P(
                "Sáng Chủ nhật 15/11/2026, Chi đoàn giáo viên phối hợp với Liên đội nhà trường tổ "
                "chức ra quân “Ngày Chủ nhật xanh” thu gom rác thải, làm sạch bãi biển Tam Thanh.",
                "lead",
            ),
            P(
                "Tham gia chương trình có 35 đoàn viên giáo viên và hơn 120 đội viên thuộc các chi "
                "đội khối 8, khối 9. Các em được chia thành 8 nhóm, phụ trách các đoạn bãi biển dài "
                "khoảng 2 km."
            ),
            Img(
                im(11, "cn-xanh-1.jpg"),
                "Đoàn viên, đội viên thu gom rác thải nhựa",
                "Đoàn viên, đội viên thu gom rác thải nhựa",
                "pair-table",
            ),
            Img(
                im(11, "cn-xanh-2.jpg"),
                "Phân loại rác tại điểm tập kết",
                "Phân loại rác tại điểm tập kết",
                "pair-table",
            ),
            Img(im(11, "cn-xanh-3.jpg"), None, None, "float"),
            P(
                "Sau hơn 3 giờ làm việc, các đoàn viên, đội viên đã thu gom được gần 400 kg rác "
                "thải, chủ yếu là chai nhựa, túi ni lông và ngư cụ hư hỏng. Rác được phân loại và "
                "chuyển giao cho Công ty Môi trường đô thị Quảng Nam xử lý."
            ),
            P("Phát biểu tại buổi ra quân, thầy Bí thư Đoàn trường nhắn nhủ:", "plain"),
            P(
                "“Mỗi việc làm nhỏ hôm nay là một bài học lớn về trách nhiệm với môi trường và quê "
                "hương.”",
                "quote",
            ),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Đoàn trường</em></strong></p>'),
        ],
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
        summary=(
            "Sáng Chủ nhật 15/11/2026, Chi đoàn giáo viên phối hợp với Liên đội nhà trường tổ "
            "chức ra quân “Ngày Chủ nhật xanh” thu gom rác thải, làm sạch bãi biển Tam Thanh."
        ),
        opts={"time": "08:47:19", "hits": 174, "tags": ["lien-doi"]},
    ),
    Story(
        51,
        "phat-dong-phong-trao-ke-hoach-nho",
        "Phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn năm học 2026-2027",
        "doan-doi",
        "2026-11-03",
        [
            P(
                "Trong tiết chào cờ đầu tuần ngày 02/11/2026, Liên đội Trường THCS Phan Bội Châu đã "
                "phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa đến toàn thể "
                "đội viên."
            ),
            Img(
                im(11, "ke-hoach-nho-1.jpg"),
                "Cô Tổng phụ trách Đội phát động phong trào",
                "Cô Tổng phụ trách Đội phát động phong trào",
                "table1",
            ),
            P("Thời gian thực hiện: từ ngày 02/11 đến ngày 20/12/2026.", "br"),
            P("Chỉ tiêu: mỗi đội viên ít nhất 3 kg giấy vụn.", "br"),
            P(
                "Toàn bộ số tiền thu được sẽ dùng để mua áo ấm, sách vở tặng học sinh có hoàn cảnh "
                "khó khăn của trường và các bạn học sinh vùng cao huyện Nam Trà My dịp Tết Nguyên đán."
            ),
            Img(
                im(11, "ke-hoach-nho-2.jpg"),
                "Các chi đội mang giấy vụn đến điểm tập kết",
                "Các chi đội mang giấy vụn đến điểm tập kết",
                "table1",
            ),
            Img(
                im(11, "ke-hoach-nho-3.jpg"),
                "Đội viên cân, ghi chép số lượng giấy vụn của từng chi đội",
                "Đội viên cân, ghi chép số lượng giấy vụn của từng chi đội",
                "br-em",
            ),
            P(
                "Ngay trong tuần đầu tiên, các chi đội đã thu gom được hơn 1,2 tấn giấy vụn, trong "
                "đó chi đội 6/1 dẫn đầu với 126 kg."
            ),
            Raw('<p style="text-align: right;"><em>Võ Thị Kim Oanh - TPT Đội</em></p>'),
        ],
        authors=["Võ Thị Kim Oanh"],
        opts={"time": "07:58:03", "hits": 129, "tags": ["lien-doi"]},
    ),
    Story(
        46,
        "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Đại hội Liên đội nhiệm kỳ 2026-2027",
        "doan-doi",
        "2026-10-20",
        [
            P(
                "Chiều ngày 19/10/2026, Liên đội Trường THCS Phan Bội Châu tổ chức thành công Đại hội "
                "Liên đội nhiệm kỳ 2026-2027 với sự tham dự của 112 đại biểu là chỉ huy các chi đội."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025-2026, "
                "đề ra phương hướng nhiệm vụ nhiệm kỳ mới với chủ đề “Thiếu nhi Việt Nam - Tự hào tiến "
                "bước dưới cờ Đảng”."
            ),
            Img(
                im(10, "dai-hoi-lien-doi-1.jpg"),
                "Quang cảnh Đại hội và Ban chỉ huy Liên đội mới ra mắt",
                "Quang cảnh Đại hội và Ban chỉ huy Liên đội mới ra mắt",
                "pair-p",
            ),
            Img(
                im(10, "dai-hoi-lien-doi-2.jpg"),
                "Quang cảnh Đại hội và Ban chỉ huy Liên đội mới ra mắt",
                "Quang cảnh Đại hội và Ban chỉ huy Liên đội mới ra mắt",
                "pair-p",
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ 2026-2027 gồm 11 bạn; em Lê Minh Châu, "
                "lớp 9/3, được tín nhiệm bầu làm Liên đội trưởng."
            ),
        ],
        opts={"time": "18:10:27", "hits": 117, "modified": "21/10/2026"},
    ),
]

STORIES += [
    Story(
        59,
        "ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-2026-2027",
        "Kết quả Hội thi Giáo viên dạy giỏi cấp trường năm học 2026-2027",
        "chuyen-mon",
        "2026-11-21",
        [
            P(
                "Từ ngày 02/11 đến ngày 13/11/2026, Trường THCS Phan Bội Châu tổ chức Hội thi Giáo "
                "viên dạy giỏi cấp trường năm học 2026-2027. Hội thi có 16 giáo viên tham gia thuộc "
                "các môn Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên và Lịch sử - Địa lý."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
                "hiện hai tiết dạy thực hành theo Chương trình GDPT 2018."
            ),
            Img(
                im(11, "gvdg-tiet-day.jpg"),
                "Cô Phan Thị Ngọc Ánh thực hiện tiết dạy môn Tiếng Anh lớp 7/2",
                "Cô Phan Thị Ngọc Ánh thực hiện tiết dạy môn Tiếng Anh lớp 7/2",
                "em",
            ),
            P("Danh sách giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường:", "h3"),
            P("TT | Họ và tên | Môn | Xếp loại", "td"),
            P("1 | Phan Thị Ngọc Ánh | Tiếng Anh | Giỏi", "td"),
            P("2 | Đỗ Văn Khoa | Toán | Giỏi", "td"),
            P("3 | Nguyễn Thị Thanh Tâm | Ngữ văn | Giỏi", "td"),
            P("4 | Lương Công Định | Khoa học tự nhiên | Giỏi", "td"),
            P("5 | Trương Thị Bích Liên | Lịch sử - Địa lý | Giỏi", "td"),
            P(
                "Hội thi là dịp để giáo viên trao đổi, học hỏi kinh nghiệm, đổi mới phương pháp "
                "dạy học; đồng thời chọn cử giáo viên tham dự Hội thi Giáo viên dạy giỏi cấp thành phố."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Văn Tuấn - Phó Hiệu trưởng'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Văn Tuấn"],
        opts={"time": "10:02:48", "hits": 288, "tags": ["ngay-nha-giao-viet-nam"]},
    ),
    Story(
        54,
        "sinh-hoat-chuyen-de-day-hoc-stem-mon-khtn",
        "Sinh hoạt chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên”",
        "chuyen-mon",
        "2026-11-11",
        [
            P(
                "Chiều 10/11/2026, tổ Khoa học tự nhiên Trường THCS Phan Bội Châu tổ chức sinh hoạt "
                "chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên” với tiết dạy minh họa bài "
                "“Chế tạo bình lọc nước đơn giản” tại lớp 8/4.",
                "lead",
            ),
            Img(
                im(11, "stem-1.jpg"),
                "Học sinh lớp 8/4 lắp ráp bình lọc nước từ vật liệu tái chế",
                "Học sinh lớp 8/4 lắp ráp bình lọc nước từ vật liệu tái chế",
                "figure",
            ),
            P("Nội dung chuyên đề", "h3"),
            P(
                "Cô Lê Thị Thu Sương, người thực hiện chuyên đề, trình bày quy trình thiết kế bài "
                "học STEM gồm 5 bước: xác định vấn đề, nghiên cứu kiến thức nền, đề xuất giải pháp, "
                "chế tạo mẫu thử nghiệm và chia sẻ, thảo luận, điều chỉnh."
            ),
            Img(im(11, "stem-2.jpg"), None, None, "float"),
            P(
                "Trong tiết dạy minh họa, học sinh làm việc theo nhóm, sử dụng chai nhựa, cát, sỏi, "
                "than hoạt tính và bông để chế tạo bình lọc nước, sau đó thử nghiệm và so sánh độ "
                "trong của nước trước và sau khi lọc."
            ),
            Img(
                im(11, "stem-3.jpg"),
                "Các nhóm trình bày sản phẩm",
                "Các nhóm trình bày sản phẩm",
                "plain",
            ),
            P("Thảo luận và rút kinh nghiệm", "h3"),
            P(
                "Các giáo viên dự giờ đánh giá cao tính thực tiễn của bài học, đồng thời góp ý về "
                "cách phân bố thời gian giữa các hoạt động và cách xây dựng tiêu chí đánh giá sản "
                "phẩm của học sinh. Tổ chuyên môn thống nhất mỗi học kỳ xây dựng ít nhất hai chủ đề "
                "STEM ở mỗi khối lớp."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Khoa học tự nhiên</strong></p>'),
        ],
        authors=["Tổ Khoa học tự nhiên"],
        summary=(
            "Chiều 10/11/2026, tổ Khoa học tự nhiên Trường THCS Phan Bội Châu tổ chức sinh hoạt "
            "chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên” với tiết dạy minh họa bài "
            "“Chế tạo bình lọc nước đơn giản” tại lớp 8/4."
        ),
        opts={"time": "16:40:05", "hits": 203, "tags": ["chuyen-de"]},
    ),
    Story(
        48,
        "tap-huan-ung-dung-cong-nghe-thong-tin-trong-day-hoc",
        "Tập huấn ứng dụng công nghệ thông tin và trí tuệ nhân tạo trong dạy học",
        "chuyen-mon",
        "2026-10-23",
        [
            P(
                "Ngày 21 và 22/10/2026, Trường THCS Phan Bội Châu tổ chức tập huấn “Ứng dụng công "
                "nghệ thông tin và trí tuệ nhân tạo trong thiết kế bài giảng” cho 58 cán bộ, giáo "
                "viên toàn trường."
            ),
            P(
                "Báo cáo viên là thầy Đặng Hữu Phước, giáo viên môn Tin học, cốt cán chuyển đổi số "
                "của Phòng GD&ĐT thành phố Tam Kỳ. Nội dung tập huấn gồm:"
            ),
            P("Khai thác học liệu số và kho bài giảng e-learning của ngành;", "li"),
            P("Sử dụng công cụ trí tuệ nhân tạo hỗ trợ soạn câu hỏi, đề kiểm tra;", "li"),
            P("Thiết kế bài giảng tương tác và tổ chức kiểm tra trực tuyến;", "li"),
            P("Những lưu ý về bảo mật thông tin và đạo đức khi sử dụng trí tuệ nhân tạo.", "li"),
            Img(
                im(10, "tap-huan-ai-1.jpg"),
                "Báo cáo viên hướng dẫn sử dụng công cụ soạn đề",
                "Báo cáo viên hướng dẫn sử dụng công cụ soạn đề",
                "grid",
            ),
            Img(
                im(10, "tap-huan-ai-2.jpg"),
                "Giáo viên thực hành tại phòng máy",
                "Giáo viên thực hành tại phòng máy",
                "grid",
            ),
            Img(
                im(10, "tap-huan-ai-3.jpg"),
                "Tổ Ngữ văn thảo luận nhóm",
                "Tổ Ngữ văn thảo luận nhóm",
                "grid",
            ),
            Img(
                im(10, "tap-huan-ai-4.jpg"),
                "Sản phẩm bài giảng của tổ Toán - Tin",
                "Sản phẩm bài giảng của tổ Toán - Tin",
                "grid",
            ),
            P(
                "Kết thúc đợt tập huấn, mỗi giáo viên hoàn thành một bài giảng điện tử có sử dụng "
                "công cụ tương tác và nộp về tổ chuyên môn trước ngày 15/11/2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hoàng Minh Tâm; Ảnh: Trần Quang Vinh'
                "</strong></p>"
            ),
        ],
        authors=["Hoàng Minh Tâm"],
        photographers=["Trần Quang Vinh"],
        opts={"time": "15:15:15", "hits": 176, "intro": im(10, "tap-huan-ai-thumb.jpg")},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.id}-{story.slug}"


def print_path(story: Story) -> str:
    return article_path(story) + "?tmpl=component&print=1"


GOLD = [
    gold_record(
        s, article_path(s), CATEGORIES[s.cat], alt_paths=[print_path(s)]
    )
    for s in newest(STORIES)
]

NON_ARTICLES = [
    "/tin-tuc/hoat-dong?start=5",
    "/tin-tuc?start=5",
    "/gioi-thieu",
    "/lien-he",
    "/thu-vien-anh",
    "/component/tags/tag/ngay-nha-giao-viet-nam",
]


# --- printing -------------------------------------------------------------------------------


def date_printed(story: Story) -> str:
    """Joomla's DATE_FORMAT_LC3 "d F Y" in vi-VN: "18 Tháng 11 2026"."""
    y, m, d = story.published_at.split("-")
    return f"{d} Tháng {int(m)} {y}"


def date_iso(story: Story) -> str:
    return f"{story.published_at}T{story.opts['time']}+07:00"


def _alt(img: Img) -> str:
    return img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _img(img: Img, width: int = 600, height: int = 400, style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return f'<img src="{img.src}" alt="{_alt(img)}" width="{width}" height="{height}"{st} />'


def _cap(img: Img) -> str:
    return esc(img.printed) if img.printed else "&nbsp;"


def render_body(story: Story) -> str:
    """The article text as the editor's TinyMCE left it: photo layouts grouped."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            style = b.style
            if style in ("pair-table", "grid", "pair-p"):
                n = 4 if style == "grid" else 2
                group = [x for x in blocks[i : i + n] if isinstance(x, Img) and x.style == style]
                assert len(group) == n, story.slug
                if style == "pair-p":
                    out.append(
                        '<p style="text-align: center;">'
                        + "&nbsp;".join(_img(x, 380, 253) for x in group)
                        + "</p>"
                    )
                    out.append(f'<p style="text-align: center;"><em>{_cap(group[0])}</em></p>')
                else:
                    rows = []
                    for k in range(0, n, 2):
                        pair = group[k : k + 2]
                        rows.append(
                            "<tr>"
                            + "".join(
                                f'<td style="width: 50%; text-align: center;">{_img(x, 380, 253)}</td>'
                                for x in pair
                            )
                            + "</tr>"
                        )
                        rows.append(
                            "<tr>"
                            + "".join(
                                f'<td style="text-align: center;"><em>{_cap(x)}</em></td>'
                                for x in pair
                            )
                            + "</tr>"
                        )
                    out.append(
                        '<table style="width: 100%; border-collapse: collapse;" border="0" '
                        'cellpadding="3"><tbody>' + "".join(rows) + "</tbody></table>"
                    )
                i += n
                continue
            if style == "table1":
                out.append(
                    '<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="2">'
                    f"<tbody><tr><td>{_img(b, 640, 427)}</td></tr>"
                    f'<tr><td style="text-align: center;"><em>{_cap(b)}</em></td></tr>'
                    "</tbody></table>"
                )
            elif style == "float":
                nxt = blocks[i + 1]
                assert isinstance(nxt, P), story.slug
                out.append(
                    '<p style="text-align: justify;">'
                    + _img(b, 300, 200, "float: left; margin: 0 15px 10px 0;")
                    + text(nxt.text)
                    + "</p>"
                )
                i += 2
                continue
            elif style == "above":
                out.append(f'<p style="text-align: center;"><strong>{_cap(b)}</strong></p>')
                out.append(f'<p style="text-align: center;">{_img(b, 640, 427)}</p>')
            elif style == "figure":
                out.append(
                    f'<figure class="image">{_img(b, 640, 427)}<figcaption>{_cap(b)}</figcaption>'
                    "</figure>"
                )
            elif style == "br-em":
                out.append(
                    f'<p style="text-align: center;">{_img(b, 640, 427)}<br /><em>{_cap(b)}</em></p>'
                )
            else:
                out.append(f'<p style="text-align: center;">{_img(b, 640, 427)}</p>')
                if style in ("em", "credit"):
                    out.append(f'<p style="text-align: center;"><em>{_cap(b)}</em></p>')
                elif style == "plain":
                    out.append(f'<p style="text-align: center;">{_cap(b)}</p>')
            i += 1
            continue
        # a paragraph
        if b.style in ("li", "td", "br"):
            group_p: list[P] = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group_p.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{text(p.text)}</li>" for p in group_p) + "</ul>")
            elif b.style == "br":
                out.append("<p>" + "<br />".join(text(p.text) for p in group_p) + "</p>")
            else:
                rows = []
                for k, p in enumerate(group_p):
                    cell = "th" if k == 0 else "td"
                    rows.append(
                        "<tr>"
                        + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | "))
                        + "</tr>"
                    )
                out.append(
                    '<table class="table table-bordered" style="width: 100%;" border="1">'
                    "<tbody>" + "".join(rows) + "</tbody></table>"
                )
            continue
        if b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif b.style == "plain":
            out.append(f"<p>{text(b.text)}</p>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def intro_text(story: Story) -> str:
    """The intro text Joomla shows on blogs: the first paragraph (before the read-more)."""
    first = next(b for b in story.blocks if isinstance(b, P))
    return first.text


# --- template ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức"),
    ("/thu-vien-anh", "Thư viện ảnh"),
    ("/lien-he", "Liên hệ"),
]


def breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    items = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    items.append(
        '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">'
        "<span>Trang chủ</span></a></li>"
    )
    for href, label in trail:
        if href:
            items.append(
                f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{href}" '
                f'class="pathway"><span>{esc(label)}</span></a></li>'
            )
        else:
            items.append(
                f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(label)}'
                "</span></li>"
            )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">'
        '<ol class="mod-breadcrumbs breadcrumb px-3 py-2">' + "".join(items) + "</ol></nav>"
    )


def layout(title: str, main: str, trail: list[tuple[str | None, str]], head: str = "") -> str:
    nav = []
    for href, label in MENU:
        if href == "/tin-tuc":
            sub = "".join(
                f'<li class="nav-item"><a href="/tin-tuc/{k}">{esc(v)}</a></li>'
                for k, v in CATEGORIES.items()
            )
            nav.append(
                f'<li class="nav-item deeper parent"><a href="{href}">{esc(label)}</a>'
                f'<ul class="mod-menu__sub list-unstyled small">{sub}</ul></li>'
            )
        else:
            nav.append(f'<li class="nav-item"><a href="{href}">{esc(label)}</a></li>')
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(s)}" '
        f'itemprop="url"><span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in newest(STORIES)[:5]
    )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4a1b2c" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/user.css?4a1b2c" rel="stylesheet">
<link href="/media/system/css/joomla-fontawesome.min.css?4a1b2c" rel="stylesheet">
{head}
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4a1b2c" defer></script>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"L\\u1ed7i"}},"system.paths":{{"root":"","rootFull":"\\/","base":""}}}}</script>
</head>
<body class="site com_content wrapper-static layout-blog hasSidebarLeft">
<header class="header container-header full-width">
<div class="grid-child topbar-thcs"><div class="ngay-hom-nay"><span class="icon-calendar"></span> {TODAY_HEADER}</div>
<div class="hotline">Điện thoại: 0235 3851 246</div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<img loading="eager" decoding="async" src="/images/logo/logo-pbc.png" alt="{SCHOOL}" width="90" height="90"></a>
<div class="site-description">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ TAM KỲ<br><strong>TRƯỜNG THCS PHAN BỘI CHÂU</strong></div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1">
<span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav">{"".join(nav)}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search">
<input type="text" name="q" class="js-finder-search-query form-control" placeholder="Tìm kiếm ..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
{breadcrumbs(trail)}
<main>
{main}
</main>
</div>
<div class="grid-child container-sidebar-left">
<div class="sidebar-left card"><h3 class="card-header">Bài viết mới</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sidebar-left card"><h3 class="card-header">Thống kê truy cập</h3><div class="card-body vcounter">
<p>Đang online: 9</p><p>Hôm nay: 352</p><p>Hôm qua: 418</p><p>Tổng truy cập: 486.215</p></div></div>
<div class="sidebar-left card"><h3 class="card-header">Thăm dò ý kiến</h3><div class="card-body">
<form action="/component/poll/vote" method="post" name="poll_vote_1"><p>Bạn đánh giá thế nào về website của trường?</p>
<label><input type="radio" name="voteid" value="1"> Rất hữu ích</label><br>
<label><input type="radio" name="voteid" value="2"> Hữu ích</label><br>
<label><input type="radio" name="voteid" value="3"> Cần cải thiện</label><br>
<button type="submit" class="btn btn-primary btn-sm">Bình chọn</button></form></div></div>
<div class="sidebar-left card"><h3 class="card-header">Liên kết website</h3><div class="card-body"><ul>
<li><a href="https://quangnam.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Quảng Nam</a></li>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://tamky.quangnam.gov.vn" target="_blank" rel="noopener">Cổng TTĐT thành phố Tam Kỳ</a></li>
</ul></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
<div class="mod-custom custom"><p><strong>TRƯỜNG THCS PHAN BỘI CHÂU - TP TAM KỲ</strong></p>
<p>Địa chỉ: 128 Phan Bội Châu, phường An Mỹ, TP Tam Kỳ, tỉnh Quảng Nam</p>
<p>Điện thoại: 0235 3851 246 - Email: thcsphanboichau.tk@quangnam.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Huỳnh Văn Lợi - Hiệu trưởng</p></div>
<p class="copyright">&copy; 2026 {SCHOOL}. Thiết kế trên nền Joomla!</p>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw"></span></a>
</div></footer>
</body>
</html>"""


def not_found() -> Response:
    main = (
        '<div class="error"><h1 class="page-header">404 - Không tìm thấy trang</h1>'
        "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>"
        '<p><a href="/" class="btn btn-secondary">Trang chủ</a></p></div>'
    )
    return html(layout(f"404 | {SCHOOL}", main, [(None, "Lỗi")]), status=404)


# --- blogs ----------------------------------------------------------------------------------


def blog_item(story: Story) -> str:
    path = article_path(story)
    intro = story.opts.get("intro")
    figure = ""
    if intro:
        name = intro.rsplit("/", 1)[-1]
        figure = (
            f'<figure class="left item-image"><a href="{path}" itemprop="url" title="{esc(story.title)}">'
            f'<img src="{intro}#joomlaImage://local-images/tin-tuc/2026/{name}?width=600&amp;height=400" '
            f'width="600" height="400" loading="lazy" alt="{esc(story.title)}"></a></figure>'
        )
    return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{figure}
<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(story.title)}</a></h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/tin-tuc/{story.cat}">{esc(CATEGORIES[story.cat])}</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{date_iso(story)}">Được đăng: {date_printed(story)}</time></dd>
</dl>
<p>{text(intro_text(story))}</p>
<p class="readmore"><a class="btn btn-secondary" href="{path}" aria-label="Đọc thêm: {esc(story.title)}">
<span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {esc(story.title)}</a></p>
</div></div>"""


def pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(p: int) -> str:
        return base if p == 1 else f"{base}?start={(p - 1) * PER_PAGE}"

    def li(p: int | None, label: str, active: bool = False) -> str:
        if p is None:
            return f'<li class="disabled page-item"><span class="page-link">{label}</span></li>'
        if active:
            return f'<li class="active page-item"><span aria-current="true" class="page-link">{label}</span></li>'
        return f'<li class="page-item"><a href="{href(p)}" class="page-link">{label}</a></li>'

    items = [
        li(1 if page > 1 else None, "Đầu"),
        li(page - 1 if page > 1 else None, "Trước"),
        *(li(p, str(p), p == page) for p in range(1, pages + 1)),
        li(page + 1 if page < pages else None, "Tiếp"),
        li(pages if page < pages else None, "Cuối"),
    ]
    return (
        '<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">'
        f"Trang {page} của {pages}</p>"
        '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Phân trang">'
        '<ul class="pagination ms-0 mb-4">' + "".join(items) + "</ul></nav></div></div>"
    )


def blog(request: Request, base: str, heading: str, stories: list[Story], trail) -> Response:
    if set(request.params) - {"start", "limitstart"}:
        return not_found()
    raw = request.params.get("start", "0")
    if not raw.isdigit() or int(raw) % PER_PAGE:
        return not_found()
    start = int(raw)
    pages = max(1, -(-len(stories) // PER_PAGE))
    page = start // PER_PAGE + 1
    if page > pages:
        return not_found()
    items = "\n".join(blog_item(s) for s in stories[start : start + PER_PAGE])
    main = (
        f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">'
        f'<h1>{esc(heading)}</h1><div class="com-content-category-blog__items blog-items">\n{items}\n</div>'
        + pagination(base, page, pages)
        + "</div>"
    )
    title = heading if page == 1 else f"{heading} - Trang {page}"
    return html(layout(f"{title} - {SCHOOL}", main, trail))


def home(request: Request) -> Response:
    if request.query:
        return not_found()
    items = "\n".join(blog_item(s) for s in newest(STORIES)[:4])
    main = (
        '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">'
        '<h1 class="visually-hidden">Tin nổi bật</h1>'
        f'<div class="blog-items">\n{items}\n</div>'
        '<p class="text-end"><a href="/tin-tuc">Xem tất cả tin tức &raquo;</a></p></div>'
    )
    return html(layout(f"Trang chủ - {SCHOOL}", main, []))


# --- article ---------------------------------------------------------------------------------


def article_inner(story: Story, tools: bool) -> str:
    path = article_path(story)
    tags = story.opts.get("tags", [])
    tags_html = (
        '<ul class="tags list-inline">'
        + "".join(
            f'<li class="list-inline-item tag-list0" itemprop="keywords"><a href="/component/tags/tag/{t}" '
            f'class="btn btn-sm btn-info">{esc(TAGS[t])}</a></li>'
            for t in tags
        )
        + "</ul>"
        if tags
        else ""
    )
    modified = story.opts.get("modified")
    mod_html = ""
    if modified:
        d, m, y = modified.split("/")
        mod_html = (
            '<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<time datetime="{y}-{m}-{d}T07:30:00+07:00" itemprop="dateModified">'
            f"Cập nhật lần cuối: {d} Tháng {int(m)} {y}</time></dd>"
        )
    share = ""
    if tools:
        share = f"""<div class="share-tools">
<span class="share-label">Chia sẻ:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=https://thcsphanboichau.tamky.edu.vn{path}" target="_blank" rel="noopener">Facebook</a>
<a class="share-zalo" href="https://sp.zalo.me/share_inline?url=https://thcsphanboichau.tamky.edu.vn{path}" target="_blank" rel="noopener">Zalo</a>
<a class="share-print" href="{esc(print_path(story))}" rel="nofollow" onclick="window.open(this.href,'win2','width=640,height=480'); return false;"><span class="icon-print"></span> In bài</a>
<a class="share-mail" href="mailto:?subject={esc(story.title)}&amp;body=https://thcsphanboichau.tamky.edu.vn{path}"><span class="icon-envelope"></span> Gửi email</a>
</div>"""
    return f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">{esc(story.title)}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/tin-tuc/{story.cat}" itemprop="genre">{esc(CATEGORIES[story.cat])}</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{date_iso(story)}" itemprop="datePublished">Được đăng: {date_printed(story)}</time></dd>
{mod_html}
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{story.opts["hits"]}">Lượt xem: {story.opts["hits"]}</dd>
</dl>
{tags_html}
<div itemprop="articleBody" class="com-content-article__body article-body">
{render_body(story)}
</div>
{share}
</div>"""


def related(story: Story) -> str:
    others = [s for s in newest(STORIES) if s.cat == story.cat and s is not story][:3]
    items = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="text-muted">({date_printed(s)})</span></li>'
        for s in others
    )
    return (
        '<div class="moduletable related-items"><h3>Bài viết liên quan</h3>'
        f'<ul class="mod-relateditems relateditems mod-list">{items}</ul></div>'
    )


def article_page(request: Request, story: Story) -> Response:
    path = article_path(story)
    params = request.params
    if params == {"tmpl": "component", "print": "1"}:
        body = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<title>{esc(story.title)} - {SCHOOL}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4a1b2c" rel="stylesheet"></head>
<body class="contentpane component">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print"></span> In</a></div>
{article_inner(story, tools=False)}
</body></html>"""
        return html(body)
    if request.query:
        return not_found()
    cat = story.cat
    head = (
        f'<link href="{path}" rel="canonical">\n'
        f'<meta name="description" content="{esc(intro_text(story)[:160])}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">'
    )
    main = article_inner(story, tools=True) + "\n" + related(story)
    trail = [("/tin-tuc", "Tin tức"), (f"/tin-tuc/{cat}", CATEGORIES[cat]), (None, story.title)]
    return html(layout(f"{story.title} - {SCHOOL}", main, trail, head))


# --- other pages ------------------------------------------------------------------------------


def about_page() -> Response:
    main = """<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">Giới thiệu</h1></div>
<div itemprop="articleBody" class="com-content-article__body article-body">
<p style="text-align: justify;">Trường THCS Phan Bội Châu được thành lập năm 1976, tọa lạc tại số 128 đường Phan Bội Châu, phường An Mỹ, thành phố Tam Kỳ. Qua gần 50 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu phong trào thi đua của ngành giáo dục thành phố.</p>
<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="toan-canh-truong" width="800" height="450" /></p>
<p style="text-align: center;"><em>Toàn cảnh Trường THCS Phan Bội Châu</em></p>
<p style="text-align: justify;">Năm học 2026-2027, trường có 28 lớp với 1.126 học sinh; 62 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<h3>Ban giám hiệu</h3>
<ul><li>Hiệu trưởng: Thầy Huỳnh Văn Lợi</li><li>Phó Hiệu trưởng: Thầy Nguyễn Văn Tuấn</li><li>Phó Hiệu trưởng: Cô Trần Thị Thu Hà</li></ul>
</div></div>"""
    return html(layout(f"Giới thiệu - {SCHOOL}", main, [(None, "Giới thiệu")]))


def contact_page() -> Response:
    main = """<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
<h1><span class="contact-name" itemprop="name">Liên hệ</span></h1>
<div class="com-contact__container"><h3>Thông tin liên hệ</h3>
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address">
<dt><span class="icon-address"></span></dt><dd><span class="contact-street">128 Phan Bội Châu, phường An Mỹ</span></dd>
<dd><span class="contact-suburb">TP Tam Kỳ, tỉnh Quảng Nam</span></dd>
<dt><span class="icon-phone"></span></dt><dd><span class="contact-telephone" itemprop="telephone">0235 3851 246</span></dd>
<dt><span class="icon-envelope"></span></dt><dd><span class="contact-emailto"><a href="mailto:thcsphanboichau.tk@quangnam.edu.vn">thcsphanboichau.tk@quangnam.edu.vn</a></span></dd>
</dl></div>
<div class="com-contact__form contact-form"><h3>Gửi thư</h3>
<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Các mục có dấu * là bắt buộc.</legend>
<div class="control-group"><label for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" required></div>
<div class="control-group"><label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" required></div>
<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" required></div>
<div class="control-group"><label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required></textarea></div>
<button class="btn btn-primary validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
<input type="hidden" name="id" value="1:lien-he"><input type="hidden" name="5f3c2a1b9d8e7f60" value="1">
</fieldset></form></div></div>"""
    return html(layout(f"Liên hệ - {SCHOOL}", main, [(None, "Liên hệ")]))


GALLERY = [
    ("le-20-11-2026", "le-20-11-{:02d}.jpg", 6),
    ("hoi-khoe-phu-dong-2026", "hkpd-{:02d}.jpg", 4),
    ("trai-nghiem-tam-thanh", "tam-thanh-{:02d}.jpg", 4),
]


def gallery_page() -> Response:
    cells = []
    for folder, pattern, count in GALLERY:
        for n in range(1, count + 1):
            name = pattern.format(n)
            full = f"/images/thu-vien-anh/{folder}/{name}"
            thumb = f"/images/thu-vien-anh/{folder}/thumbs/{name}"
            cells.append(
                f'<div class="gallery-item col-6 col-md-3"><a href="{full}" class="jcepopup" '
                f'data-mediabox-group="{folder}"><img src="{thumb}" alt="{name}" width="240" height="160"></a></div>'
            )
    main = (
        '<div class="com-content-article item-page gallery-page">'
        '<div class="page-header"><h1 itemprop="headline">Thư viện ảnh</h1></div>'
        '<div class="article-body"><div class="row gallery-grid">' + "".join(cells) + "</div></div></div>"
    )
    return html(layout(f"Thư viện ảnh - {SCHOOL}", main, [(None, "Thư viện ảnh")]))


def tag_page(request: Request, tag: str) -> Response:
    stories = [s for s in newest(STORIES) if tag in s.opts.get("tags", [])]
    if request.query:
        return not_found()
    items = "".join(
        f'<li class="list-group-item"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{esc(intro_text(s)[:140])}…</span></li>'
        for s in stories
    )
    main = (
        f'<div class="com-tags-tag tag-category"><h1>{esc(TAGS[tag])}</h1>'
        f'<ul class="com-tags-tag__category category list-group">{items}</ul></div>'
    )
    return html(layout(f"{TAGS[tag]} - {SCHOOL}", main, [(None, TAGS[tag])]))


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/media/", "/templates/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return blog(request, "/tin-tuc", "Tin tức", newest(STORIES), [(None, "Tin tức")])
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)", path):
            cat = m.group(1)
            if cat not in CATEGORIES:
                return not_found()
            trail = [("/tin-tuc", "Tin tức"), (None, CATEGORIES[cat])]
            stories = [s for s in newest(STORIES) if s.cat == cat]
            return blog(request, path, CATEGORIES[cat], stories, trail)
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)/(\d+)-([a-z0-9-]+)", path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or story.cat != m.group(1) or story.slug != m.group(3):
                return not_found()
            return article_page(request, story)
        if path == "/gioi-thieu" and not request.query:
            return about_page()
        if path == "/lien-he" and not request.query:
            return contact_page()
        if path == "/thu-vien-anh" and not request.query:
            return gallery_page()
        m = re.fullmatch(r"/component/tags/tag/([a-z0-9-]+)", path)
        if m and m.group(1) in TAGS:
            return tag_page(request, m.group(1))
        return not_found()


def build_site() -> JoomlaSite:
    return JoomlaSite()
